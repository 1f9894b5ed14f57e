// The Monite client's own rules, against the public sandbox (@x/monite/testing): what it refuses at construction,
// how derived clients (forEntity, asEntityUser, withOptions) scope and share, getAccessToken and revokeToken, and
// what it shows when logged.
import { inspect } from 'node:util';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, MoniteClient } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { recordWire, seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const listEntities: Operation = { id: 'get_entities', method: 'GET', path: '/entities', entityHeader: 'none', responseType: 'json' };
const listUsers: Operation = { id: 'get_entity_users', method: 'GET', path: '/entity_users', entityHeader: 'required', responseType: 'json' };
const myUser: Operation = { id: 'get_entity_users_me', method: 'GET', path: '/entity_users/me', entityHeader: 'none', responseType: 'json' };

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('construction', () => {
  it('half credentials name the half that is there', () => {
    expect(configError(() => new MoniteCore({ clientId: 'id' }))).toBe('Monite: pass both clientId and clientSecret (got only clientId).');
    expect(configError(() => new MoniteCore({ clientSecret: 'secret' }))).toBe('Monite: pass both clientId and clientSecret (got only clientSecret).');
    expect(configError(() => new MoniteCore({ clientId: 'id', clientSecret: 'secret', token: 't' }))).toBe('Monite: pass either token or clientId/clientSecret, not both.');
  });

  it('an unknown environment lists the known ones', () => {
    expect(configError(() => new MoniteCore({ token: 't', environment: 'staging' as never }))).toBe(
      'Monite: unknown environment "staging"; use one of sandbox, production, na-production, dev.',
    );
  });

  it('a baseUrl wins over the environment', async () => {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL) => (seen.push(input instanceof Request ? input.url : String(input)), Response.json({ data: [] }));
    await new MoniteCore({ token: 't', environment: 'production', baseUrl: 'https://proxy.example/monite/v1', fetch }).call(listEntities, {});
    await new MoniteCore({ token: 't', environment: 'na-production', fetch }).call(listEntities, {});
    expect(seen).toEqual(['https://proxy.example/monite/v1/entities', 'https://us.api.monite.com/v1/entities']);
  });

  it('ids for forEntity and asEntityUser must be non-empty strings, and the error shows what was given', () => {
    const monite = new MoniteCore({ clientId: 'id', clientSecret: 'secret' });
    expect(configError(() => monite.forEntity('  '))).toBe('forEntity(entityId) needs a non-empty id, got "  ".');
    expect(configError(() => monite.forEntity(undefined as never))).toBe('forEntity(entityId) needs a non-empty id, got undefined.');
    expect(configError(() => monite.asEntityUser(42 as never))).toBe('asEntityUser(entityUserId) needs a non-empty id, got 42.');
  });
});

