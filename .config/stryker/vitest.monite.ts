import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The monite project's tests, as Stryker runs them against its hand-written
// runtime's mutants (from packages/monite/vitest.config.ts, without type tests
// and without the bundle-size budget, which measures bytes, not behaviour).
export default defineConfig({
  root: fileURLToPath(new URL('../../packages/monite', import.meta.url)),
  resolve: { alias: { '@x/core': fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url)) } },
  test: {
    name: 'monite',
    include: ['test/**/*.test.ts'],
    exclude: ['test/bundle-size.test.ts'],
    typecheck: { enabled: false },
    testTimeout: 20_000,
  },
});
