import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The portalduct project's tests, as Stryker runs them against its hand-written
// runtime's mutants (from packages/portalduct/vitest.config.ts, without type tests).
export default defineConfig({
  root: fileURLToPath(new URL('../../packages/portalduct', import.meta.url)),
  resolve: { alias: { '@x/core': fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url)) } },
  test: {
    name: 'portalduct',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: false },
    testTimeout: 20_000,
  },
});
