import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, InternalServerError, PortalDuctClient, ResponseValidationError } from '../src/index.js';
import { CLIENT_UUID, CREDENTIALS, CUSTOMER_UUID, mockLogin, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Serves the balance endpoint, recording the Authorization header of each request. */
function mockBalance(baseUrl: string, respond: (auth: string | null, call: number) => Response = () => HttpResponse.json({ balance: 1 })) {
  const seen: (string | null)[] = [];
  server.use(
    http.get(`${baseUrl}/v1/getClientBalance/:client`, ({ request }) => {
      const auth = request.headers.get('authorization');
      seen.push(auth);
      return respond(auth, seen.length);
    }),
  );
  return seen;
}

describe('login (POST /v1/login)', () => {
  it('logs in with email and password from async suppliers, sends no Authorization, and caches the token', async () => {
    const baseUrl = uniqueBaseUrl();
    const headers: Headers[] = [];
    server.events.on('request:start', ({ request }) => void (new URL(request.url).pathname === '/v1/login' && headers.push(request.headers)));
    const logins = mockLogin(server, baseUrl);
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({ baseUrl, email: async () => CREDENTIALS.email, password: () => Promise.resolve('from-vault') });
    await portalduct.getClientBalance(CLIENT_UUID);
    await portalduct.getClientBalance(CLIENT_UUID);
    server.events.removeAllListeners();
    expect(logins.bodies).toEqual([{ email: CREDENTIALS.email, password: 'from-vault' }]);
    expect(headers[0]!.get('authorization')).toBeNull();
    expect(headers[0]!.get('content-type')).toMatch(/application\/json/);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-1']);
  });

  it('50 concurrent calls on a cold cache share exactly one login', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await Promise.all(Array.from({ length: 50 }, () => portalduct.getClientBalance(CLIENT_UUID)));
    expect(logins.issued).toEqual(['pd-token-1']);
    expect(new Set(seen)).toEqual(new Set(['Bearer pd-token-1']));
    expect(seen).toHaveLength(50);
  });

  it('a login answering 503 once is retried: 20 waiting calls all succeed after 2 login requests (needs @x/core retrying token requests)', async () => {
    const baseUrl = uniqueBaseUrl();
    let loginRequests = 0;
    server.use(
      http.post(`${baseUrl}/v1/login`, () => {
        loginRequests++;
        return loginRequests === 1 ? HttpResponse.json({ message: 'unavailable' }, { status: 503 }) : HttpResponse.json({ token: 'pd-token-ok' });
      }),
    );
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => portalduct.getClientBalance(CLIENT_UUID)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(loginRequests).toBe(2);
    expect(seen).toEqual(Array.from({ length: 20 }, () => 'Bearer pd-token-ok'));
  });

  it('wrong credentials (401 from login) fail every waiting call with one login request and no API call', async () => {
    const baseUrl = uniqueBaseUrl();
    let loginRequests = 0;
    server.use(http.post(`${baseUrl}/v1/login`, () => (loginRequests++, HttpResponse.json({ message: 'Invalid email or password' }, { status: 401 }))));
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => portalduct.getClientBalance(CLIENT_UUID)));
    expect(loginRequests).toBe(1);
    expect(seen).toEqual([]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as AuthenticationError;
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.message).toMatch(/PortalDuct API returned 401 for POST \/v1\/login: Invalid email or password/);
      expect(error.message).toMatch(/credentials/);
    }
  });

  it('says which fields the login response had when it finds no token', async () => {
    const baseUrl = uniqueBaseUrl();
    server.use(http.post(`${baseUrl}/v1/login`, () => HttpResponse.json({ jwt: 'secret-jwt-value', user: { id: 1 } })));
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    const error = (await portalduct.getClientBalance(CLIENT_UUID).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain('fields received: jwt, user');
    expect(error.message).toContain('tokenFromResponse');
    expect(error.message).not.toContain('secret-jwt-value');
  });

  it('reads access_token and a token under data, and takes loginBody and tokenFromResponse overrides', async () => {
    for (const body of [{ access_token: 'a1' }, { accessToken: 'a1' }, { data: { token: 'a1' } }]) {
      const baseUrl = uniqueBaseUrl();
      server.use(http.post(`${baseUrl}/v1/login`, () => HttpResponse.json(body)));
      const seen = mockBalance(baseUrl);
      await new PortalDuctClient({ baseUrl, ...CREDENTIALS }).getClientBalance(CLIENT_UUID);
      expect(seen).toEqual(['Bearer a1']);
    }
    const baseUrl = uniqueBaseUrl();
    const bodies: unknown[] = [];
    server.use(http.post(`${baseUrl}/v1/login`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({ result: { jwt: 'custom' } }))));
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({
      baseUrl,
      ...CREDENTIALS,
      loginBody: ({ email, password }) => ({ username: email, pass: password, remember: true }),
      tokenFromResponse: (b) => ({ accessToken: (b as { result: { jwt: string } }).result.jwt }),
    });
    await portalduct.getClientBalance(CLIENT_UUID);
    expect(bodies).toEqual([{ username: CREDENTIALS.email, pass: CREDENTIALS.password, remember: true }]);
    expect(seen).toEqual(['Bearer custom']);
  });
});

