import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core project's tests, as Stryker runs them against @x/core's mutants.
// Same tests as `pnpm test` except the two burst scenarios of rate-limit.test.ts
// ("a limiter shared by a client family": 500 calls at 30/s take 17 s, and both
// count 429s per wall-clock second, which a loaded machine skews), which stay in
// the normal suite: under perTest coverage they would run for every mutant in
// http-client.ts and rate-limiter.ts. Type tests are off (they cannot kill a
// runtime mutant).
export default defineConfig({
  root: fileURLToPath(new URL('../../packages/core', import.meta.url)),
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: false },
    testNamePattern: /^(?!.*a limiter shared by a client family)/,
    testTimeout: 15_000,
  },
});
