// The fixture project a user would have: the four tarballs installed together
// (an override makes the vendors' `@x/core` range resolve to the core tarball,
// as a registry would), the oldest and the current TypeScript we support, and
// Node 22 from npm. pnpm reuses the store the repository's install filled.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { run } from './exec.ts';
import { fixtureSource, PUBLISHED, pnpm, type Published } from './paths.ts';

/** The oldest TypeScript the packages' types are checked with (zod 4 needs 5.5). */
export const OLDEST_TYPESCRIPT = '5.5.4';
export const CURRENT_TYPESCRIPT = '6.0.3';
export const NODE_22 = '22';

export async function makeFixture(dir: string, tarballs: Record<Published, string>): Promise<void> {
  cpSync(fixtureSource, dir, { recursive: true });
  const dependencies: Record<string, string> = {
    typescript: OLDEST_TYPESCRIPT,
    'typescript-current': `npm:typescript@${CURRENT_TYPESCRIPT}`,
    node: NODE_22,
  };
  for (const name of PUBLISHED) dependencies[`@x/${name}`] = `file:${tarballs[name]}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x-fixture', private: true, type: 'module', dependencies }, null, 2));
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n  '@x/core': 'file:${tarballs.core}'\nallowBuilds:\n  node: true\nnodeVersion: 24.21.0\n`,
  );
  const installed = await run(pnpm[0], [...pnpm.slice(1), 'install', '--prefer-offline', '--no-frozen-lockfile', '--config.confirmModulesPurge=false'], { cwd: dir, timeoutMs: 600_000 });
  if (!installed.ok) throw new Error(`fixture install failed:\n${installed.stdout}\n${installed.stderr}`);
  // CommonJS twin of the flows: same code, `require` calls, so every package resolves through "require".
  await build({ entryPoints: [join(dir, 'flows.mjs')], outfile: join(dir, 'flows.cjs'), format: 'cjs', platform: 'node', bundle: false, logLevel: 'silent' });
  for (const mode of ['node16', 'nodenext', 'bundler'] as const) writeTsconfig(dir, mode);
}

function writeTsconfig(dir: string, mode: 'node16' | 'nodenext' | 'bundler'): void {
  const compilerOptions = {
    module: mode === 'bundler' ? 'esnext' : mode,
    moduleResolution: mode,
    target: 'es2022',
    lib: ['es2023', 'dom', 'dom.iterable'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    // Our .d.ts files are what is being checked, so they are not skipped.
    skipLibCheck: false,
    noEmit: true,
    types: [],
  };
  writeFileSync(join(dir, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions, files: ['types/consumer.mts', 'types/consumer.cts'] }, null, 2));
}
