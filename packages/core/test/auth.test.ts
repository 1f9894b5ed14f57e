import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  TokenAuth,
  apiKey,
  bearerToken,
  clientCredentials,
  passwordLogin,
  type APIError,
} from '../src/index.js';
import { deferred, makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** A token endpoint handing out tok-1, tok-2, ... and recording what it was sent. */
function tokenEndpoint(base: string, options: { expiresIn?: number; delayMs?: number; status?: number } = {}) {
  const calls: { contentType: string | null; body: string; auth: string | null }[] = [];
  server.use(
    http.post(`${base}/oauth/token`, async ({ request }) => {
      calls.push({ contentType: request.headers.get('content-type'), body: await request.text(), auth: request.headers.get('authorization') });
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (options.status) return HttpResponse.json({ error: 'invalid_client', error_description: 'Client authentication failed' }, { status: options.status });
      return HttpResponse.json({ access_token: `tok-${calls.length}`, token_type: 'Bearer', expires_in: options.expiresIn ?? 3600 });
    }),
  );
  return calls;
}

/** An API endpoint echoing the authorization header it got. */
function whoami(base: string) {
  const seen: (string | null)[] = [];
  server.use(
    http.get(`${base}/whoami`, ({ request }) => {
      seen.push(request.headers.get('authorization'));
      return HttpResponse.json({ auth: request.headers.get('authorization') });
    }),
  );
  return seen;
}

function credentials(extra: Partial<Parameters<typeof clientCredentials>[0]> = {}) {
  return clientCredentials({ path: '/oauth/token', clientId: 'my-id', clientSecret: 'my-secret', ...extra });
}

describe('static credentials', () => {
  it('bearerToken with a string', async () => {
    const client = makeClient({ auth: bearerToken('abc123') });
    const seen = whoami(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(seen).toEqual(['Bearer abc123']);
  });

  it('bearerToken with an async supplier, called per request', async () => {
    let n = 0;
    const client = makeClient({ auth: bearerToken(async () => `t${++n}`) });
    const seen = whoami(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/whoami' });
    await client.request({ method: 'GET', path: '/whoami' });
    expect(seen).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('apiKey in x-api-key from a supplier function, without Authorization', async () => {
    const client = makeClient({ auth: apiKey(() => 'key-1', { header: 'x-api-key' }) });
    const got: (string | null)[][] = [];
    server.use(
      http.get(`${client.options.baseUrl}/k`, ({ request }) => {
        got.push([request.headers.get('x-api-key'), request.headers.get('authorization')]);
        return HttpResponse.json({});
      }),
    );
    await client.request({ method: 'GET', path: '/k' });
    expect(got).toEqual([['key-1', null]]);
  });

  it('apiKey with a custom header name and prefix', async () => {
    const client = makeClient({ auth: apiKey('key-2', { header: 'X-Custom-Key', prefix: 'Key' }) });
    const got: (string | null)[] = [];
    server.use(
      http.get(`${client.options.baseUrl}/k`, ({ request }) => {
        got.push(request.headers.get('x-custom-key'));
        return HttpResponse.json({});
      }),
    );
    await client.request({ method: 'GET', path: '/k' });
    expect(got).toEqual(['Key key-2']);
  });

  it('an empty credential is a ConfigurationError and nothing is sent', async () => {
    const client = makeClient({ auth: bearerToken('') });
    const seen = whoami(client.options.baseUrl);
    await expect(client.request({ method: 'GET', path: '/whoami' })).rejects.toBeInstanceOf(ConfigurationError);
    expect(seen).toHaveLength(0);
  });
});

describe('token endpoints', () => {
  it('clientCredentials posts a form by default with the grant fields, no Authorization', async () => {
    const client = makeClient({ auth: credentials({ scope: 'read write' }) });
    const calls = tokenEndpoint(client.options.baseUrl);
    const seen = whoami(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.contentType).toBe('application/x-www-form-urlencoded');
    expect(calls[0]!.auth).toBeNull();
    expect(Object.fromEntries(new URLSearchParams(calls[0]!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'my-id',
      client_secret: 'my-secret',
      scope: 'read write',
    });
    expect(seen).toEqual(['Bearer tok-1']);
  });

  it('clientCredentials posts JSON when asked, with supplier values and extra fields', async () => {
    const client = makeClient({
      auth: credentials({ encoding: 'json', clientSecret: async () => 'vault-secret', extraFields: { audience: 'api' }, headers: { 'x-extra': 'yes' } }),
    });
    const calls = tokenEndpoint(client.options.baseUrl);
    whoami(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls[0]!.contentType).toBe('application/json');
    expect(JSON.parse(calls[0]!.body)).toEqual({ grant_type: 'client_credentials', client_id: 'my-id', client_secret: 'vault-secret', audience: 'api' });
  });

  it('passwordLogin uses the vendor field names', async () => {
    const client = makeClient({
      auth: passwordLogin({ path: '/oauth/token', encoding: 'json', username: 'a@b.c', password: 'pw', fields: { username: 'email', password: 'pass' } }),
    });
    const calls = tokenEndpoint(client.options.baseUrl);
    whoami(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(JSON.parse(calls[0]!.body)).toEqual({ email: 'a@b.c', pass: 'pw' });
  });

  it('passwordLogin defaults to username/password', async () => {
    const client = makeClient({ auth: passwordLogin({ path: '/oauth/token', username: 'u', password: 'p' }) });
    const calls = tokenEndpoint(client.options.baseUrl);
    whoami(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(Object.fromEntries(new URLSearchParams(calls[0]!.body))).toEqual({ username: 'u', password: 'p' });
  });
});

describe('token cache lifetime', () => {
  function clockedClient(expiresIn: number, extra: Partial<Parameters<typeof clientCredentials>[0]> = {}) {
    let now = 1_000_000;
    const client = makeClient({ auth: credentials({ now: () => now, ...extra }) });
    const calls = tokenEndpoint(client.options.baseUrl, { expiresIn });
    const seen = whoami(client.options.baseUrl);
    return { client, calls, seen, advance: (ms: number) => (now += ms) };
  }

  it('reuses a 3600 s token until expiry minus the refresh window, then fetches a new one', async () => {
    const { client, calls, seen, advance } = clockedClient(3600);
    await client.request({ method: 'GET', path: '/whoami' });
    advance(3_000_000);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(1);
    advance(600_000 - 60_000 - 1); // 1 ms before the default 60 s window opens
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(1);
    advance(2);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(2);
    expect(seen).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('a 1800 s token is not treated as 3600 s', async () => {
    const { client, calls, advance } = clockedClient(1800);
    await client.request({ method: 'GET', path: '/whoami' });
    advance(1_800_000 - 60_000 + 1);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(2);
  });

  it('a short-lived token refreshes a tenth of its lifetime early', async () => {
    const { client, calls, advance } = clockedClient(100);
    await client.request({ method: 'GET', path: '/whoami' });
    advance(89_000);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(1);
    advance(2_000);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(2);
  });

  it('honours refreshBeforeExpiryMs', async () => {
    const { client, calls, advance } = clockedClient(3600, { refreshBeforeExpiryMs: 600_000 });
    await client.request({ method: 'GET', path: '/whoami' });
    advance(3_000_000 + 1);
    await client.request({ method: 'GET', path: '/whoami' });
    expect(calls).toHaveLength(2);
  });

  it('100 concurrent calls on a cold cache make exactly 1 token request', async () => {
    const client = makeClient({ auth: credentials() });
    const calls = tokenEndpoint(client.options.baseUrl, { delayMs: 20 });
    const seen = whoami(client.options.baseUrl);
    await Promise.all(Array.from({ length: 100 }, () => client.request({ method: 'GET', path: '/whoami' })));
    expect(calls).toHaveLength(1);
    expect(seen).toHaveLength(100);
    expect(new Set(seen)).toEqual(new Set(['Bearer tok-1']));
  });

  it('100 concurrent calls on an expired cache make exactly 1 more token request', async () => {
    const { client, calls, seen, advance } = clockedClient(3600);
    await client.request({ method: 'GET', path: '/whoami' });
    advance(3_600_001);
    await Promise.all(Array.from({ length: 100 }, () => client.request({ method: 'GET', path: '/whoami' })));
    expect(calls).toHaveLength(2);
    expect(seen.slice(1).every((h) => h === 'Bearer tok-2')).toBe(true);
  });
});

describe('expiry and replay', () => {
  const expiredProfile = {
    isAuthExpired: (error: APIError) =>
      error.status === 401 || (error.status === 400 && (error.body as { error?: { message?: string } })?.error?.message === 'The token has been expired.'),
  };

  it('a pluggable isAuthExpired invalidates, refreshes and replays a POST once with its body intact', async () => {
    const client = makeClient({ auth: credentials() }, expiredProfile);
    const base = client.options.baseUrl;
    const calls = tokenEndpoint(base);
    const bodies: { auth: string | null; body: string; method: string }[] = [];
    server.use(
      http.post(`${base}/things`, async ({ request }) => {
        const auth = request.headers.get('authorization');
        bodies.push({ auth, body: await request.text(), method: request.method });
        if (auth === 'Bearer tok-1') return HttpResponse.json({ error: { message: 'The token has been expired.' } }, { status: 400 });
        return HttpResponse.json({ created: true }, { status: 201 });
      }),
    );
    const body = { name: 'Acme', tags: ['a', 'b'], nested: { n: 1 } };
    await expect(client.request({ method: 'POST', path: '/things', body })).resolves.toEqual({ created: true });
    expect(calls).toHaveLength(2);
    expect(bodies.map((b) => [b.method, b.auth])).toEqual([
      ['POST', 'Bearer tok-1'],
      ['POST', 'Bearer tok-2'],
    ]);
    expect(JSON.parse(bodies[0]!.body)).toEqual(body);
    expect(bodies[1]!.body).toBe(bodies[0]!.body);
  });

  it('a second expiry on the replay is thrown, not looped', async () => {
    const client = makeClient({ auth: credentials(), maxRetries: 3 }, expiredProfile);
    const base = client.options.baseUrl;
    const calls = tokenEndpoint(base);
    let apiCount = 0;
    server.use(
      http.post(`${base}/things`, () => {
        apiCount++;
        return HttpResponse.json({ error: { message: 'The token has been expired.' } }, { status: 400 });
      }),
    );
    const error = await client.request({ method: 'POST', path: '/things', body: { a: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as APIError).vendorMessage).toBe('The token has been expired.');
    expect(apiCount).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('a plain 400 is not treated as expiry', async () => {
    const client = makeClient({ auth: credentials() }, expiredProfile);
    const base = client.options.baseUrl;
    const calls = tokenEndpoint(base);
    let apiCount = 0;
    server.use(
      http.get(`${base}/x`, () => {
        apiCount++;
        return HttpResponse.json({ error: { message: 'Bad field' } }, { status: 400 });
      }),
    );
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toBeInstanceOf(BadRequestError);
    expect([apiCount, calls.length]).toEqual([1, 1]);
  });

  it('a stale 401 (sent with an already replaced token) replays with the new token without refreshing again', async () => {
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    const calls = tokenEndpoint(base);
    const aArrived = deferred();
    const releaseA = deferred();
    const seenA: (string | null)[] = [];
    const seenB: (string | null)[] = [];
    server.use(
      http.get(`${base}/a`, async ({ request }) => {
        const auth = request.headers.get('authorization');
        seenA.push(auth);
        if (auth === 'Bearer tok-1') {
          aArrived.resolve();
          await releaseA.promise;
          return HttpResponse.json({ error: { message: 'expired' } }, { status: 401 });
        }
        return HttpResponse.json({ who: 'a' });
      }),
      http.get(`${base}/b`, ({ request }) => {
        const auth = request.headers.get('authorization');
        seenB.push(auth);
        if (auth === 'Bearer tok-1') return HttpResponse.json({ error: { message: 'expired' } }, { status: 401 });
        return HttpResponse.json({ who: 'b' });
      }),
    );
    const a = client.request({ method: 'GET', path: '/a' });
    await aArrived.promise;
    await expect(client.request({ method: 'GET', path: '/b' })).resolves.toEqual({ who: 'b' });
    expect(calls).toHaveLength(2);
    releaseA.resolve();
    await expect(a).resolves.toEqual({ who: 'a' });
    expect(seenA).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(seenB).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(calls).toHaveLength(2);
  });

  it('TokenAuth.invalidate with a stale generation keeps the current token', async () => {
    let n = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: `t${++n}` }) });
    const context = { request: () => { throw new Error('unused'); } } as never;
    const h = new Headers();
    const g1 = await auth.authorize(h, context);
    expect(auth.invalidate(g1)).toBe(true);
    const g2 = await auth.authorize(h, context);
    expect(g2).not.toBe(g1);
    expect(auth.invalidate(g1)).toBe(true);
    await auth.authorize(h, context);
    expect(h.get('authorization')).toBe('Bearer t2');
    expect(auth.fetchCount).toBe(2);
  });
});

describe('token endpoint failures and aborts', () => {
  it('a 401 from the token endpoint is an AuthenticationError with a helpful message, not retried into a loop', async () => {
    const client = makeClient({ auth: credentials(), maxRetries: 2 });
    const base = client.options.baseUrl;
    const calls = tokenEndpoint(base, { status: 401 });
    const seen = whoami(base);
    const error = await client.request({ method: 'GET', path: '/whoami' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const message = (error as Error).message;
    expect(message).toContain('401');
    expect(message).toContain('/oauth/token');
    expect(message).toContain('invalid_client');
    expect(message).toMatch(/Obtaining an access token failed: check the credentials/);
    expect(calls).toHaveLength(1);
    expect(seen).toHaveLength(0);
    // The next call tries again (once), it does not reuse a failure forever.
    await expect(client.request({ method: 'GET', path: '/whoami' })).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls).toHaveLength(2);
  });

  it("one caller's abort does not abort the shared token fetch for the others", async () => {
    const client = makeClient({ auth: credentials() });
    const base = client.options.baseUrl;
    const calls = tokenEndpoint(base, { delayMs: 100 });
    const seen = whoami(base);
    const controller = new AbortController();
    const first = client.request({ method: 'GET', path: '/whoami' }, { signal: controller.signal });
    const second = client.request({ method: 'GET', path: '/whoami' });
    setTimeout(() => controller.abort(), 10);
    await expect(first).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(second).resolves.toEqual({ auth: 'Bearer tok-1' });
    expect(calls).toHaveLength(1);
    expect(seen).toEqual(['Bearer tok-1']);
  });
});
