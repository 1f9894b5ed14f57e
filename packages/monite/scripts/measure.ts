// `pnpm --filter @x/monite run measure`: bundle sizes and import time, for the README.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleSize, ONBOARDING_FULL_CLIENT, ONBOARDING_RESOURCE_FACTORIES, ONBOARDING_TREE_SHAKEN } from './bundle-size.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const rows = [
  ['onboarding flow, standalone operation functions', await bundleSize(ONBOARDING_TREE_SHAKEN, 'dist')],
  ['onboarding flow, resource factories', await bundleSize(ONBOARDING_RESOURCE_FACTORIES, 'dist')],
  ['onboarding flow, full MoniteClient', await bundleSize(ONBOARDING_FULL_CLIENT, 'dist')],
] as const;
console.log('Bundle size (esbuild, minified, gzip -9, ky + zod + @x/core included):');
for (const [name, size] of rows) console.log(`  ${name.padEnd(52)} ${kb(size.minified).padStart(9)} min  ${kb(size.gzipped).padStart(8)} gz`);

// Import time: a fresh Node process per sample, median of 9, next to importing
// @x/core alone (ky + zod + core) in the same run, since this machine is noisy.
const coreDist = fileURLToPath(new URL('../../core/dist/index.js', import.meta.url));
function importTime(file: string): number {
  const samples: number[] = [];
  for (let i = 0; i < 9; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now()-t)`], {
      encoding: 'utf8',
    });
    samples.push(Number(out.trim()));
  }
  return samples.sort((a, b) => a - b)[4]!;
}
const monite = importTime(dist);
const core = importTime(coreDist);
const zodMini = importTime('zod/mini');
console.log(`import() in a fresh Node ${process.version} process, median of 9:`);
console.log(`  @x/monite  ${monite.toFixed(1)} ms`);
console.log(`  @x/core    ${core.toFixed(1)} ms (ky + core; core imports zod only for types)`);
console.log(`  zod/mini   ${zodMini.toFixed(1)} ms (loaded by the generated schemas)`);
console.log(`  @x/monite / (@x/core + zod/mini) = ${(monite / (core + zodMini)).toFixed(2)}x`);
