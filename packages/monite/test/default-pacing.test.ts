// Monite documents 30 requests per second for most calls. A MoniteClient paces itself to that rate without being
// told to: a burst of calls made at once reaches a sandbox that enforces the documented rate without a single 429,
// even with retries off (so a 429 would reach the caller). Pacing only slows calls down, so this test cannot fail
// on a slow machine; it fails when the default pacing is lost.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MoniteClient } from '../src/index.js';
import { createMoniteSandbox } from '../src/testing/index.js';
import { guideEntity, sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterAll(() => server.close());

describe("Monite's documented rate by default", () => {
  it('a burst of 45 calls at once meets no 429 from a sandbox that allows 30 per second', async () => {
    const sandbox = createMoniteSandbox({ baseUrl: sandboxUrl() });
    server.use(...sandbox.handlers);
    const monite = new MoniteClient({ ...sandbox.clientOptions(), maxRetries: 0 });
    const results = await Promise.allSettled(Array.from({ length: 45 }, (_, i) => monite.entities.create({ ...guideEntity, email: `burst-${i}@dare-cronin.example` })));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(failures).toEqual([]);
    expect(new Set(results.map((r) => (r as PromiseFulfilledResult<{ id: string }>).value.id)).size).toBe(45);
  }, 30_000);
});
