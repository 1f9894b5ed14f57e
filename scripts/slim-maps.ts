/**
 * Post-build step for the published packages: `node ../../scripts/slim-maps.ts dist`.
 *
 * Source maps keep every mapping (so stack traces under `--enable-source-maps`
 * name the TypeScript file and line) but drop the embedded text of generated
 * sources: that text is most of a map's weight, and the shipped JavaScript is
 * the same code, unminified; so do bundled dependencies (ky in the CJS build),
 * which ship their own sources. Hand-written sources keep their text, so a
 * debugger steps through them. Maps of pure re-export files map nothing and
 * carry the build machine's absolute path, so they are removed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
let saved = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.map')) continue;
  const file = join(dir, name);
  const before = readFileSync(file, 'utf8');
  const map = JSON.parse(before) as { sources: string[]; sourcesContent?: (string | null)[]; file?: string };
  if (!map.sourcesContent || map.sources.every((source) => !source.startsWith('../'))) {
    rmSync(file);
    const js = join(dir, name.slice(0, -'.map'.length));
    writeFileSync(js, readFileSync(js, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    saved += before.length;
    continue;
  }
  // tsup's CJS pass names the output file itself by absolute path: keep it relative, without text.
  map.sources = map.sources.map((source) => (isAbsolute(source) ? `./${basename(source)}` : source));
  map.sourcesContent = map.sources.map((source, i) =>
    source.startsWith('./') || /\/generated\/|\/node_modules\//.test(source) ? null : (map.sourcesContent![i] ?? null),
  );
  if (map.file && isAbsolute(map.file)) map.file = basename(map.file);
  const after = JSON.stringify(map);
  writeFileSync(file, after);
  saved += before.length - after.length;
}
console.log(`slim-maps: ${dir}: ${(saved / 1024).toFixed(0)} KB of source maps removed`);
