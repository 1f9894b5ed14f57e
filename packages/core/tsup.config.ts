import { defineConfig } from 'tsup';

// ESM keeps ky external; the CJS build bundles ky because ky ships ESM only
// and `require(esm)` is not available to every CommonJS consumer.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: ['ky'],
  },
]);
