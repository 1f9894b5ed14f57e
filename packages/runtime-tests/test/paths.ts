import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixturesDir = join(packageDir, 'fixtures');
/** Where the global setup writes the esbuild bundles (git-ignored). */
export const bundleDir = join(packageDir, 'dist');
export const coreDir = join(packageDir, '..', 'core');
