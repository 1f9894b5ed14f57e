import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { REDACTED, bearerToken, redactBody, redactHeaders, redactUrl, type APIError } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** The APIError of one call answered with `status`, `body` and `headers`. */
async function errorFor(options: {
  body: unknown;
  headers?: Record<string, string>;
  token?: string;
  path?: string;
  requestBody?: unknown;
  method?: 'GET' | 'POST';
}): Promise<APIError> {
  const client = makeClient(options.token ? { auth: bearerToken(options.token) } : {});
  const base = client.options.baseUrl;
  const respond = () =>
    typeof options.body === 'string'
      ? new HttpResponse(options.body, { status: 400, headers: { 'content-type': 'text/plain', ...options.headers } })
      : HttpResponse.json(options.body as never, { status: 400, headers: options.headers });
  server.use(http.get(`${base}/*`, respond), http.post(`${base}/*`, respond));
  const method = options.method ?? 'GET';
  return (await client
    .request({ method, path: options.path ?? '/things', ...(method === 'POST' ? { body: options.requestBody ?? {} } : {}) })
    .catch((e: unknown) => e)) as APIError;
}

describe('credentials the client never held, by field name (key-based redaction)', () => {
  const names = [
    'apiKey', 'api_key', 'api-key', 'apikey', 'x_api_key',
    'password', 'pass', 'passphrase', 'new_password',
    'privateKey', 'private_key', 'private-key', 'privatekey',
    'client_secret', 'secret', 'access_token', 'refresh_token', 'id_token',
    'authorization', 'cookie', 'credentials', 'signature', 'webhook_signature',
  ];

  it.each(names)('a %s field in an error body is redacted, however deep', async (name) => {
    const error = await errorFor({ body: { [name]: 'vendor-value-1', nested: { list: [{ [name]: 'vendor-value-2' }] } } });
    expect(error.body).toEqual({ [name]: REDACTED, nested: { list: [{ [name]: REDACTED }] } });
    expect(JSON.stringify(error)).not.toContain('vendor-value');
  });

  it('a field that only starts or ends like a described credential is still redacted', async () => {
    const body = { refresh_token_type: 'x', grant_type_secret: 'y', my_expires_in_token: 'z' };
    expect((await errorFor({ body })).body).toEqual({ refresh_token_type: REDACTED, grant_type_secret: REDACTED, my_expires_in_token: REDACTED });
  });

  it('fields that only describe a credential, and ordinary fields, stay readable', async () => {
    const body = {
      token_type: 'Bearer',
      grant_type: 'client_credentials',
      expires_in: 3600,
      next_page_token: 'p2',
      pagination_token: 'p3',
      prev_pagination_token: 'p1',
      page_token: 'p4',
      name: 'Acme',
      amount: 5,
    };
    expect((await errorFor({ body })).body).toEqual(body);
  });

  it('empty and null credential fields are left as they are (nothing to hide)', async () => {
    expect((await errorFor({ body: { password: '', api_key: null } })).body).toEqual({ password: '', api_key: null });
  });

  it('headers that only mention a credential header in their name stay readable', async () => {
    const headers = { 'cookie-policy': 'strict', 'x-authorization-scheme': 'bearer', 'x-api-key-id': 'key-17' };
    const error = await errorFor({ body: {}, headers });
    expect(error.headers).toMatchObject(headers);
  });

  it.each(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'x-auth-token', 'x-access-token', 'x-client-secret', 'X-Api-Key'])(
    'redactHeaders hides %s',
    (name) => {
      expect(redactHeaders({ [name]: 'value' })).toEqual({ [name]: REDACTED });
    },
  );

  it('a credential header in the response is redacted; other headers are kept', async () => {
    const error = await errorFor({ body: {}, headers: { 'x-api-key': 'k-123', 'set-cookie': 'sid=abc', 'x-trace': 'trace-1' } });
    expect(error.headers['x-api-key']).toBe(REDACTED);
    expect(error.headers['set-cookie']).toBe(REDACTED);
    expect(error.headers['x-trace']).toBe('trace-1');
  });
});

