// The sandbox's token expiry, rate limit and fault knobs, and what the SDK makes of them (counted requests).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { APIConnectionError, MoniteClient, RateLimitError } from '../src/index.js';
import { createMoniteSandbox, MONITE_EXPIRED_TOKEN_MESSAGE } from '../src/testing/index.js';
import { guideEntity, sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function start(options: Parameters<typeof createMoniteSandbox>[0] = {}, client: Partial<ConstructorParameters<typeof MoniteClient>[0]> = {}) {
  const sandbox = createMoniteSandbox({ baseUrl: sandboxUrl(), ...options });
  server.use(...sandbox.handlers);
  return { sandbox, monite: new MoniteClient({ ...sandbox.clientOptions(), rateLimit: false, ...client }) };
}

it('expires tokens after their lifetime with the documented 400; the SDK fetches a new one and replays once', async () => {
  const { sandbox, monite } = start({ tokenLifetimeSeconds: 600 });
  const entity = await monite.entities.create(guideEntity);
  sandbox.advanceTime(601);
  const before = sandbox.log.lastSeq;
  await monite.entities.retrieve(entity.id);
  expect(sandbox.log.since(before).map((e) => `${e.method} ${e.path.split('/')[2]} ${e.status}`)).toEqual(['GET entities 400', 'POST auth 200', 'GET entities 200']);
  expect(sandbox.tokensIssued.partner).toBe(2);
});

it('answers an expired token with exactly the body Monite sends', async () => {
  const { sandbox, monite } = start();
  const token = await monite.getAccessToken();
  sandbox.faults.expireTokens();
  const response = await fetch(`${sandbox.baseUrl}/entities`, { headers: { authorization: `Bearer ${token}`, 'x-monite-version': '2024-05-25' } });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: { message: MONITE_EXPIRED_TOKEN_MESSAGE } });
});

it('limits requests per second with 429, Retry-After and the documented rate-limit headers', async () => {
  const { sandbox } = start({ requestsPerSecond: 3, clock: () => 1_000_000 });
  const statuses: number[] = [];
  let last: Response | undefined;
  for (let i = 0; i < 5; i++) {
    last = await fetch(`${sandbox.baseUrl}/entities`, { headers: { 'x-monite-version': '2024-05-25' } });
    statuses.push(last.status);
  }
  expect(statuses).toEqual([401, 401, 401, 429, 429]);
  expect(last!.headers.get('retry-after')).toBe('1');
  expect(last!.headers.get('x-ratelimit-limit-second')).toBe('3');
  expect(last!.headers.get('ratelimit-remaining')).toBe('0');
});

it("a client pacing at the sandbox's rate is never refused", async () => {
  const { sandbox, monite } = start({ requestsPerSecond: 10 }, { rateLimit: { requestsPerSecond: 5 } });
  const entity = await monite.entities.create(guideEntity);
  await Promise.all(Array.from({ length: 12 }, () => monite.entities.retrieve(entity.id)));
  expect(sandbox.log.count({ method: 'GET' })).toBe(12);
  expect(sandbox.log.filter().filter((e) => e.status === 429)).toHaveLength(0);
});

it('injected 429 and 503 are retried by the SDK; the requests are counted', async () => {
  const { sandbox, monite } = start();
  const entity = await monite.entities.create(guideEntity);
  sandbox.faults.rateLimit({ retryAfterSeconds: 0, method: 'GET' }).serverError({ status: 503, method: 'GET' });
  await monite.entities.retrieve(entity.id);
  expect(sandbox.log.filter({ method: 'GET' }).map((e) => e.status)).toEqual([429, 503, 200]);
  expect(sandbox.faults.pending).toBe(0);
});

it('an injected 429 beyond the retry budget surfaces as RateLimitError', async () => {
  const { sandbox, monite } = start({}, { maxRetries: 1 });
  await monite.getAccessToken();
  sandbox.faults.rateLimit({ times: 5, retryAfterSeconds: 0 });
  await expect(monite.entities.list().then((p) => p.data)).rejects.toBeInstanceOf(RateLimitError);
  expect(sandbox.log.count({ method: 'GET' })).toBe(2);
});

it('a dropped connection is a network error: a GET is retried, a POST is not replayed', async () => {
  const { sandbox, monite } = start();
  const entity = await monite.entities.create(guideEntity);
  sandbox.faults.dropConnection({ method: 'GET' });
  await expect(monite.entities.retrieve(entity.id)).resolves.toMatchObject({ id: entity.id });
  expect(sandbox.log.filter({ method: 'GET' }).map((e) => e.status)).toEqual([0, 200]);

  sandbox.faults.dropConnection({ method: 'POST', path: '/v1/entities' });
  await expect(monite.entities.create(guideEntity)).rejects.toBeInstanceOf(APIConnectionError);
  expect(sandbox.log.count({ method: 'POST', path: '/v1/entities' })).toBe(2);
  expect(sandbox.data.entities).toHaveLength(1);
});

it('adds latency to every answer when asked', async () => {
  const { sandbox, monite } = start();
  sandbox.faults.latency(60);
  await monite.getAccessToken();
  expect(sandbox.log.entries[0]!.durationMs).toBeGreaterThanOrEqual(55);
});
