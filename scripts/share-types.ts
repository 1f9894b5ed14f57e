/**
 * Post-build step for the published packages: `node ../../scripts/share-types.ts dist`.
 *
 * tsup writes every declaration twice, once per format (`.d.ts` for `import`,
 * `.d.cts` for `require`), and with several entry points the generated types
 * fill most of both sets. This keeps the CommonJS set, which both kinds of
 * consumer can read (an ES module may import a CommonJS one; the reverse fails
 * under `moduleResolution: node16`), and turns each `import` entry's `.d.ts`
 * into a one-line ES module that re-exports its `.d.cts` twin: `import`
 * still resolves to ESM-format types and `require` to CJS-format ones, as
 * publint and attw check, while every declaration ships once. It also gives
 * ESM and CJS consumers the same declarations of each class, so a value typed
 * through one @x package fits the parameter of another.
 *
 * The entries are the `import.types` targets of package.json `exports`; every
 * other `.d.ts` (tsup's shared chunks) is deleted, since no stub refers to it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'dist');
const packageJson = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/** `./dist/core.d.ts` for every export whose `import` condition names types. */
function importTypeEntries(exports: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const target of Object.values(exports)) {
    const types = (target as { import?: { types?: string } } | null)?.import?.types;
    if (typeof types === 'string' && types.endsWith('.d.ts')) out.push(resolve(dir, '..', types));
  }
  return out;
}

const entries = new Set(importTypeEntries(packageJson.exports));
let removed = 0;
for (const entry of entries) {
  const twin = entry.replace(/\.d\.ts$/, '.d.cts');
  if (!existsSync(twin)) throw new Error(`share-types: ${relative(dir, entry)} has no CommonJS twin ${basename(twin)}`);
  const cjsTypes = readFileSync(twin, 'utf8');
  const specifier = `./${basename(twin).replace(/\.d\.cts$/, '.cjs')}`;
  // `export *` leaves out a default export; none of the entries has one, and this keeps it that way.
  if (/^export default |^export =|\bas default\b/m.test(cjsTypes)) throw new Error(`share-types: ${basename(twin)} has a default export; re-export it explicitly`);
  removed += statSync(entry).size;
  writeFileSync(entry, `export * from '${specifier}';\n`);
}
for (const name of readdirSync(dir)) {
  const file = join(dir, name);
  if (!name.endsWith('.d.ts') || entries.has(file) || dirname(file) !== dir) continue;
  removed += statSync(file).size;
  rmSync(file);
}
console.log(`share-types: ${basename(dirname(dir))}/${basename(dir)}: ${Math.round(removed / 1024)} KB of duplicate ESM declarations replaced by ${entries.size} re-export stubs`);
