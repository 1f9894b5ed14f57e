// Token endpoints as users meet them: the request each grant sends, how the
// answer is read, which credentials are scrubbed, and what a failure advises.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  ResponseValidationError,
  apiKey,
  bearerToken,
  clientCredentials,
  parseOAuthToken,
  passwordLogin,
  tokenEndpointAuth,
  tokenErrorHint,
  type APIError,
} from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

describe('what each grant sends', () => {
  function capture(base: string, answer: () => Response = () => HttpResponse.json({ access_token: 'tok', expires_in: 3600 })) {
    const seen: { body: string; headers: Headers }[] = [];
    server.use(
      http.post(`${base}/token`, async ({ request }) => {
        seen.push({ body: await request.text(), headers: request.headers });
        return answer();
      }),
      http.get(`${base}/me`, ({ request }) => HttpResponse.json({ auth: request.headers.get('authorization') })),
    );
    return seen;
  }

  it('clientCredentials with a scope sends it; without one, no scope field at all', async () => {
    const scoped = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec', scope: 'read write' }) });
    const seenScoped = capture(scoped.options.baseUrl);
    await scoped.request({ method: 'GET', path: '/me' });
    expect(seenScoped[0]!.body).toBe('grant_type=client_credentials&client_id=id&client_secret=sec&scope=read+write');

    const plain = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec' }) });
    const seenPlain = capture(plain.options.baseUrl);
    await plain.request({ method: 'GET', path: '/me' });
    expect(seenPlain[0]!.body).toBe('grant_type=client_credentials&client_id=id&client_secret=sec');
  });

  it('extra headers go with the token request only', async () => {
    const client = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec', headers: { 'x-version': '7' } }) });
    const seen = capture(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/me' });
    expect(seen[0]!.headers.get('x-version')).toBe('7');
    expect(seen[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it('passwordLogin with vendor field names and extra fields (suppliers resolved)', async () => {
    const client = makeClient({
      auth: passwordLogin({
        path: '/token',
        encoding: 'json',
        username: async () => 'ann@example.com',
        password: 'pw-123456',
        fields: { username: 'email', password: 'passphrase_value' },
        extraFields: { tenant: () => 't-1' },
      }),
    });
    const seen = capture(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/me' });
    expect(JSON.parse(seen[0]!.body)).toEqual({ email: 'ann@example.com', passphrase_value: 'pw-123456', tenant: 't-1' });
  });

  it("a custom password field's value is scrubbed from errors even though its name does not look secret", async () => {
    const client = makeClient({
      auth: passwordLogin({ path: '/token', username: 'ann', password: 'hunter2-xyz', fields: { password: 'pin' } }),
    });
    capture(client.options.baseUrl, () => HttpResponse.json({ message: 'wrong pin hunter2-xyz for ann' }, { status: 400 }));
    const error = (await client.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e)) as APIError;
    expect(error.message).toContain(`wrong pin ${REDACTED} for ann`);
    expect(JSON.stringify(error.body)).not.toContain('hunter2-xyz');
  });

  it('tokenEndpointAuth scrubs credential-looking fields and those named in secretFields, and no empty value', async () => {
    const client = makeClient({
      auth: tokenEndpointAuth(
        { path: '/token', encoding: 'json' },
        async () => ({ api_secret: 'S3CR3T-1', code: 'C0DE-22', user: 'ann', empty_secret: '' }),
        ['code'],
      ),
    });
    capture(client.options.baseUrl, () => HttpResponse.json({ echo: 'S3CR3T-1 C0DE-22 ann' }, { status: 400 }));
    const error = (await client.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ echo: `${REDACTED} ${REDACTED} ann` });
  });

  it('a parseToken of the vendor reads its own shape', async () => {
    const client = makeClient({
      auth: tokenEndpointAuth({ path: '/token', parseToken: (body) => ({ accessToken: (body as { jwt: string }).jwt }) }, async () => ({ user: 'ann' })),
    });
    capture(client.options.baseUrl, () => HttpResponse.json({ jwt: 'jwt-1' }));
    await expect(client.request({ method: 'GET', path: '/me' })).resolves.toEqual({ auth: 'Bearer jwt-1' });
  });

  it('a token request that fails with a 503 is retried, as a GET would be', async () => {
    const client = makeClient({ maxRetries: 1, auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec' }) });
    let n = 0;
    capture(client.options.baseUrl, () => (++n === 1 ? HttpResponse.json({}, { status: 503, headers: { 'retry-after': '0' } }) : HttpResponse.json({ access_token: 'tok' })));
    await expect(client.request({ method: 'GET', path: '/me' })).resolves.toEqual({ auth: 'Bearer tok' });
    expect(n).toBe(2);
  });
});

describe('reading the token response', () => {
  it('takes expires_in as a number or a numeric string; anything else means no known lifetime', () => {
    expect(parseOAuthToken({ access_token: 't', expires_in: 60, token_type: 'Bearer' })).toEqual({ accessToken: 't', expiresIn: 60, tokenType: 'Bearer' });
    expect(parseOAuthToken({ access_token: 't', expires_in: '60' }).expiresIn).toBe(60);
    expect(parseOAuthToken({ access_token: 't', expires_in: 'soon' }).expiresIn).toBeUndefined();
    expect(parseOAuthToken({ access_token: 't' }).expiresIn).toBeUndefined();
    expect(parseOAuthToken({ access_token: 't', expires_in: null }).expiresIn).toBeUndefined();
    expect(parseOAuthToken({ access_token: 't', token_type: 5 }).tokenType).toBeUndefined();
  });

  it.each([[{}], [{ access_token: '' }], [{ access_token: 42 }], [null], [undefined]])('a response without a token (%j) is a ResponseValidationError', (body) => {
    expect(() => parseOAuthToken(body)).toThrow(ResponseValidationError);
    expect(() => parseOAuthToken(body)).toThrow(/access_token/);
  });
});

describe('what a failed token request advises', () => {
  const hint = (status: number, body: unknown = {}, contentType: string | null = 'application/json') => tokenErrorHint({ status, body, contentType });

  it('a 404, or an HTML page, points at baseUrl', () => {
    expect(hint(404)).toMatch(/token endpoint was not found at this address. Check baseUrl/);
    expect(hint(200, '<html>', 'text/plain')).toMatch(/Check baseUrl/);
    expect(hint(500, '  <!doctype html>', null)).toMatch(/Check baseUrl/);
    expect(hint(403, 'denied', 'text/HTML; charset=utf-8')).toMatch(/Check baseUrl/);
  });

  it.each([400, 401, 403])('a %i blames the credentials', (status) => {
    expect(hint(status)).toMatch(/check the credentials \(client id and secret, or username and password\)/);
  });

  it('a 429 says the endpoint is rate limiting; a 5xx that it is failing', () => {
    expect(hint(429)).toBe('Obtaining an access token failed: the token endpoint is rate limiting; retry later');
    expect(hint(503)).toBe('Obtaining an access token failed: the token endpoint is failing; retry later');
    expect(hint(502, 'Bad gateway', 'text/plain')).toMatch(/is failing/);
  });

  it('the advice ends the error message the user sees', async () => {
    const client = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec' }) });
    server.use(http.post(`${client.options.baseUrl}/token`, () => HttpResponse.json({ error: 'invalid_client' }, { status: 401 })));
    const error = (await client.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e)) as APIError;
    expect(error.message).toMatch(/check the credentials .* the client was created with\.$/);
  });
});

describe('static credentials', () => {
  it('apiKey: x-api-key by default, no prefix; a prefix is followed by one space', async () => {
    const seen: Headers[] = [];
    const client = makeClient({ auth: apiKey('k-1') });
    const prefixed = makeClient({ auth: apiKey('k-2', { header: 'authorization', prefix: 'Token' }) });
    for (const c of [client, prefixed]) {
      server.use(
        http.get(`${c.options.baseUrl}/me`, ({ request }) => {
          seen.push(request.headers);
          return HttpResponse.json({});
        }),
      );
      await c.request({ method: 'GET', path: '/me' });
    }
    expect(seen[0]!.get('x-api-key')).toBe('k-1');
    expect(seen[1]!.get('authorization')).toBe('Token k-2');
    expect(seen[1]!.has('x-api-key')).toBe(false);
  });

  it.each([[''], ['   '], [() => '']])('an empty credential (%j) says which header it was for', async (value) => {
    const client = makeClient({ auth: apiKey(value as string, { header: 'x-partner-key' }) });
    await expect(client.request({ method: 'GET', path: '/me' })).rejects.toThrow(
      'The x-partner-key credential is empty. Pass a non-empty token or API key when creating the client.',
    );
  });

  it('a fixed token is not replayed after a 401 (it cannot have changed); a supplier is asked again and the call replayed once', async () => {
    let fixedCalls = 0;
    const fixed = makeClient({ auth: bearerToken('fixed-token') });
    server.use(
      http.get(`${fixed.options.baseUrl}/me`, () => {
        fixedCalls++;
        return HttpResponse.json({}, { status: 401 });
      }),
    );
    await expect(fixed.request({ method: 'GET', path: '/me' })).rejects.toMatchObject({ status: 401 });
    expect(fixedCalls).toBe(1);

    let version = 0;
    const rotating = makeClient({ auth: bearerToken(() => `rotating-${++version}`) });
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${rotating.options.baseUrl}/me`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return seen.length === 1 ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ ok: true });
      }),
    );
    await expect(rotating.request({ method: 'GET', path: '/me' })).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['Bearer rotating-1', 'Bearer rotating-2']);
  });

  it('the value a supplier last returned is scrubbed from errors', async () => {
    const client = makeClient({ auth: apiKey(() => 'supplied-key-789') });
    server.use(http.get(`${client.options.baseUrl}/me`, () => HttpResponse.json({ note: 'key supplied-key-789 unknown' }, { status: 403 })));
    const error = (await client.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ note: `key ${REDACTED} unknown` });
  });
});
