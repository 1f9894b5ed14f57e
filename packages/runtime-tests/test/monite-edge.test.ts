import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EdgeVM } from '@edge-runtime/vm';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeMonite, type FakeMonite } from '../fixtures/fake-monite.ts';
import type { MoniteCheckInput, MoniteCheckResult } from '../fixtures/monite-checks.ts';
import { bundleDir } from './support.ts';

// @x/monite in workerd (no nodejs_compat) and the Vercel edge VM, against a small
// local stand-in for Monite (fixtures/fake-monite.ts) that expires the first partner token mid-flow.
const clientId = '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c';
const clientSecret = 'edge-secret';
let fake: FakeMonite;
beforeAll(async () => {
  fake = await startFakeMonite(clientId, clientSecret);
});
afterAll(() => fake?.close());

function input(): MoniteCheckInput {
  const secret = 'whsec_edge';
  const nowSeconds = 1_790_000_000;
  const payload = JSON.stringify({ id: 'evt_1', action: 'updated', api_version: '2024-05-25', description: 'x', entity_id: 'e1', object_type: 'payable', webhook_subscription_id: 's1' });
  const signature = createHmac('sha256', secret).update(`${nowSeconds}.${payload}`).digest('hex');
  return { baseUrl: fake.baseUrl, clientId, clientSecret, webhook: { payload, header: `t=${nowSeconds},v1=${signature}`, secret, nowSeconds } };
}

function expectFlowPassed(result: MoniteCheckResult): void {
  expect(result).toEqual({
    roleName: 'Basic role',
    me: { id: expect.any(String), login: 'Gardner.Waelchi', isUser: true },
    missing: { isNotFoundError: true, status: 404 },
    event: { action: 'updated', objectType: 'payable' },
  });
}

it('runs the onboarding flow and verifies a webhook in workerd (Miniflare, no nodejs_compat)', async () => {
  const mf = new Miniflare({ modules: true, script: readFileSync(join(bundleDir, 'monite-worker.mjs'), 'utf8'), compatibilityDate: '2025-01-01' });
  try {
    const response = await mf.dispatchFetch('http://worker.test/', { method: 'POST', body: JSON.stringify(input()) });
    const result = (await response.json()) as MoniteCheckResult & { crashed?: string };
    expect(result.crashed).toBeUndefined();
    expectFlowPassed(result);
  } finally {
    await mf.dispose();
  }
  // The stand-in expired the first partner token: the SDK refreshed it and replayed the call.
  expect(fake.log.filter((line) => line.startsWith('POST /auth/token'))).toHaveLength(3);
  expect(fake.log).toContain('POST /roles -> 400');
});

it('runs the onboarding flow and verifies a webhook in the Vercel edge VM', async () => {
  const vm = new EdgeVM();
  vm.evaluate(readFileSync(join(bundleDir, 'monite-edge.js'), 'utf8'));
  const json = await vm.evaluate<Promise<string>>(`XMoniteChecks.runMoniteChecks(${JSON.stringify(input())}).then((r) => JSON.stringify(r))`);
  expectFlowPassed(JSON.parse(json) as MoniteCheckResult);
});
