/**
 * Size budgets: what each package puts in node_modules (from its tarball,
 * installed) and the min+gzip bundles of src/bundles.ts (esbuild, worker
 * conditions, ky + zod + @x/core included). Budgets live in budgets.json, set
 * just above the figures of the day they were measured, and only ever move
 * down: when a figure drops well below its budget, this prints the new line.
 *
 *   pnpm --filter @x/package-tests sizes     (packs and installs, then checks sizes only)
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLES } from './bundles.ts';
import { makeFixture } from './fixture.ts';
import { packAll } from './pack.ts';
import { packageDir, PUBLISHED, type Published } from './paths.ts';

interface Budgets {
  /** KB on disk once installed, per package. */
  install: Record<string, number>;
  /** KB min+gzip, per program of src/bundles.ts. */
  bundle: Record<string, number>;
}

const KB = 1024;

/** Bytes per kind of file under an installed package (its own files, not its dependencies). */
export function installedBytes(dir: string): { total: number; js: number; maps: number; types: number } {
  const sizes = { total: 0, js: 0, maps: 0, types: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules') continue;
      const path = join(d, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else {
        sizes.total += stat.size;
        if (name.endsWith('.map')) sizes.maps += stat.size;
        else if (/\.d\.c?ts$/.test(name)) sizes.types += stat.size;
        else if (/\.c?js$/.test(name)) sizes.js += stat.size;
      }
    }
  };
  walk(realpathSync(dir));
  return sizes;
}

export async function bundleBytes(app: string, source: string): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['worker', 'import'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.byteLength, gz: gzipSync(code, { level: 9 }).byteLength };
}

/** Prints the size table; returns the number of budgets exceeded. */
export async function checkSizes(app: string, tarballs: Record<Published, string>): Promise<number> {
  const budgets = JSON.parse(readFileSync(join(packageDir, 'budgets.json'), 'utf8')) as Budgets;
  const rows: string[][] = [];
  let over = 0;
  const line = (kind: string, name: string, kb: number, budget: number | undefined, extra: string) => {
    const status = budget === undefined ? 'NO BUDGET' : kb > budget ? 'OVER' : kb < budget * 0.95 ? `ok (lower the budget to ${Math.ceil(kb * 1.02 * 10) / 10})` : 'ok';
    if (budget === undefined || kb > budget) over++;
    rows.push([kind, name, kb.toFixed(1), budget === undefined ? '-' : budget.toFixed(1), status, extra]);
  };
  for (const name of PUBLISHED) {
    const sizes = installedBytes(join(app, 'node_modules', '@x', name));
    const tarball = statSync(tarballs[name]).size;
    line('install', `@x/${name}`, sizes.total / KB, budgets.install[`@x/${name}`], `js ${(sizes.js / KB).toFixed(0)} · maps ${(sizes.maps / KB).toFixed(0)} · types ${(sizes.types / KB).toFixed(0)} · tarball ${(tarball / KB).toFixed(0)}`);
  }
  for (const [name, source] of Object.entries(BUNDLES)) {
    const size = await bundleBytes(app, source);
    line('bundle min+gz', name, size.gz / KB, budgets.bundle[name], `min ${(size.min / KB).toFixed(1)}`);
  }
  console.log('Size budgets (KB; install = on disk in node_modules; bundle = esbuild min + gzip -9, dependencies included)\n');
  console.log(`| kind | what | KB | budget | status | detail |\n|---|---|--:|--:|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
  if (over) console.log(`${over} size budget(s) exceeded or missing (packages/package-tests/budgets.json)`);
  return over;
}

// `node src/sizes.ts`: pack, install, check sizes only.
if (process.argv[1] && import.meta.filename === realpathSync(process.argv[1])) {
  const work = mkdtempSync(join(tmpdir(), 'x-sizes-'));
  try {
    const tarballs = await packAll(join(work, 'tarballs'));
    await makeFixture(join(work, 'app'), tarballs);
    process.exitCode = (await checkSizes(join(work, 'app'), tarballs)) ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