describe('expiry', () => {
  it('on 401 logs in again and replays the POST once, body intact', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const calls: { auth: string | null; body: unknown }[] = [];
    server.use(
      http.post(`${baseUrl}/v1/addNewCustomer`, async ({ request }) => {
        calls.push({ auth: request.headers.get('authorization'), body: await request.json() });
        return calls.length === 1 ? HttpResponse.json({ message: 'Token expired' }, { status: 401 }) : HttpResponse.json({ ok: true });
      }),
    );
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await expect(portalduct.addCustomer({ customerUuid: CUSTOMER_UUID })).resolves.toEqual({ ok: true });
    expect(logins.issued).toEqual(['pd-token-1', 'pd-token-2']);
    expect(calls).toEqual([
      { auth: 'Bearer pd-token-1', body: { customer_uuid: CUSTOMER_UUID } },
      { auth: 'Bearer pd-token-2', body: { customer_uuid: CUSTOMER_UUID } },
    ]);
  });

  it('replays at most once: a second 401 is an AuthenticationError', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const seen = mockBalance(baseUrl, () => HttpResponse.json({ message: 'nope' }, { status: 401 }));
    const error = await new PortalDuctClient({ baseUrl, ...CREDENTIALS }).getClientBalance(CLIENT_UUID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(seen).toHaveLength(2);
    expect(logins.issued).toHaveLength(2);
  });

  it('20 concurrent calls rejected with an expired token share one new login', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const seen = mockBalance(baseUrl, (auth) => (auth === 'Bearer pd-token-1' ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ balance: 2 })));
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await portalduct.getAccessToken();
    const results = await Promise.all(Array.from({ length: 20 }, () => portalduct.getClientBalance(CLIENT_UUID)));
    expect(results.every((r) => r['balance'] === 2)).toBe(true);
    expect(logins.issued).toEqual(['pd-token-1', 'pd-token-2']);
    expect(seen.filter((a) => a === 'Bearer pd-token-2')).toHaveLength(20);
  });

  it('renews a token whose lifetime (expires_in) has passed before sending', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl, { expires_in: 0.2 });
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await portalduct.getClientBalance(CLIENT_UUID);
    await portalduct.getClientBalance(CLIENT_UUID);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await portalduct.getClientBalance(CLIENT_UUID);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-1', 'Bearer pd-token-2']);
    expect(logins.issued).toHaveLength(2);
  });
});

describe('refresh endpoint (configured)', () => {
  const refreshPath = '/v1/refresh-as-told-by-portalduct';

  it('renews through the refresh endpoint with the refresh token, not by logging in', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl, { refresh_token: 'rt-1' });
    const refreshBodies: unknown[] = [];
    const refreshAuth: (string | null)[] = [];
    server.use(
      http.post(`${baseUrl}${refreshPath}`, async ({ request }) => {
        refreshBodies.push(await request.json());
        refreshAuth.push(request.headers.get('authorization'));
        return HttpResponse.json({ token: 'refreshed-1', refresh_token: 'rt-2' });
      }),
    );
    const seen = mockBalance(baseUrl, (auth) => (auth === 'Bearer pd-token-1' ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ balance: 3 })));
    const portalduct = new PortalDuctClient({
      baseUrl,
      ...CREDENTIALS,
      refresh: { path: refreshPath, body: (t) => ({ refresh_token: t.refreshToken }), headers: (t) => ({ authorization: `Bearer ${t.accessToken}` }) },
    });
    await expect(portalduct.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 3 });
    expect(logins.issued).toEqual(['pd-token-1']);
    expect(refreshBodies).toEqual([{ refresh_token: 'rt-1' }]);
    expect(refreshAuth).toEqual(['Bearer pd-token-1']);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer refreshed-1']);
  });

  it('logs in again when the refresh endpoint refuses the refresh token', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl, { refresh_token: 'rt-1' });
    let refreshes = 0;
    server.use(http.post(`${baseUrl}${refreshPath}`, () => (refreshes++, HttpResponse.json({ message: 'refresh token expired' }, { status: 401 }))));
    const seen = mockBalance(baseUrl, (auth) => (auth === 'Bearer pd-token-1' ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ balance: 4 })));
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS, refresh: { path: refreshPath, body: (t) => ({ refresh_token: t.refreshToken }) } });
    await expect(portalduct.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 4 });
    expect(refreshes).toBe(1);
    expect(logins.issued).toEqual(['pd-token-1', 'pd-token-2']);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-2']);
  });

  it('a refresh answering 503 once is retried: 10 waiting calls all succeed after 2 refresh requests and no new login (needs @x/core retrying token requests)', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl, { refresh_token: 'rt-1' });
    let refreshes = 0;
    server.use(
      http.post(`${baseUrl}${refreshPath}`, () => (++refreshes === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ token: 'refreshed-ok' }))),
    );
    const seen = mockBalance(baseUrl, (auth) => (auth === 'Bearer pd-token-1' ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ balance: 7 })));
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS, refresh: { path: refreshPath, body: (t) => ({ refresh_token: t.refreshToken }) } });
    await portalduct.getAccessToken();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => portalduct.getClientBalance(CLIENT_UUID)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(refreshes).toBe(2);
    expect(logins.issued).toEqual(['pd-token-1']);
    expect(seen.filter((a) => a === 'Bearer refreshed-ok')).toHaveLength(10);
  });

  it('a refresh endpoint that keeps failing with 5xx surfaces the error rather than looping', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    server.use(http.post(`${baseUrl}${refreshPath}`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    mockBalance(baseUrl, () => HttpResponse.json({}, { status: 401 }));
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS, maxRetries: 0, refresh: { path: refreshPath, body: () => ({}) } });
    await expect(portalduct.getClientBalance(CLIENT_UUID)).rejects.toBeInstanceOf(InternalServerError);
    expect(logins.issued).toHaveLength(1);
  });
});

