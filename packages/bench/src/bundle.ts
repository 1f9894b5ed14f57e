// Part 5: min+gzip bundle of the seed onboarding flow from the built dist (the
// same program and method as the package-tests size budgets).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLES } from '../../package-tests/src/bundles.ts';

export async function bundleKb(name: string): Promise<number> {
  const result = await build({
    stdin: { contents: BUNDLES[name]!, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['worker', 'import'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength / 1024;
}
