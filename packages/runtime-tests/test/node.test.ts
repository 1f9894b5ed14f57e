import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CheckResult } from '../fixtures/checks.ts';
import { checkInput, coreDir, expectChecksPassed, expectServerSaw, fixturesDir, lastJsonLine, run, startApi } from './support.ts';

// Child processes on this Node (24): what a user's ESM or CommonJS app gets from the built package.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

it('Node ESM: import resolves to dist/index.js; auth GET, webhook, typed 404', async () => {
  const input = checkInput(api.url, 'node-esm');
  const { stdout } = await run(process.execPath, [join(fixturesDir, 'cli.ts')], { env: { X_CHECK_INPUT: JSON.stringify(input) } });
  expectChecksPassed(lastJsonLine<CheckResult>(stdout), 'node-esm');
  expectServerSaw(api, 'node-esm', `node/${process.versions.node}`);

  const { stdout: resolved } = await run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('@x/core'))"]);
  expect(resolved.trim()).toBe(`file://${join(coreDir, 'dist', 'index.js')}`);
});

it('Node CJS: require() resolves to dist/index.cjs; auth GET, webhook, instanceof NotFoundError', async () => {
  const input = checkInput(api.url, 'node-cjs');
  const { stdout } = await run(process.execPath, [join(fixturesDir, 'cjs-smoke.cjs')], { env: { X_CHECK_INPUT: JSON.stringify(input) } });
  const result = lastJsonLine<{ resolved: string; data: unknown; verifiedTimestamp: number; notFound: unknown }>(stdout);
  expect(result.resolved).toBe(join(coreDir, 'dist', 'index.cjs'));
  expect(result.data).toMatchObject({ id: '1', auth: 'Bearer tok-node-cjs' });
  expect(result.verifiedTimestamp).toBe(input.webhook.nowSeconds);
  expect(result.notFound).toEqual({ isNotFoundError: true, isAPIError: true, status: 404 });
  expect(api.tokens.get('node-cjs')).toBe(1);
});
