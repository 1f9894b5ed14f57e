import { defineConfig } from 'tsup';

// `testing` is the sandboxes' shared machinery: it needs msw (an optional peer), which the main entry never imports.
const entry = { index: 'src/index.ts', testing: 'src/testing/index.ts' };

// ESM keeps ky external; the CJS build bundles ky because ky ships ESM only
// and `require(esm)` is not available to every CommonJS consumer.
export default defineConfig([
  {
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['msw', /^node:/],
  },
  {
    entry,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: ['ky'],
    external: ['msw', /^node:/],
  },
]);
