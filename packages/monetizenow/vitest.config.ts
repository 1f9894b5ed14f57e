import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Test against @x/core's source, not a stale build.
  // The sandboxes import @x/core/testing: aliased first, since the '@x/core' alias would also catch it.
  resolve: {
    alias: [
      { find: '@x/core/testing', replacement: fileURLToPath(new URL('../core/src/testing/index.ts', import.meta.url)) },
      { find: '@x/core', replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    name: 'monetizenow',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
  },
});
