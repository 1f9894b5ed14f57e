import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const op = (entityHeader: Operation['entityHeader'], path: string): Operation => ({ id: path, method: 'GET', path, entityHeader, responseType: 'json' });
const required = op('required', '/roles');
const optional = op('optional', '/ocr_tasks');
const none = op('none', '/webhook_subscriptions');

function capture(baseUrl: string) {
  const seen: Headers[] = [];
  server.use(http.get(`${baseUrl}/*`, ({ request }) => (seen.push(request.headers), HttpResponse.json({ data: [] }))));
  return seen;
}

describe('X-Monite-Entity-Id', () => {
  it('is required where the operation declares it: a clear error and nothing sent without an entity', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    const monite = new MoniteCore({ baseUrl, token: 't' });
    const error = await monite.call(required, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/GET \/roles acts on one entity.*forEntity\(entityId\)/);
    expect(seen).toHaveLength(0);
  });

  it('is sent from forEntity(), and a per-request entityId overrides it', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    const monite = new MoniteCore({ baseUrl, token: 't' }).forEntity('entity-1');
    await monite.call(required, {});
    await monite.call(required, {}, { entityId: 'entity-2' });
    expect(seen.map((h) => h.get('x-monite-entity-id'))).toEqual(['entity-1', 'entity-2']);
  });

  it('is sent for optional operations only when set', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    const monite = new MoniteCore({ baseUrl, token: 't' });
    await monite.call(optional, {});
    await monite.forEntity('entity-1').call(optional, {});
    expect(seen.map((h) => h.get('x-monite-entity-id'))).toEqual([null, 'entity-1']);
  });

  it('is never sent where the operation does not take it, even if set on the client or in headers', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    const monite = new MoniteCore({ baseUrl, token: 't', headers: { 'X-Monite-Entity-Id': 'sneaky' } }).forEntity('entity-1');
    await monite.call(none, {});
    expect(seen[0]!.get('x-monite-entity-id')).toBeNull();
  });
});

describe('idempotency keys', () => {
  it('are refused with a clear error, since Monite publishes none; nothing is sent', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    const error = await new MoniteCore({ baseUrl, token: 't' }).call(none, {}, { idempotencyKey: 'k1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/Monite does not support idempotency keys/);
    expect(seen).toHaveLength(0);
  });
});

describe('X-Monite-Version', () => {
  it('defaults to 2024-05-25 and can be overridden per client and per request', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    const monite = new MoniteCore({ baseUrl, token: 't' });
    await monite.call(none, {});
    await monite.withOptions({ moniteVersion: '2025-06-23' }).call(none, {});
    await new MoniteCore({ baseUrl, token: 't', moniteVersion: '2024-01-31' }).call(none, {});
    await monite.call(none, {}, { moniteVersion: '2023-09-01' });
    expect(seen.map((h) => h.get('x-monite-version'))).toEqual(['2024-05-25', '2025-06-23', '2024-01-31', '2023-09-01']);
  });

  it('sends a User-Agent naming @x/monite and its version', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = capture(baseUrl);
    await new MoniteCore({ baseUrl, token: 't' }).call(none, {});
    expect(seen[0]!.get('user-agent')).toMatch(/^@x\/monite\/0\.1\.0 @x\/core\/\S+ node\//);
  });
});
