import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core project's tests, as Stryker runs them against @x/core's mutants.
// Same tests as `pnpm test` except the 17 s rate-limit scenario (500 calls at
// 30/s), which stays in the normal suite: under perTest coverage it would run for
// every mutant in http-client.ts and rate-limiter.ts. Type tests are off (they
// cannot kill a runtime mutant).
export default defineConfig({
  root: fileURLToPath(new URL('../../packages/core', import.meta.url)),
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: false },
    testNamePattern: /^(?!.*500 calls at the documented 30\/s)/,
    testTimeout: 15_000,
  },
});
