// Both token grants against the public sandbox (@x/monite/testing): what the SDK sends for a token, when it
// refreshes and replays, and revocation. Answers the sandbox cannot give (other wordings of an expired token)
// are one-shot msw handlers in front of it.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, ConfigurationError } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { MONITE_EXPIRED_TOKEN_MESSAGE } from '../src/testing/index.js';
import { guideEntity, recordWire, sandboxUrl, seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Hand-written descriptors in the generated shape keep these tests independent of the generator.
const listEntities: Operation = { id: 'get_entities', method: 'GET', path: '/entities', entityHeader: 'none', responseType: 'json' };
const createEntity: Operation = { id: 'post_entities', method: 'POST', path: '/entities', entityHeader: 'none', bodyType: 'json', responseType: 'json' };
const listRoles: Operation = { id: 'get_roles', method: 'GET', path: '/roles', entityHeader: 'required', responseType: 'json' };
const myUser: Operation = { id: 'get_entity_users_me', method: 'GET', path: '/entity_users/me', entityHeader: 'none', responseType: 'json' };

const credentials = { clientId: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', clientSecret: 'monite-client-secret-123' };
const EXPIRED_400 = { error: { message: MONITE_EXPIRED_TOKEN_MESSAGE } };

describe('partner token (client_credentials)', () => {
  it('is fetched with the seed body and X-Monite-Version, then sent as Bearer', async () => {
    const sandbox = useSandbox(server, credentials);
    const { entity } = await seedEntity(sandbox);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl, entityId: entity.id });
    await monite.call(listRoles, {});
    const [token, ...others] = await wire.calls({ path: '/auth/token' });
    expect(others).toEqual([]);
    expect(token!.body).toEqual({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret });
    expect(token!.headers.get('x-monite-version')).toBe('2024-05-25');
    expect(token!.headers.get('authorization')).toBeNull();
    const roles = await wire.calls({ path: '/roles' });
    expect(roles.map((r) => [r.headers.get('authorization'), r.response?.status])).toEqual([[`Bearer ${(await wire.tokens())[0]}`, 200]]);
  });

  it('accepts async suppliers for the credentials', async () => {
    const sandbox = useSandbox(server, { clientId: credentials.clientId, clientSecret: 'from-vault' });
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteCore({ baseUrl: sandbox.baseUrl, clientId: async () => credentials.clientId, clientSecret: async () => 'from-vault' });
    await expect(monite.call(listEntities, {})).resolves.toEqual({ data: [], next_pagination_token: null, prev_pagination_token: null });
    expect((await wire.calls({ path: '/auth/token' }))[0]!.body).toMatchObject({ client_secret: 'from-vault' });
  });

  // Monite's own answer comes from the sandbox; the other wordings the SDK also takes for an expired token
  // are scripted once in front of it (and expire the sandbox's tokens, as the real API would have).
  for (const [label, scripted] of [
    ['400 "revoked, expired or not found" (the sandbox\'s own answer)', undefined],
    ['400 "The token has been expired."', { status: 400, body: { error: { message: 'The token has been expired.' } } }],
    ['401', { status: 401, body: { error: { message: 'Unauthorized' } } }],
    ['403 "token expired"', { status: 403, body: { error: { message: 'Access token expired' } } }],
  ] as const) {
    it(`is refreshed and the POST replayed once, body intact, when Monite answers ${label}`, async () => {
      const sandbox = useSandbox(server, credentials);
      const wire = recordWire(server, sandbox.baseUrl);
      const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl });
      await monite.call(listEntities, {});
      if (scripted) {
        server.use(http.post(`${sandbox.baseUrl}/entities`, () => (sandbox.faults.expireTokens(), HttpResponse.json(scripted.body, { status: scripted.status })), { once: true }));
      } else {
        sandbox.faults.expireTokens();
      }
      const created = await monite.call(createEntity, { body: guideEntity });
      expect(created).toEqual(sandbox.data.entities[0]);
      expect(sandbox.data.entities).toHaveLength(1);
      const tokens = await wire.tokens();
      expect(tokens).toHaveLength(2);
      expect(tokens[0]).not.toBe(tokens[1]);
      const posts = await wire.calls({ method: 'POST', path: '/entities' });
      expect(posts.map((c) => ({ auth: c.headers.get('authorization'), body: c.body, status: c.response?.status }))).toEqual([
        { auth: `Bearer ${tokens[0]}`, body: guideEntity, status: scripted?.status ?? 400 },
        { auth: `Bearer ${tokens[1]}`, body: guideEntity, status: 201 },
      ]);
      if (!scripted) expect(posts[0]!.response!.body).toEqual(EXPIRED_400);
    });
  }

  it('does not refresh on a 400 that is not about the token, and replays at most once', async () => {
    const sandbox = useSandbox(server, credentials);
    const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl, maxRetries: 0 });
    // The sandbox refuses a pagination token it never issued with a 400 of its own.
    const error = await monite.call(listEntities, { query: { pagination_token: 'not-one-of-ours' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).vendorMessage).toBe('The pagination token is invalid.');
    expect(sandbox.log.count({ method: 'GET', path: '/v1/entities' })).toBe(1);
    expect(sandbox.tokensIssued.partner).toBe(1);

    const sandbox2 = useSandbox(server, credentials);
    server.use(http.get(`${sandbox2.baseUrl}/entities`, () => HttpResponse.json({ error: { message: 'Unauthorized' } }, { status: 401 })));
    const wire2 = recordWire(server, sandbox2.baseUrl);
    const always401 = new MoniteCore({ ...credentials, baseUrl: sandbox2.baseUrl });
    await expect(always401.call(listEntities, {})).rejects.toBeInstanceOf(AuthenticationError);
    expect(await wire2.calls({ method: 'GET', path: '/entities' })).toHaveLength(2);
    expect(sandbox2.tokensIssued.partner).toBe(2);
  });

  it('makes one token request for 50 concurrent calls, and one more after they all see it expire', async () => {
    const sandbox = useSandbox(server, credentials);
    const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl });
    await Promise.all(Array.from({ length: 50 }, () => monite.call(listEntities, {})));
    expect(sandbox.tokensIssued.partner).toBe(1);
    sandbox.faults.expireTokens(); // Monite no longer accepts token 1
    await Promise.all(Array.from({ length: 50 }, () => monite.call(listEntities, {})));
    expect(sandbox.tokensIssued.partner).toBe(2);
    expect(sandbox.log.filter({ method: 'GET' }).filter((e) => e.status === 200)).toHaveLength(100);
  });

  it('revokeToken() calls POST /auth/revoke with the token and forgets it', async () => {
    const sandbox = useSandbox(server, credentials);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl });
    await monite.revokeToken(); // nothing fetched yet: nothing to revoke
    expect(sandbox.log.count({ path: '/v1/auth/revoke' })).toBe(0);
    await monite.call(listEntities, {});
    await monite.revokeToken();
    const [first] = await wire.tokens();
    const revoked = await wire.calls({ path: '/auth/revoke' });
    expect(revoked.map((c) => ({ body: c.body, auth: c.headers.get('authorization'), status: c.response?.status }))).toEqual([
      { body: { client_id: credentials.clientId, client_secret: credentials.clientSecret, token: first }, auth: `Bearer ${first}`, status: 200 },
    ]);
    // The sandbox no longer accepts the revoked token; the client fetches a new one instead of trying it.
    const raw = await fetch(`${sandbox.baseUrl}/entities`, { headers: { authorization: `Bearer ${first}`, 'x-monite-version': '2024-05-25' } });
    expect(raw.status).toBe(400);
    await monite.call(listEntities, {});
    const tokens = await wire.tokens();
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).not.toBe(first);
    expect(sandbox.log.filter({ method: 'GET', path: '/v1/entities' }).map((e) => e.status)).toEqual([200, 400, 200]);
  });
});

