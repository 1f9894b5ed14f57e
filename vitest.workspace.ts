import { defineConfig } from 'vitest/config';

// The root test config. vitest 5 no longer reads workspace files by name, so
// scripts pass `--config vitest.workspace.ts`; each package is one project.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts'],
    typecheck: { enabled: false },
    // In CI a JSON report as well, from which .ci/run prints a one-line summary.
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.ci-test-results.json' }]] : ['default'],
  },
});
