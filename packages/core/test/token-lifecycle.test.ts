import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { APIUserAbortError, APITimeoutError, PermissionDeniedError, BadRequestError, TokenAuth, clientCredentials, type APIError } from '../src/index.js';
import { deferred, makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** A token endpoint handing out tok-1, tok-2, ...; `hold` delays each answer until it resolves. */
function tokenEndpoint(base: string, options: { expiresIn?: number; hold?: () => Promise<void> } = {}) {
  let issued = 0;
  server.use(
    http.post(`${base}/oauth/token`, async () => {
      const n = ++issued;
      await options.hold?.();
      return HttpResponse.json({ access_token: `tok-${n}`, token_type: 'Bearer', expires_in: options.expiresIn ?? 3600 });
    }),
  );
  return { get issued() { return issued; } };
}

const credentials = () => clientCredentials({ path: '/oauth/token', clientId: 'my-id', clientSecret: 'my-secret' });

describe('which errors mean "the token expired"', () => {
  for (const status of [400, 403, 404, 409, 500] as const) {
    it(`a ${status} is not taken for an expired token: no refresh, and a POST is not sent twice`, async () => {
      const client = makeClient({ auth: credentials() });
      const base = client.options.baseUrl;
      const tokens = tokenEndpoint(base);
      let posts = 0;
      server.use(
        http.post(`${base}/payments`, () => {
          posts++;
          return HttpResponse.json({ message: 'no' }, { status });
        }),
      );
      const error = (await client.request({ method: 'POST', path: '/payments', body: { amount: 1 } }).catch((e: unknown) => e)) as APIError;
      expect(error.status).toBe(status);
      expect(posts).toBe(1);
      expect(tokens.issued).toBe(1);
    });
  }

  it('a 401 refreshes the token and replays the call once with the new token', async () => {
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    const tokens = tokenEndpoint(base);
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${base}/payments`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return seen.length === 1 ? HttpResponse.json({ message: 'expired' }, { status: 401 }) : HttpResponse.json({ ok: true });
      }),
    );
    await expect(client.request({ method: 'POST', path: '/payments', body: { amount: 1 } })).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(tokens.issued).toBe(2);
  });

  it('a vendor rule (403 means expired) replaces the default: a 401 is then an ordinary error', async () => {
    const client = makeClient({ auth: credentials() }, { isAuthExpired: (e) => e.status === 403 });
    const base = client.options.baseUrl;
    const tokens = tokenEndpoint(base);
    server.use(http.get(`${base}/me`, () => HttpResponse.json({ message: 'no' }, { status: 401 })));
    await expect(client.request({ method: 'GET', path: '/me' })).rejects.toMatchObject({ status: 401 });
    expect(tokens.issued).toBe(1);
  });
});

describe('token cache edges', () => {
  it('two calls that both meet a 401 with the same token share one refresh, and both succeed', async () => {
    const release = deferred();
    let heldTokens = 0;
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    const tokens = tokenEndpoint(base, {
      // The refresh is slow: the second 401 arrives while it is still running.
      hold: async () => {
        if (++heldTokens === 2) await release.promise;
      },
    });
    const arrived: string[] = [];
    const bothArrived = deferred();
    server.use(
      http.get(`${base}/me`, async ({ request }) => {
        const auth = request.headers.get('authorization')!;
        if (auth === 'Bearer tok-1') {
          arrived.push(auth);
          if (arrived.length === 2) bothArrived.resolve();
          await bothArrived.promise;
          return HttpResponse.json({ message: 'expired' }, { status: 401 });
        }
        return HttpResponse.json({ auth });
      }),
    );
    const a = client.request({ method: 'GET', path: '/me' });
    const b = client.request({ method: 'GET', path: '/me' });
    await bothArrived.promise;
    setTimeout(() => release.resolve(), 50);
    await expect(Promise.all([a, b])).resolves.toEqual([{ auth: 'Bearer tok-2' }, { auth: 'Bearer tok-2' }]);
    expect(tokens.issued).toBe(2);
  });

  it('expires_in: 0 (no lifetime given) keeps the token until the server rejects it', async () => {
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    const tokens = tokenEndpoint(base, { expiresIn: 0 });
    server.use(http.get(`${base}/me`, ({ request }) => HttpResponse.json({ auth: request.headers.get('authorization') })));
    for (let i = 0; i < 3; i++) await expect(client.request({ method: 'GET', path: '/me' })).resolves.toEqual({ auth: 'Bearer tok-1' });
    expect(tokens.issued).toBe(1);
  });

  it('a token is refreshed a tenth of its lifetime early (at most 60 s early), not sooner', async () => {
    let now = 1_000_000;
    let n = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: `t${++n}`, expiresIn: 100 }), now: () => now });
    const context = { request: () => Promise.reject(new Error('unused')) } as never;
    expect(await auth.getToken(context)).toBe('t1');
    now += 89_999; // 100 s lifetime, refreshed 10 s early: still good just before 90 s
    expect(await auth.getToken(context)).toBe('t1');
    now += 1;
    expect(await auth.getToken(context)).toBe('t2');

    let m = 0;
    const long = new TokenAuth({ fetchToken: async () => ({ accessToken: `l${++m}`, expiresIn: 3600 }), now: () => now });
    const start = now;
    expect(await long.getToken(context)).toBe('l1');
    now = start + 3_540_000 - 1; // one hour, refreshed 60 s early
    expect(await long.getToken(context)).toBe('l1');
    now = start + 3_540_000;
    expect(await long.getToken(context)).toBe('l2');
  });

  it('refreshBeforeExpiryMs overrides the early refresh', async () => {
    let now = 0;
    let n = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: `t${++n}`, expiresIn: 10 }), now: () => now, refreshBeforeExpiryMs: 0 });
    const context = { request: () => Promise.reject(new Error('unused')) } as never;
    await auth.getToken(context);
    now = 9_999;
    expect(await auth.getToken(context)).toBe('t1');
    now = 10_000;
    expect(await auth.getToken(context)).toBe('t2');
  });

  it('an aborted caller stops waiting for the shared token fetch at once; the others still get the token', async () => {
    const release = deferred();
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    const tokens = tokenEndpoint(base, { hold: () => release.promise });
    server.use(http.get(`${base}/me`, ({ request }) => HttpResponse.json({ auth: request.headers.get('authorization') })));
    const controller = new AbortController();
    const aborted = client.request({ method: 'GET', path: '/me' }, { signal: controller.signal });
    const patient = client.request({ method: 'GET', path: '/me' });
    controller.abort();
    // The token endpoint has not answered yet: the aborted call must not wait for it.
    await expect(aborted).rejects.toBeInstanceOf(APIUserAbortError);
    release.resolve();
    await expect(patient).resolves.toEqual({ auth: 'Bearer tok-1' });
    expect(tokens.issued).toBe(1);
  });

  it('a caller already aborted before the call sends nothing, not even a token request', async () => {
    const client = makeClient({ auth: credentials() });
    const tokens = tokenEndpoint(client.options.baseUrl);
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(client.request({ method: 'GET', path: '/me' }, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    await new Promise((r) => setTimeout(r, 20));
    expect(tokens.issued).toBe(0);
  });

  it('a per-attempt timeout ends the wait for a token that does not come', async () => {
    const release = deferred();
    const client = makeClient({ auth: credentials() });
    tokenEndpoint(client.options.baseUrl, { hold: () => release.promise });
    server.use(http.get(`${client.options.baseUrl}/me`, ({ request }) => HttpResponse.json({ auth: request.headers.get('authorization') })));
    const error = await client.request({ method: 'GET', path: '/me' }, { timeout: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/before it could be sent/);
    // The shared fetch goes on for the next caller.
    release.resolve();
    await expect(client.request({ method: 'GET', path: '/me' })).resolves.toEqual({ auth: 'Bearer tok-1' });
  });
});

describe('errors that are not credentials problems', () => {
  it('BadRequestError and PermissionDeniedError stay what they are', async () => {
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    tokenEndpoint(base);
    server.use(
      http.get(`${base}/a`, () => HttpResponse.json({ message: 'bad' }, { status: 400 })),
      http.get(`${base}/b`, () => HttpResponse.json({ message: 'forbidden' }, { status: 403 })),
    );
    await expect(client.request({ method: 'GET', path: '/a' })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.request({ method: 'GET', path: '/b' })).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe('what a token strategy remembers', () => {
  const context = { request: () => Promise.reject(new Error('unused')) } as never;

  function rotating() {
    let n = 0;
    return new TokenAuth({ fetchToken: async () => ({ accessToken: `token-${++n}`, expiresIn: 3600 }) });
  }

  it('the current token and the 32 before it are scrubbed; older ones are forgotten (bounded for long-lived processes)', async () => {
    const auth = rotating();
    for (let i = 0; i < 34; i++) {
      await auth.getToken(context);
      auth.clear();
    }
    await auth.getToken(context); // token-35 is current
    const known = auth.knownSecrets();
    expect(known[0]).toBe('token-35');
    expect(known).toContain('token-3');
    expect(known).not.toContain('token-2');
    expect(known).toHaveLength(33);
  });

  it('a token is remembered once, however often it is dropped', async () => {
    const auth = rotating();
    const generation = await auth.authorize(new Headers(), context);
    auth.invalidate(generation);
    auth.clear();
    auth.clear();
    expect(auth.knownSecrets()).toEqual(['token-1']);
    expect(auth.peekToken()).toBeUndefined();
    expect(auth.fetchCount).toBe(1);
  });

  it('extra secrets from the endpoint are included, empty ones and non-strings left out', async () => {
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: 'tok-a' }), knownSecrets: () => ['client-secret', '', 5 as never] });
    expect(auth.knownSecrets()).toEqual(['client-secret']);
    await auth.getToken(context);
    expect(auth.knownSecrets()).toEqual(['tok-a', 'client-secret']);
  });

  it('inspecting the strategy shows whether a token is cached, never the token', async () => {
    const { inspect } = await import('node:util');
    const auth = rotating();
    expect(inspect(auth)).toBe('TokenAuth { cached: none }');
    await auth.getToken(context);
    expect(inspect(auth)).toBe('TokenAuth { cached: [REDACTED] }');
    expect(auth.peekToken()).toBe('token-1');
  });

  it('a refresh margin longer than the lifetime means a fresh token for every call, never a stale one', async () => {
    let n = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: `t${++n}`, expiresIn: 60 }), refreshBeforeExpiryMs: 600_000 });
    await auth.getToken(context);
    await auth.getToken(context);
    expect(auth.fetchCount).toBe(2);
  });

  it.each([[Number.POSITIVE_INFINITY], [-5], [Number.NaN], [undefined]])('expiresIn %s means the token is kept until rejected', async (expiresIn) => {
    let now = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: 't', expiresIn }), now: () => now });
    await auth.getToken(context);
    now = 10 * 365 * 24 * 3600 * 1000;
    await auth.getToken(context);
    expect(auth.fetchCount).toBe(1);
  });
});