describe('credentials the client holds or sent, by value (value-based scrubbing)', () => {
  it("the client's own token echoed in an innocently named field is scrubbed", async () => {
    const error = await errorFor({ token: 'tok-held-123456', body: { detail: 'token tok-held-123456 was revoked', echo: ['tok-held-123456'] } });
    expect(error.body).toEqual({ detail: `token ${REDACTED} was revoked`, echo: [REDACTED] });
  });

  it("the client's own token echoed in a response header is scrubbed", async () => {
    const error = await errorFor({ token: 'tok-held-123456', body: {}, headers: { 'x-debug': 'auth=tok-held-123456' } });
    expect(error.headers['x-debug']).toBe(`auth=${REDACTED}`);
  });

  it('a query credential of this request, echoed back, is scrubbed from the body and the URL', async () => {
    const error = await errorFor({ path: '/things?api_key=QUERY-SECRET-9&page=2', body: { message: 'bad key QUERY-SECRET-9' } });
    expect(error.body).toEqual({ message: `bad key ${REDACTED}` });
    expect(error.message).not.toContain('QUERY-SECRET-9');
    expect(error.url).toContain('page=2');
    expect(error.url).not.toContain('QUERY-SECRET-9');
  });

  it('a credential field of the request body, echoed back, is scrubbed', async () => {
    const error = await errorFor({
      method: 'POST',
      requestBody: { user: { name: 'ann', password: 'hunter2-xyz' } },
      body: { message: 'password hunter2-xyz is too weak', received: { name: 'ann' } },
    });
    expect(error.body).toEqual({ message: `password ${REDACTED} is too weak`, received: { name: 'ann' } });
  });

  it('the vendor message shown in error.message is scrubbed too', async () => {
    const error = await errorFor({ token: 'tok-held-123456', body: { message: 'rejected tok-held-123456' } });
    expect(error.message).toContain(`rejected ${REDACTED}`);
    expect(error.message).not.toContain('tok-held-123456');
  });

  it('a Bearer or Basic credential the client never held is cut from free text', async () => {
    const error = await errorFor({ body: 'Authorization was Bearer abcdefgh12345678 and Basic dXNlcjpwYXNz' });
    expect(error.body).toBe(`Authorization was Bearer ${REDACTED} and Basic ${REDACTED}`);
  });
});

describe('non-JSON error bodies', () => {
  it('are kept as text, cut at 2,000 characters', async () => {
    const error = await errorFor({ body: 'x'.repeat(5000) });
    expect(error.body).toBe('x'.repeat(2000));
  });

  it('an empty error body is undefined', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/things`, () => new HttpResponse(null, { status: 400 })));
    const error = (await client.request({ method: 'GET', path: '/things' }).catch((e: unknown) => e)) as APIError;
    expect(error.body).toBeUndefined();
  });
});

describe('the redaction helpers on their own', () => {
  it('redactUrl hides user info and credential query values, and leaves a non-URL as it is', () => {
    expect(redactUrl('https://ann:pw@api.test/x?token=abc&page=2&token=def')).toBe(
      `https://REDACTED:REDACTED@api.test/x?token=${encodeURIComponent(REDACTED)}&page=2`,
    );
    expect(redactUrl('https://ann@api.test/x')).toBe('https://REDACTED@api.test/x');
    expect(redactUrl('not a url ?token=abc')).toBe('not a url ?token=abc');
  });

  it('redactHeaders accepts Headers, a plain object, extra names, or nothing', () => {
    expect(redactHeaders(new Headers({ Authorization: 'Bearer x', 'x-entity-id': 'e1' }))).toEqual({ authorization: REDACTED, 'x-entity-id': 'e1' });
    expect(redactHeaders({ 'X-Partner-Key': 'k', accept: '*/*' }, ['x-partner-key'])).toEqual({ 'X-Partner-Key': REDACTED, accept: '*/*' });
    expect(redactHeaders(undefined)).toEqual({});
  });

  it('redactBody cuts cycles, keeps class instances and primitives as they are', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic['self'] = cyclic;
    expect(redactBody(cyclic)).toEqual({ name: 'a', self: '[Circular]' });
    const date = new Date(0);
    expect(redactBody({ at: date, secret: 's' })).toEqual({ at: date, secret: REDACTED });
    expect(redactBody(Object.assign(Object.create(null) as object, { token: 't' }))).toEqual({ token: REDACTED });
    expect(redactBody('text')).toBe('text');
    expect(redactBody(null)).toBeNull();
  });

  it('the same object twice (not a cycle) is redacted in both places', () => {
    const shared = { password: 'p', id: 1 };
    expect(redactBody({ a: shared, b: [shared] })).toEqual({ a: { password: REDACTED, id: 1 }, b: [{ password: REDACTED, id: 1 }] });
    const list: unknown[] = [1];
    list.push(list);
    expect(redactBody(list)).toEqual([1, '[Circular]']);
  });
});
