// Which Monite headers the SDK sends, seen on the wire in front of the public sandbox (@x/monite/testing),
// which enforces the same rules: X-Monite-Version on every call, X-Monite-Entity-Id where the spec requires it.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import type { MoniteSandbox } from '../src/testing/index.js';
import { recordWire, seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const op = (entityHeader: Operation['entityHeader'], path: string): Operation => ({ id: path, method: 'GET', path, entityHeader, responseType: 'json' });
const required = op('required', '/roles');
const optional = op('optional', '/ocr_tasks');
const none = op('none', '/webhook_subscriptions');

/** A sandbox, and the requests to `path` as they left the SDK. The sandbox has no OCR: `/ocr_tasks` is a one-line script. */
function start(path: string) {
  const sandbox = useSandbox(server);
  server.use(http.get(`${sandbox.baseUrl}/ocr_tasks`, () => HttpResponse.json({ data: [], next_pagination_token: null, prev_pagination_token: null })));
  const wire = recordWire(server, sandbox.baseUrl);
  const seen = async () => (await wire.calls({ method: 'GET', path })).map((c) => c.headers);
  return { sandbox, seen, wire, client: (extra: Partial<ConstructorParameters<typeof MoniteCore>[0]> = {}) => new MoniteCore({ ...sandbox.clientOptions(), ...extra }) };
}

const twoEntities = async (sandbox: MoniteSandbox) => [(await seedEntity(sandbox)).entity.id, (await seedEntity(sandbox)).entity.id] as const;

describe('X-Monite-Entity-Id', () => {
  it('is required where the operation declares it: a clear error and nothing sent without an entity', async () => {
    const { sandbox, client } = start('/roles');
    const error = await client().call(required, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/GET \/roles acts on one entity.*forEntity\(entityId\)/);
    expect(sandbox.log.entries).toHaveLength(0);
  });

  it('is sent from forEntity(), and a per-request entityId overrides it', async () => {
    const { sandbox, seen, client } = start('/roles');
    const [one, two] = await twoEntities(sandbox);
    const monite = client().forEntity(one);
    await monite.call(required, {});
    await monite.call(required, {}, { entityId: two });
    expect((await seen()).map((h) => h.get('x-monite-entity-id'))).toEqual([one, two]);
  });

  it('is sent for optional operations only when set', async () => {
    const { sandbox, seen, client } = start('/ocr_tasks');
    const [one] = await twoEntities(sandbox);
    const monite = client();
    await monite.call(optional, {});
    await monite.forEntity(one).call(optional, {});
    expect((await seen()).map((h) => h.get('x-monite-entity-id'))).toEqual([null, one]);
  });

  it('is never sent where the operation does not take it, even if set on the client or in headers', async () => {
    const { sandbox, seen, wire, client } = start('/webhook_subscriptions');
    const [one] = await twoEntities(sandbox);
    const monite = client({ headers: { 'X-Monite-Entity-Id': 'sneaky' } }).forEntity(one);
    await monite.call(none, {});
    expect((await seen())[0]!.get('x-monite-entity-id')).toBeNull();
    expect((await wire.calls({ path: '/webhook_subscriptions' }))[0]!.response?.status).toBe(200);
  });
});

describe('idempotency keys', () => {
  it('are refused with a clear error, since Monite publishes none; nothing is sent', async () => {
    const { sandbox, client } = start('/webhook_subscriptions');
    const error = await client().call(none, {}, { idempotencyKey: 'k1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/Monite does not support idempotency keys/);
    expect(sandbox.log.entries).toHaveLength(0);
  });
});

describe('X-Monite-Version', () => {
  it('defaults to 2024-05-25 and can be overridden per client and per request', async () => {
    const { seen, wire, client } = start('/webhook_subscriptions');
    const monite = client();
    await monite.call(none, {});
    await monite.withOptions({ moniteVersion: '2025-06-23' }).call(none, {});
    await client({ moniteVersion: '2024-01-31' }).call(none, {});
    await monite.call(none, {}, { moniteVersion: '2023-09-01' });
    const versions = ['2024-05-25', '2025-06-23', '2024-01-31', '2023-09-01'];
    expect((await seen()).map((h) => h.get('x-monite-version'))).toEqual(versions);
    // The sandbox answers in the version asked for, as Monite does.
    expect((await wire.calls({ path: '/webhook_subscriptions' })).map((c) => c.response?.headers.get('x-monite-version'))).toEqual(versions);
  });

  it('sends a User-Agent naming @x/monite and its version', async () => {
    const { seen, client } = start('/webhook_subscriptions');
    await client().call(none, {});
    expect((await seen())[0]!.get('user-agent')).toMatch(/^@x\/monite\/0\.1\.0 @x\/core\/\S+ node\//);
  });
});
