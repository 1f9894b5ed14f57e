import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  webhooks: 'src/webhooks/index.ts',
  // The sandbox (msw handlers): needs msw, an optional peer; the main entry never imports it.
  testing: 'src/testing/index.ts',
};

export default defineConfig([
  { entry, format: ['esm'], dts: true, sourcemap: true, clean: true, target: 'es2022', platform: 'neutral', splitting: true },
  // @x/core's CJS build bundles ky, so requiring it here stays CommonJS end to end. Splitting shares
  // the generated code between entry points instead of copying it into each (install size).
  { entry, format: ['cjs'], dts: true, sourcemap: true, target: 'es2022', platform: 'neutral', splitting: true },
]);
