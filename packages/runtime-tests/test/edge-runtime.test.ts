import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdgeVM } from '@edge-runtime/vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CheckResult } from '../fixtures/checks.ts';
import { bundleDir, checkInput, expectChecksPassed, expectServerSaw, startApi } from './support.ts';

// Vercel's Edge Runtime sandbox: Web APIs only, no require, no process.
let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

it('Vercel edge (@edge-runtime/vm): auth GET, webhook on WebCrypto, typed 404', async () => {
  const vm = new EdgeVM();
  expect(vm.evaluate('typeof require + "/" + typeof process')).toBe('undefined/undefined');
  vm.evaluate(readFileSync(join(bundleDir, 'edge.js'), 'utf8'));
  // The result crosses the VM boundary as JSON, so only plain data is compared.
  const json = await vm.evaluate<Promise<string>>(
    `XRuntimeChecks.runChecks(${JSON.stringify(checkInput(api.url, 'edge-vm'))}).then((result) => JSON.stringify(result))`,
  );
  const result = JSON.parse(json) as CheckResult;
  expectChecksPassed(result, 'edge-vm');
  expectServerSaw(api, 'edge-vm', 'vercel-edge');
});