describe('entity-user tokens (entity_user grant)', () => {
  it('fetches one token per user, cached across asEntityUser() clients, separate from the partner token', async () => {
    const sandbox = useSandbox(server, credentials);
    const { users } = await seedEntity(sandbox, ['user-a', 'user-b']);
    const [a, b] = users.map((u) => u.id);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl });
    const me = [await monite.asEntityUser(a!).call(myUser, {}), await monite.asEntityUser(a!).call(myUser, {}), await monite.asEntityUser(b!).call(myUser, {})];
    expect(me.map((u) => (u as { login: string }).login)).toEqual(['user-a', 'user-a', 'user-b']);
    expect((await wire.calls({ path: '/auth/token' })).map((c) => c.body)).toEqual([
      { grant_type: 'entity_user', client_id: credentials.clientId, client_secret: credentials.clientSecret, entity_user_id: a },
      { grant_type: 'entity_user', client_id: credentials.clientId, client_secret: credentials.clientSecret, entity_user_id: b },
    ]);
    const [tokenA, tokenB] = await wire.tokens();
    expect((await wire.calls({ path: '/entity_users/me' })).map((c) => c.headers.get('authorization'))).toEqual([`Bearer ${tokenA}`, `Bearer ${tokenA}`, `Bearer ${tokenB}`]);
  });

  it('refreshes an expired entity-user token (400) and replays, with one token request for concurrent calls', async () => {
    const sandbox = useSandbox(server, credentials);
    const { users } = await seedEntity(sandbox, ['u1']);
    const wire = recordWire(server, sandbox.baseUrl);
    const user = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl }).asEntityUser(users[0]!.id);
    await Promise.all(Array.from({ length: 20 }, () => user.call(myUser, {})));
    sandbox.faults.expireTokens();
    await Promise.all(Array.from({ length: 20 }, () => user.call(myUser, {})));
    const tokens = await wire.tokens();
    expect(tokens).toHaveLength(2);
    expect((await wire.calls({ path: '/auth/token' })).map((c) => (c.body as { grant_type: string }).grant_type)).toEqual(['entity_user', 'entity_user']);
    const me = await wire.calls({ path: '/entity_users/me' });
    expect(me.filter((c) => c.response?.status === 200).map((c) => c.headers.get('authorization'))).toEqual([...Array(20).fill(`Bearer ${tokens[0]}`), ...Array(20).fill(`Bearer ${tokens[1]}`)]);
  });

  it('revokes an entity-user token without touching the partner token', async () => {
    const sandbox = useSandbox(server, credentials);
    const { entity, users } = await seedEntity(sandbox, ['u1']);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl, entityId: entity.id });
    const user = monite.asEntityUser(users[0]!.id);
    await monite.call(listRoles, {});
    await user.call(myUser, {});
    await user.revokeToken();
    const [partner, userToken] = await wire.tokens();
    expect((await wire.calls({ path: '/auth/revoke' })).map((c) => (c.body as { token: string }).token)).toEqual([userToken]);
    await monite.call(listRoles, {});
    expect(await wire.tokens()).toEqual([partner, userToken]);
    expect((await wire.calls({ path: '/roles' })).map((c) => c.headers.get('authorization'))).toEqual([`Bearer ${partner}`, `Bearer ${partner}`]);
  });

  it('getAccessToken() hands out the user token for a front-end SDK', async () => {
    const sandbox = useSandbox(server, credentials);
    const { users } = await seedEntity(sandbox, ['u9']);
    const wire = recordWire(server, sandbox.baseUrl);
    const token = await new MoniteCore({ ...credentials, baseUrl: sandbox.baseUrl }).asEntityUser(users[0]!.id).getAccessToken();
    expect([token]).toEqual(await wire.tokens());
    // The token works on its own, as a front-end SDK would use it.
    const me = await fetch(`${sandbox.baseUrl}/entity_users/me`, { headers: { authorization: `Bearer ${token}`, 'x-monite-version': '2024-05-25' } });
    expect(await me.json()).toMatchObject({ id: users[0]!.id });
  });

  it('asEntityUser() without client credentials is a clear ConfigurationError', () => {
    const monite = new MoniteCore({ baseUrl: sandboxUrl(), token: 'static' });
    expect(() => monite.asEntityUser('u1')).toThrow(ConfigurationError);
    expect(() => monite.asEntityUser('u1')).toThrow(/clientId and clientSecret/);
  });
});

describe('client construction', () => {
  it('rejects half credentials, both token and credentials, and empty ids', () => {
    expect(() => new MoniteCore({ clientId: 'x' })).toThrow(/both clientId and clientSecret/);
    expect(() => new MoniteCore({ ...credentials, token: 't' })).toThrow(/either token or clientId/);
    expect(() => new MoniteCore(credentials).forEntity('')).toThrow(ConfigurationError);
  });

  it('defaults to the sandbox and names the environments from the spec', async () => {
    const seen: string[] = [];
    const monite = new MoniteCore({ token: 't', entityId: 'e', fetch: async (input) => (seen.push(String(input instanceof Request ? input.url : input)), Response.json({ data: [] })) });
    await monite.call(listRoles, {});
    await monite.withOptions({ environment: 'production' }).call(listRoles, {});
    expect(seen).toEqual(['https://api.sandbox.monite.com/v1/roles', 'https://api.monite.com/v1/roles']);
  });
});
