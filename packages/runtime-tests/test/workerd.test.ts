import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CheckResult } from '../fixtures/checks.ts';
import { bundleDir, checkInput, expectChecksPassed, expectServerSaw, startApi } from './support.ts';

// Cloudflare's workerd, through Miniflare. No nodejs_compat flag: the bundle
// must run on Web APIs alone.
let api: Awaited<ReturnType<typeof startApi>>;
let mf: Miniflare | undefined;
beforeAll(async () => {
  api = await startApi();
  mf = new Miniflare({
    modules: true,
    script: readFileSync(join(bundleDir, 'worker.mjs'), 'utf8'),
    compatibilityDate: '2025-01-01',
  });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
  await api?.close();
});

it('workerd (Miniflare, no nodejs_compat): auth GET, webhook on WebCrypto, typed 404', async () => {
  const response = await mf!.dispatchFetch('http://worker.test/', { method: 'POST', body: JSON.stringify(checkInput(api.url, 'workerd')) });
  const result = (await response.json()) as CheckResult & { crashed?: string };
  expect(result.crashed).toBeUndefined();
  expect(response.status).toBe(200);
  expectChecksPassed(result, 'workerd');
  expectServerSaw(api, 'workerd', 'cloudflare-workers');
});
