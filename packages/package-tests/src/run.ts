/**
 * The packed-tarball matrix: `pnpm --filter @x/package-tests test` (after `pnpm run build`).
 *
 * Packs every published package once, installs the tarballs together into one
 * fixture project, runs the seed flows against a local server in every target
 * runtime and type-checks a consumer with every resolution mode, then checks
 * the size budgets on the same tarballs. Prints a table; exits 1 on any failure.
 *   --only=<substring>   run only the targets whose name contains it
 *   --keep               keep the temporary fixture (its path is printed)
 */
import { isDeepStrictEqual } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFixture } from './fixture.ts';
import { packAll } from './pack.ts';
import { readmeLinks } from './readme-links.ts';
import { TARGETS, typeTargets, type Target } from './runtimes.ts';
import { CREDENTIALS, startServer } from './server.ts';
import { checkSizes } from './sizes.ts';
import { fixtureSource } from './paths.ts';

/** What every runtime must report (the flows' result). */
const EXPECTED = JSON.parse(readFileSync(join(fixtureSource, 'expected.json'), 'utf8')) as unknown;

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const work = mkdtempSync(join(tmpdir(), 'x-package-tests-'));
const app = join(work, 'app');
let failed = 0;
const t0 = performance.now();
try {
  const tarballs = await packAll(join(work, 'tarballs'));
  await makeFixture(app, tarballs);
  console.log(`packed and installed in ${((performance.now() - t0) / 1000).toFixed(0)} s (${work})\n`);

  const server = await startServer();
  const rows: string[][] = [];
  const runOne = async (target: Target): Promise<void> => {
    const started = performance.now();
    let status = 'ok';
    let detail: string;
    try {
      const { version, typescript, ...result } = (await target.run(app, { url: server.url, credentials: CREDENTIALS })) as Record<string, unknown>;
      detail = String(version ?? typescript ?? '');
      if (TARGETS.includes(target) && !isDeepStrictEqual(result, EXPECTED)) throw new Error(`unexpected result ${JSON.stringify(result)}`);
    } catch (error) {
      failed++;
      status = 'FAIL';
      detail = String(error instanceof Error ? error.message : error).split('\n').slice(0, 40).join('\n');
    }
    rows.push([target.name, status, `${((performance.now() - started) / 1000).toFixed(1)} s`, detail]);
    console.log(`${status.padEnd(4)} ${target.name} ${status === 'ok' ? detail : `\n${detail}`}`);
  };
  const selected = (targets: Target[]) => targets.filter((target) => !only || target.name.includes(only));
  try {
    // Runtimes one at a time (their timings stay readable); tsc runs are CPU-bound and independent, two at once.
    for (const target of selected([readmeLinks, ...TARGETS])) await runOne(target);
    const queue = selected(typeTargets());
    await Promise.all([0, 1].map(async () => {
      for (let target = queue.shift(); target; target = queue.shift()) await runOne(target);
    }));
  } finally {
    await server.close();
  }
  console.log(`\n| target | result | time | version |\n|---|---|--:|---|\n${rows.map((r) => `| ${r[0]} | ${r[1]} | ${r[2]} | ${r[1] === 'ok' ? r[3] : ''} |`).join('\n')}\n`);
  if (!only) failed += await checkSizes(app, tarballs);
} finally {
  if (process.argv.includes('--keep')) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`\n${failed ? `${failed} FAILED` : 'all passed'} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
