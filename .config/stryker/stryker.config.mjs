/* global process */
// StrykerJS mutation testing: one run per package, chosen by MUTATION_PACKAGE
// (core, monite, portalduct or monetizenow; default core). `pnpm test:mutation`
// (.config/stryker/run.mjs) runs them in turn and checks every file's score.
// See docs/testing.md ("Mutation testing").

/** @type {Record<string, string[]>} what each package's run mutates: hand-written runtime only */
export const MUTATE = {
  core: ['packages/core/src/{auth,client,logging,webhooks,retry,pagination,rate}/**/*.ts'],
  monite: ['packages/monite/src/{client,runtime,auth,webhooks}/**/*.ts'],
  // src/testing holds test doubles (sandboxes) for users' tests, not runtime.
  portalduct: ['packages/portalduct/src/**/*.ts', '!packages/portalduct/src/testing/**'],
  // src/generated is the generator's output (packages/codegen), not hand-written runtime.
  monetizenow: ['packages/monetizenow/src/**/*.ts', '!packages/monetizenow/src/testing/**', '!packages/monetizenow/src/generated/**'],
};

/** the same scopes as path tests, for picking a changed file's package (run.mjs) */
export const SCOPE = {
  core: /^packages\/core\/src\/(auth|client|logging|webhooks|retry|pagination|rate)\/.+\.ts$/,
  monite: /^packages\/monite\/src\/(client|runtime|auth|webhooks)\/.+\.ts$/,
  portalduct: /^packages\/portalduct\/src\/(?!testing\/).+\.ts$/,
  monetizenow: /^packages\/monetizenow\/src\/(?!testing\/|generated\/).+\.ts$/,
};

const pkg = process.env.MUTATION_PACKAGE ?? 'core';
// Reports go to reports/mutation/<package>/ unless MUTATION_REPORTS names another folder.
const reports = process.env.MUTATION_REPORTS ?? `reports/mutation/${pkg}`;
if (!(pkg in MUTATE)) throw new Error(`MUTATION_PACKAGE must be one of ${Object.keys(MUTATE).join(', ')}, not ${pkg}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: `.config/stryker/vitest.${pkg}.ts` },
  mutate: MUTATE[pkg],
  // Only the tests that reach a mutant run against it.
  coverageAnalysis: 'perTest',
  // The machines have 2 cores, shared.
  concurrency: 2,
  // A mutant that makes a test wait (a retry loop, a timer, endless paging) is a timeout, which counts as
  // detected: the tests that reach it get 1.5 times their normal time plus 5 s before the mutant is stopped.
  timeoutMS: 5_000,
  timeoutFactor: 1.5,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${reports}/mutation.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  // One temp folder per run, so that runs can go side by side.
  tempDirName: `.stryker-tmp/${pkg}-${process.pid}`,
  cleanTempDir: true,
  // Copy only what the run needs into the sandbox: the root configs, core, and the package under test.
  ignorePatterns: ['/.stryker-tmp', '/examples', '/docs', '/reports', '/packages/*', '!/packages/core', `!/packages/${pkg}`, '**/dist'],
  // Never fail the Stryker process on a score: run.mjs checks each file against the target.
  thresholds: { high: 90, low: 80, break: null },
};
