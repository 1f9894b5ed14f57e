import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, ConfigurationError } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { mockTokenEndpoint, uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Hand-written descriptors in the generated shape keep these tests independent of the generator.
const listPayables: Operation = { id: 'get_payables', method: 'GET', path: '/payables', entityHeader: 'required', responseType: 'json' };
const createCounterpart: Operation = { id: 'post_counterparts', method: 'POST', path: '/counterparts', entityHeader: 'required', bodyType: 'json', responseType: 'json' };
const myUser: Operation = { id: 'get_entity_users_me', method: 'GET', path: '/entity_users/me', entityHeader: 'none', responseType: 'json' };

const credentials = { clientId: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', clientSecret: 'monite-client-secret-123' };
const EXPIRED_400 = { error: { message: 'The token has been revoked, expired or not found.' } };

describe('partner token (client_credentials)', () => {
  it('is fetched with the seed body and X-Monite-Version, then sent as Bearer', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    const seen: (string | null)[] = [];
    server.use(http.get(`${baseUrl}/payables`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json({ data: [] }))));
    const monite = new MoniteCore({ ...credentials, baseUrl, entityId: 'e1' });
    await monite.call(listPayables, {});
    expect(tokens.bodies).toEqual([{ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret }]);
    expect(tokens.headers[0]!.get('x-monite-version')).toBe('2024-05-25');
    expect(tokens.headers[0]!.get('authorization')).toBeNull();
    expect(seen).toEqual(['Bearer partner-token-1']);
  });

  it('accepts async suppliers for the credentials', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    server.use(http.get(`${baseUrl}/payables`, () => HttpResponse.json({ data: [] })));
    const monite = new MoniteCore({ baseUrl, entityId: 'e1', clientId: async () => credentials.clientId, clientSecret: async () => 'from-vault' });
    await monite.call(listPayables, {});
    expect(tokens.bodies[0]).toMatchObject({ client_secret: 'from-vault' });
  });

  for (const [label, status, body] of [
    ['400 "revoked, expired or not found"', 400, EXPIRED_400],
    ['400 "The token has been expired."', 400, { error: { message: 'The token has been expired.' } }],
    ['401', 401, { error: { message: 'Unauthorized' } }],
    ['403 "token expired"', 403, { error: { message: 'Access token expired' } }],
  ] as const) {
    it(`is refreshed and the POST replayed once, body intact, when Monite answers ${label}`, async () => {
      const baseUrl = uniqueBaseUrl();
      const tokens = mockTokenEndpoint(server, baseUrl);
      const calls: { auth: string | null; body: unknown }[] = [];
      server.use(
        http.post(`${baseUrl}/counterparts`, async ({ request }) => {
          calls.push({ auth: request.headers.get('authorization'), body: await request.json() });
          return calls.length === 1 ? HttpResponse.json(body, { status }) : HttpResponse.json({ id: 'cp1' }, { status: 201 });
        }),
      );
      const monite = new MoniteCore({ ...credentials, baseUrl, entityId: 'e1' });
      const payload = { type: 'organization', organization: { legal_name: 'Acme' } };
      await expect(monite.call(createCounterpart, { body: payload })).resolves.toEqual({ id: 'cp1' });
      expect(tokens.issued).toEqual(['partner-token-1', 'partner-token-2']);
      expect(calls).toEqual([
        { auth: 'Bearer partner-token-1', body: payload },
        { auth: 'Bearer partner-token-2', body: payload },
      ]);
    });
  }

  it('does not refresh on a 400 that is not about the token, and replays at most once', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    let calls = 0;
    server.use(http.get(`${baseUrl}/payables`, () => (calls++, HttpResponse.json({ error: { message: 'Invalid filter' } }, { status: 400 }))));
    const monite = new MoniteCore({ ...credentials, baseUrl, entityId: 'e1', maxRetries: 0 });
    const error = await monite.call(listPayables, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(calls).toBe(1);
    expect(tokens.issued).toHaveLength(1);

    const baseUrl2 = uniqueBaseUrl();
    const tokens2 = mockTokenEndpoint(server, baseUrl2);
    let calls2 = 0;
    server.use(http.get(`${baseUrl2}/payables`, () => (calls2++, HttpResponse.json({ error: { message: 'Unauthorized' } }, { status: 401 }))));
    const always401 = new MoniteCore({ ...credentials, baseUrl: baseUrl2, entityId: 'e1' });
    await expect(always401.call(listPayables, {})).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls2).toBe(2);
    expect(tokens2.issued).toHaveLength(2);
  });

  it('makes one token request for 50 concurrent calls, and one more after they all see it expire', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    let valid = 'partner-token-1';
    server.use(
      http.get(`${baseUrl}/payables`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${valid}` ? HttpResponse.json({ data: [] }) : HttpResponse.json(EXPIRED_400, { status: 400 }),
      ),
    );
    const monite = new MoniteCore({ ...credentials, baseUrl, entityId: 'e1' });
    await Promise.all(Array.from({ length: 50 }, () => monite.call(listPayables, {})));
    expect(tokens.issued).toHaveLength(1);
    valid = 'partner-token-2'; // Monite revokes token 1
    await Promise.all(Array.from({ length: 50 }, () => monite.call(listPayables, {})));
    expect(tokens.issued).toHaveLength(2);
  });

  it('revokeToken() calls POST /auth/revoke with the token and forgets it', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    const revoked: unknown[] = [];
    server.use(
      http.get(`${baseUrl}/payables`, () => HttpResponse.json({ data: [] })),
      http.post(`${baseUrl}/auth/revoke`, async ({ request }) => {
        revoked.push({ body: await request.json(), auth: request.headers.get('authorization') });
        return HttpResponse.json({ message: 'Token revoked' });
      }),
    );
    const monite = new MoniteCore({ ...credentials, baseUrl, entityId: 'e1' });
    await monite.revokeToken(); // nothing fetched yet: nothing to revoke
    expect(revoked).toHaveLength(0);
    await monite.call(listPayables, {});
    await monite.revokeToken();
    expect(revoked).toEqual([
      { body: { client_id: credentials.clientId, client_secret: credentials.clientSecret, token: 'partner-token-1' }, auth: 'Bearer partner-token-1' },
    ]);
    await monite.call(listPayables, {});
    expect(tokens.issued).toEqual(['partner-token-1', 'partner-token-2']);
  });
});

describe('entity-user tokens (entity_user grant)', () => {
  it('fetches one token per user, cached across asEntityUser() clients, separate from the partner token', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    const seen: (string | null)[] = [];
    server.use(http.get(`${baseUrl}/entity_users/me`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json({ id: 'u' }))));
    const monite = new MoniteCore({ ...credentials, baseUrl });
    await monite.asEntityUser('user-a').call(myUser, {});
    await monite.asEntityUser('user-a').call(myUser, {});
    await monite.asEntityUser('user-b').call(myUser, {});
    expect(tokens.bodies).toEqual([
      { grant_type: 'entity_user', client_id: credentials.clientId, client_secret: credentials.clientSecret, entity_user_id: 'user-a' },
      { grant_type: 'entity_user', client_id: credentials.clientId, client_secret: credentials.clientSecret, entity_user_id: 'user-b' },
    ]);
    expect(seen).toEqual(['Bearer user-user-a-token-1', 'Bearer user-user-a-token-1', 'Bearer user-user-b-token-2']);
  });

  it('refreshes an expired entity-user token (400) and replays, with one token request for concurrent calls', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    let valid = 'user-u1-token-1';
    server.use(
      http.get(`${baseUrl}/entity_users/me`, ({ request }) =>
        request.headers.get('authorization') === `Bearer ${valid}` ? HttpResponse.json({ id: 'u1' }) : HttpResponse.json(EXPIRED_400, { status: 400 }),
      ),
    );
    const user = new MoniteCore({ ...credentials, baseUrl }).asEntityUser('u1');
    await Promise.all(Array.from({ length: 20 }, () => user.call(myUser, {})));
    valid = 'user-u1-token-2';
    await Promise.all(Array.from({ length: 20 }, () => user.call(myUser, {})));
    expect(tokens.issued).toEqual(['user-u1-token-1', 'user-u1-token-2']);
  });

  it('revokes an entity-user token without touching the partner token', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = mockTokenEndpoint(server, baseUrl);
    const revoked: string[] = [];
    server.use(
      http.get(`${baseUrl}/entity_users/me`, () => HttpResponse.json({ id: 'u1' })),
      http.get(`${baseUrl}/payables`, () => HttpResponse.json({ data: [] })),
      http.post(`${baseUrl}/auth/revoke`, async ({ request }) => {
        revoked.push(((await request.json()) as { token: string }).token);
        return HttpResponse.json({ message: 'ok' });
      }),
    );
    const monite = new MoniteCore({ ...credentials, baseUrl, entityId: 'e1' });
    const user = monite.asEntityUser('u1');
    await monite.call(listPayables, {});
    await user.call(myUser, {});
    await user.revokeToken();
    expect(revoked).toEqual(['user-u1-token-2']);
    await monite.call(listPayables, {});
    expect(tokens.issued).toEqual(['partner-token-1', 'user-u1-token-2']);
  });

  it('getAccessToken() hands out the user token for a front-end SDK', async () => {
    const baseUrl = uniqueBaseUrl();
    mockTokenEndpoint(server, baseUrl);
    const monite = new MoniteCore({ ...credentials, baseUrl });
    await expect(monite.asEntityUser('u9').getAccessToken()).resolves.toBe('user-u9-token-1');
  });

  it('asEntityUser() without client credentials is a clear ConfigurationError', () => {
    const monite = new MoniteCore({ baseUrl: uniqueBaseUrl(), token: 'static' });
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
    await monite.call(listPayables, {});
    await monite.withOptions({ environment: 'production' }).call(listPayables, {});
    expect(seen).toEqual(['https://api.sandbox.monite.com/v1/payables', 'https://api.monite.com/v1/payables']);
  });
});
