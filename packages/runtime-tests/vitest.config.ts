import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'runtime-tests',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Builds @x/core and the bundles once for all files.
    globalSetup: ['test/global-setup.ts'],
  },
});
