import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Test against the sources, not stale builds.
  resolve: {
    alias: [
      { find: /^@x\/core$/, replacement: fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
      { find: /^@x\/monetizenow$/, replacement: fileURLToPath(new URL('../monetizenow/src/index.ts', import.meta.url)) },
      { find: /^@x\/monite$/, replacement: fileURLToPath(new URL('../monite/src/index.ts', import.meta.url)) },
      { find: /^@x\/monite\/resources$/, replacement: fileURLToPath(new URL('../monite/src/resources.ts', import.meta.url)) },
    ],
  },
  test: {
    name: 'contract',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
