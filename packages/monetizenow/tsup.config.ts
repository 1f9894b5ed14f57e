import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  // The client without resource groups (sign-up flows) and the groups one by one: the smallest bundles.
  core: 'src/core.ts',
  resources: 'src/resources.ts',
  webhooks: 'src/webhooks/index.ts',
  // The sandbox (msw handlers): needs msw, an optional peer; the main entry never imports it.
  testing: 'src/testing/index.ts',
};

// zod is bundled (noExternal): `import 'zod/mini'` makes Node load about 90 modules, 64 of them locales
// nothing here uses, which was most of this package's import time. The bundle keeps the parts the
// schemas use; the types still come from the zod dependency.
export default defineConfig([
  { entry, format: ['esm'], dts: true, sourcemap: true, clean: true, target: 'es2022', platform: 'neutral', splitting: true, noExternal: ['zod'] },
  // @x/core's CJS build bundles ky, so requiring it here stays CommonJS end to end. Splitting shares
  // the generated code between entry points instead of copying it into each (install size).
  { entry, format: ['cjs'], dts: true, sourcemap: true, target: 'es2022', platform: 'neutral', splitting: true, noExternal: ['zod'] },
]);
