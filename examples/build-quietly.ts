// Builds the JavaScript of the SDK packages the examples import (no .d.ts: examples run, they are typechecked
// from source), printing one summary line instead of pages of tsup output; the output is shown only when a
// build fails. Used by `pnpm demo`; `pnpm run build` is the full build.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['core', 'monite', 'portalduct', 'monetizenow'];
// Each package's own tsup config, with the declaration step switched off.
const script = "const { build } = await import('tsup'); await build({ dts: false });";
const started = performance.now();

function build(name: string): Promise<{ name: string; code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: `${root}packages/${name}`, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output }));
  });
}

// Two at a time: the d.ts step is CPU-bound.
const results: Awaited<ReturnType<typeof build>>[] = [];
const queue = [...packages];
await Promise.all(
  [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      if (process.stdout.isTTY) process.stdout.write(`\rBuilding the SDKs... ${results.length}/${packages.length}`);
      results.push(await build(name));
    }
  }),
);
const failed = results.filter((r) => r.code !== 0);
if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");
if (failed.length) {
  for (const f of failed) console.error(`Build of @x/${f.name} failed:\n${f.output}`);
  process.exit(1);
}
console.log(`Built ${packages.map((p) => `@x/${p}`).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
