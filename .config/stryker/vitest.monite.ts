import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import project from '../../packages/monite/vitest.config.ts';

// The monite project's tests (packages/monite/vitest.config.ts, its aliases
// included), as Stryker runs them against its hand-written runtime's mutants:
// without type tests and without the bundle-size budget, which measures bytes, not behaviour.
export default mergeConfig(
  project,
  defineConfig({
    root: fileURLToPath(new URL('../../packages/monite', import.meta.url)),
    test: {
      typecheck: { enabled: false },
      exclude: ['test/bundle-size.test.ts'],
    },
  }),
);
