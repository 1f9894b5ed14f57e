// Each target runs fixture/flows.mjs from the installed tarballs and reports what it got.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdgeVM } from '@edge-runtime/vm';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { lastJsonLine, run } from './exec.ts';
import { packageDir } from './paths.ts';

export interface Target {
  name: string;
  /** Resolves to the flows' result (compared with EXPECTED by the caller) or throws. */
  run(app: string, input: unknown): Promise<unknown>;
}

const bin = (...parts: string[]) => join(packageDir, 'node_modules', ...parts);

function cli(file: string, args: (app: string) => string[], name: string, env: NodeJS.ProcessEnv = {}): Target {
  return {
    name,
    async run(app, input) {
      const ran = await run(file === 'node22' ? join(app, 'node_modules', '.bin', 'node') : file, args(app), { cwd: app, env: { ...env, X_INPUT: JSON.stringify(input) } });
      if (!ran.ok) throw new Error(ran.stderr.slice(-2000) || ran.stdout.slice(-2000));
      const version = await run(file === 'node22' ? join(app, 'node_modules', '.bin', 'node') : file, ['--version'], { cwd: app });
      return { ...(lastJsonLine(ran.stdout) as object), version: version.stdout.trim().split('\n')[0]!.replace(/^v/, '') };
    },
  };
}

async function bundle(app: string, format: 'esm' | 'iife', conditions: string[]): Promise<string> {
  const result = await build({
    entryPoints: [join(app, format === 'esm' ? 'worker.mjs' : 'flows.mjs')],
    bundle: true,
    format,
    globalName: format === 'iife' ? 'XFlows' : undefined,
    platform: 'browser',
    conditions,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export const TARGETS: Target[] = [
  cli(process.execPath, () => ['cli.mjs'], 'Node 24 ESM'),
  cli(process.execPath, () => ['cli.cjs'], 'Node 24 CJS'),
  cli('node22', () => ['cli.mjs'], 'Node 22 ESM'),
  cli('node22', () => ['cli.cjs'], 'Node 22 CJS'),
  cli(bin('deno', 'deno'), () => ['run', '--no-lock', '--no-prompt', '-A', 'cli.mjs'], 'Deno', { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }),
  cli(bin('bun', 'bin', 'bun.exe'), () => ['cli.mjs'], 'Bun', { BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' }),
  {
    name: 'workerd (Miniflare, no nodejs_compat)',
    async run(app, input) {
      const mf = new Miniflare({ modules: true, script: await bundle(app, 'esm', ['workerd', 'worker', 'browser']), compatibilityDate: '2025-01-01' });
      try {
        const response = await mf.dispatchFetch('http://worker.test/', { method: 'POST', body: JSON.stringify(input) });
        const result = (await response.json()) as { crashed?: string };
        if (result.crashed) throw new Error(result.crashed);
        return result;
      } finally {
        await mf.dispose();
      }
    },
  },
  {
    name: 'Vercel edge (@edge-runtime/vm)',
    async run(app, input) {
      const vm = new EdgeVM();
      vm.evaluate(await bundle(app, 'iife', ['edge-light', 'worker', 'browser']));
      return JSON.parse(await vm.evaluate<Promise<string>>(`XFlows.runFlows(${JSON.stringify(input)}).then((r) => JSON.stringify(r))`));
    },
  },
];

/** tsc over the consumer files, once per resolution mode and TypeScript version. */
export function typeTargets(): Target[] {
  const targets: Target[] = [];
  for (const [label, pkg] of [['oldest', 'typescript'], ['current', 'typescript-current']] as const) {
    for (const mode of ['node16', 'nodenext', 'bundler']) {
      targets.push({
        name: `tsc ${label} · ${mode}`,
        async run(app) {
          const tsc = join(app, 'node_modules', pkg, 'bin', 'tsc');
          const version = JSON.parse(readFileSync(join(app, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
          const ran = await run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], { cwd: app });
          if (!ran.ok) throw new Error(ran.stdout.slice(0, 3000) + ran.stderr.slice(0, 1000));
          return { typescript: version };
        },
      });
    }
  }
  return targets;
}