describe('derived clients', () => {
  it('asEntityUser keeps the entity of the client it comes from, or takes another one', async () => {
    const sandbox = useSandbox(server);
    const { entity, users } = await seedEntity(sandbox, ['alice']);
    const other = await seedEntity(sandbox);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteCore(sandbox.clientOptions()).forEntity(entity.id);
    await monite.asEntityUser(users[0]!.id).call(listUsers, {});
    // Another entity refuses alice; what matters here is the header the call carried.
    await monite.asEntityUser(users[0]!.id, { entityId: other.entity.id }).call(listUsers, {}).catch(() => undefined);
    const roles = await wire.calls({ path: '/entity_users' });
    expect(roles.map((c) => c.headers.get('x-monite-entity-id'))).toEqual([entity.id, other.entity.id]);
    expect(monite.asEntityUser(users[0]!.id).entityId).toBe(entity.id);
    expect(monite.asEntityUser(users[0]!.id).entityUserId).toBe(users[0]!.id);
  });

  it('withOptions keeps the entity and entity user unless told otherwise, and can move to an environment', async () => {
    const sandbox = useSandbox(server);
    const { entity, users } = await seedEntity(sandbox, ['bob']);
    const wire = recordWire(server, sandbox.baseUrl);
    const asBob = new MoniteCore(sandbox.clientOptions()).forEntity(entity.id).asEntityUser(users[0]!.id);
    const copy = asBob.withOptions({ timeout: 10_000 });
    expect([copy.entityId, copy.entityUserId]).toEqual([entity.id, users[0]!.id]);
    await expect(copy.call(myUser, {})).resolves.toMatchObject({ id: users[0]!.id });
    expect(asBob.withOptions({ entityId: 'another' }).entityId).toBe('another');
    // A version for this copy only, and the copy's environment ignored when it names a baseUrl.
    await asBob.withOptions({ moniteVersion: '2024-05-25', environment: 'production', baseUrl: sandbox.baseUrl }).call(myUser, {});
    const calls = await wire.calls({ path: '/entity_users/me' });
    expect(calls.map((c) => c.response?.status)).toEqual([200, 200]);
    expect((await wire.calls({ path: '/auth/token' })).map((c) => (c.body as { grant_type: string }).grant_type)).toEqual(['entity_user']);
  });

  it('withOptions({ environment }) sends to that environment', async () => {
    const seen: string[] = [];
    const fetch = async (input: RequestInfo | URL) => (seen.push(input instanceof Request ? input.url : String(input)), Response.json({ data: [] }));
    const monite = new MoniteCore({ token: 't', baseUrl: 'https://proxy.example/v1', fetch });
    await monite.withOptions({ environment: 'dev' }).call(listEntities, {});
    await monite.withOptions({ timeout: 1000 }).call(listEntities, {});
    expect(seen).toEqual(['https://api.dev.monite.com/v1/entities', 'https://proxy.example/v1/entities']);
  });

  it('withOptions({ moniteVersion }) sends that X-Monite-Version', async () => {
    const versions: (string | null)[] = [];
    const fetch = async (input: RequestInfo | URL) => (versions.push((input as Request).headers.get('x-monite-version')), Response.json({ data: [] }));
    const monite = new MoniteCore({ token: 't', fetch });
    await monite.withOptions({ moniteVersion: '2025-01-01' }).call(listEntities, {});
    await monite.withOptions({ timeout: 1000 }).call(listEntities, {});
    expect(versions).toEqual(['2025-01-01', '2024-05-25']);
  });
});

describe('getAccessToken', () => {
  it('with a ready token hands it back; without credentials says what to pass', async () => {
    await expect(new MoniteCore({ token: async () => 'ready-token' }).getAccessToken()).resolves.toBe('ready-token');
    await expect(new MoniteCore({}).getAccessToken()).rejects.toThrow(
      'This Monite client has no credentials. Pass clientId and clientSecret (or token) when creating it.',
    );
  });

  it('an aborted call stops waiting at once; the token fetch it started still serves the next caller', async () => {
    const sandbox = useSandbox(server);
    sandbox.faults.latency(100);
    const monite = new MoniteCore(sandbox.clientOptions());
    const controller = new AbortController();
    const first = monite.getAccessToken({ signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 10);
    expect(await first).toBe(controller.signal.reason);
    await expect(monite.getAccessToken()).resolves.toMatch(/\S/);
  });
});

describe('revokeToken', () => {
  it('does nothing before a token was fetched, or for a ready token', async () => {
    const sandbox = useSandbox(server);
    const wire = recordWire(server, sandbox.baseUrl);
    await new MoniteCore(sandbox.clientOptions()).revokeToken();
    await new MoniteCore({ baseUrl: sandbox.baseUrl, token: 'ready' }).revokeToken();
    expect(await wire.calls()).toEqual([]);
  });
});

describe('logging a client', () => {
  it('shows the host, entity and entity user under the class name, never credentials', () => {
    const monite = new MoniteClient({ clientId: 'id-1', clientSecret: 'secret-xyz' }).forEntity('ent-1');
    expect(inspect(monite)).toBe(`MoniteClient { baseUrl: 'https://api.sandbox.monite.com/v1', entityId: "ent-1", entityUserId: undefined, credentials: [REDACTED] }`);
    expect(JSON.parse(JSON.stringify(monite.asEntityUser('user-1')))).toEqual({ baseUrl: 'https://api.sandbox.monite.com/v1', entityId: 'ent-1', entityUserId: 'user-1' });
    expect(inspect(new MoniteCore({ token: 't' }))).toMatch(/^MoniteCore \{ baseUrl: 'https:\/\/api\.sandbox\.monite\.com\/v1', entityId: undefined,/);
  });
});
