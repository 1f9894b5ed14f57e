import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Test against the sources, not stale builds.
  resolve: {
    alias: {
      '@x/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
      '@x/monite': fileURLToPath(new URL('../monite/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'contract',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
