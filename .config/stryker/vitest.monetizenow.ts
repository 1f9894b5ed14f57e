import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import project from '../../packages/monetizenow/vitest.config.ts';

// The monetizenow project's tests (packages/monetizenow/vitest.config.ts, its aliases
// included), as Stryker runs them against its hand-written runtime's mutants:
// without type tests.
export default mergeConfig(
  project,
  defineConfig({
    root: fileURLToPath(new URL('../../packages/monetizenow', import.meta.url)),
    test: {
      typecheck: { enabled: false },
    },
  }),
);
