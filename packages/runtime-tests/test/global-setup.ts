/**
 * Runs once before the runtime tests: builds @x/core (tsup, so every runtime
 * gets the real dist/ that would be published) and bundles the checks with
 * esbuild for the runtimes that take one script (workerd, the edge VM).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { bundleDir, coreDir, fixturesDir, packageDir } from './paths.ts';

export default async function setup(): Promise<void> {
  const tsup = join(packageDir, '..', '..', 'node_modules', '.bin', 'tsup');
  // Put this Node (24) first on PATH: the tsup shim runs `node`.
  const PATH = `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`;
  execFileSync(tsup, [], { cwd: coreDir, env: { ...process.env, PATH }, stdio: 'pipe' });
  if (!existsSync(join(coreDir, 'dist', 'index.js')) || !existsSync(join(coreDir, 'dist', 'index.cjs'))) {
    throw new Error('building @x/core produced no dist/index.js and dist/index.cjs');
  }

  mkdirSync(bundleDir, { recursive: true });
  const common: BuildOptions = {
    bundle: true,
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    absWorkingDir: packageDir,
  };
  // workerd: an ES module worker. platform neutral + no `node:` externals, so a
  // Node built-in anywhere in the graph fails the build instead of slipping through.
  await build({ ...common, entryPoints: [join(fixturesDir, 'worker.ts')], format: 'esm', outfile: join(bundleDir, 'worker.mjs') });
  // Edge VM: evaluated as a script, so an IIFE that sets a global.
  await build({ ...common, entryPoints: [join(fixturesDir, 'checks.ts')], format: 'iife', globalName: 'XRuntimeChecks', outfile: join(bundleDir, 'edge.js') });
  // @x/monite is bundled from its sources (the `source` export condition; tsup compiles the
  // same code with the same esbuild), which spares a 50 s declaration build before the tests.
  const monite: BuildOptions = { ...common, conditions: ['@x/source', ...(common.conditions ?? [])] };
  await build({ ...monite, entryPoints: [join(fixturesDir, 'monite-worker.ts')], format: 'esm', outfile: join(bundleDir, 'monite-worker.mjs') });
  await build({ ...monite, entryPoints: [join(fixturesDir, 'monite-checks.ts')], format: 'iife', globalName: 'XMoniteChecks', outfile: join(bundleDir, 'monite-edge.js') });
}