describe('ready token from the developer portal', () => {
  it('is sent as is, never logs in, and a 401 is an AuthenticationError', async () => {
    const baseUrl = uniqueBaseUrl();
    let loginRequests = 0;
    server.use(http.post(`${baseUrl}/v1/login`, () => (loginRequests++, HttpResponse.json({ token: 'x' }))));
    const seen = mockBalance(baseUrl, (_auth, call) => (call === 1 ? HttpResponse.json({ balance: 5 }) : HttpResponse.json({ message: 'revoked' }, { status: 401 })));
    const portalduct = new PortalDuctClient({ baseUrl, token: 'portal-copied-token' });
    await expect(portalduct.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 5 });
    await expect(portalduct.getClientBalance(CLIENT_UUID)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(portalduct.getAccessToken()).resolves.toBe('portal-copied-token');
    expect(seen).toEqual(['Bearer portal-copied-token', 'Bearer portal-copied-token']);
    expect(loginRequests).toBe(0);
  });

  it('a token function is asked again after a 401 and the call replayed', async () => {
    const baseUrl = uniqueBaseUrl();
    const tokens = ['t-old', 't-new'];
    const seen = mockBalance(baseUrl, (auth) => (auth === 'Bearer t-old' ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ balance: 6 })));
    const portalduct = new PortalDuctClient({ baseUrl, token: () => tokens.shift()! });
    await expect(portalduct.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 6 });
    expect(seen).toEqual(['Bearer t-old', 'Bearer t-new']);
  });
});

describe('environments', () => {
  it('a sandbox and a production client each log in on their own host and never share a token', async () => {
    const sandboxUrl = uniqueBaseUrl();
    const productionUrl = uniqueBaseUrl();
    const sandboxLogins = mockLogin(server, sandboxUrl);
    const productionLogins = mockLogin(server, productionUrl, { token: 'prod-token' });
    const sandboxSeen = mockBalance(sandboxUrl);
    const productionSeen = mockBalance(productionUrl);
    const sandbox = new PortalDuctClient({ baseUrl: sandboxUrl, environment: 'sandbox', email: 'a@x.example', password: 'sandbox-pw' });
    const production = new PortalDuctClient({ baseUrl: productionUrl, environment: 'production', email: 'a@x.example', password: 'prod-pw' });
    await Promise.all([sandbox.getClientBalance(CLIENT_UUID), production.getClientBalance(CLIENT_UUID)]);
    expect(sandboxLogins.bodies).toEqual([{ email: 'a@x.example', password: 'sandbox-pw' }]);
    expect(productionLogins.bodies).toEqual([{ email: 'a@x.example', password: 'prod-pw' }]);
    expect(sandboxSeen).toEqual(['Bearer pd-token-1']);
    expect(productionSeen).toEqual(['Bearer prod-token']);
  });

  it('withOptions shares the token cache but cannot move the client to another host', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const seen = mockBalance(baseUrl);
    const portalduct = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await portalduct.getClientBalance(CLIENT_UUID);
    await portalduct.withOptions({ timeout: 5000 }).getClientBalance(CLIENT_UUID);
    expect(logins.issued).toHaveLength(1);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-1']);
    expect(() => portalduct.withOptions({ baseUrl: 'https://elsewhere.example' } as never)).toThrow(/baseUrl cannot change/);
    await expect(portalduct.getClientBalance(CLIENT_UUID, { baseUrl: 'https://elsewhere.example' } as never)).rejects.toThrow(/baseUrl cannot change/);
  });
});
