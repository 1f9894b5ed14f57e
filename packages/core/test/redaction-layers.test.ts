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

describe('credentials of this request, echoed back', () => {
  it('only credential-like fields count: other values sent are not scrubbed from the error', async () => {
    const error = await errorFor({
      method: 'POST',
      path: '/things?status=overdue&api_key=QUERY-KEY-1',
      requestBody: { name: 'Ada Lovelace', password: 'pw-123456', count: 12345 },
      body: { message: 'Ada Lovelace, overdue, 12345, pw-123456, QUERY-KEY-1' },
    });
    expect(error.body).toEqual({ message: `Ada Lovelace, overdue, 12345, ${REDACTED}, ${REDACTED}` });
  });

  it('credentials inside arrays and inside a credentials object are found', async () => {
    const error = await errorFor({
      method: 'POST',
      requestBody: { users: [{ name: 'a', password: 'array-pw-1' }], credentials: { user: 'b', password: 'nested-pw-2' } },
      body: { message: 'array-pw-1 nested-pw-2' },
    });
    expect(error.body).toEqual({ message: `${REDACTED} ${REDACTED}` });
  });

  it('credential fields are looked for up to 5 levels deep in the request body (the walk is bounded)', async () => {
    const nest = (depth: number, leaf: object): object => (depth === 0 ? leaf : { level: nest(depth - 1, leaf) });
    const error = await errorFor({
      method: 'POST',
      requestBody: { a: nest(4, { secret: 'depth-5-secret' }), b: nest(6, { secret: 'depth-7-secret' }) },
      body: { message: 'depth-5-secret depth-7-secret' },
    });
    expect(error.body).toEqual({ message: `${REDACTED} depth-7-secret` });
  });

  it('a form body: its credential fields are scrubbed from the error', async () => {
    const client = makeClient();
    server.use(http.post(`${client.options.baseUrl}/token`, () => HttpResponse.json({ message: 'bad secret form-secret-1 for id-1' }, { status: 400 })));
    const error = (await client
      .request({ method: 'POST', path: '/token', bodyType: 'form', body: { client_id: 'id-1', client_secret: 'form-secret-1' } })
      .catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ message: `bad secret ${REDACTED} for id-1` });
  });

  it('a class instance sent as a multipart body: its credential fields are scrubbed too', async () => {
    class Upload {
      constructor(
        readonly title: string,
        readonly api_key: string,
      ) {}
    }
    const client = makeClient();
    server.use(http.post(`${client.options.baseUrl}/files`, () => HttpResponse.json({ message: 'key mp-key-77 refused' }, { status: 403 })));
    const error = (await client
      .request({ method: 'POST', path: '/files', bodyType: 'multipart', body: new Upload('doc', 'mp-key-77') })
      .catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ message: `key ${REDACTED} refused` });
  });

  it('secrets of 4 characters or more are scrubbed; shorter ones are not (they would cut up every message)', async () => {
    expect((await errorFor({ token: 'abcd', body: { message: 'token abcd' } })).body).toEqual({ message: `token ${REDACTED}` });
    expect((await errorFor({ token: 'abc', body: { message: 'token abc, abcde' } })).body).toEqual({ message: 'token abc, abcde' });
  });
});

describe('paths in messages', () => {
  const offline: typeof fetch = async () => {
    throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
  };

  it('a query credential in the path is redacted where the call is named', async () => {
    const client = makeClient({ fetch: offline });
    const error = (await client.request({ method: 'GET', path: '/items?token=abc123&page=2' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^GET \/items\?token=%5BREDACTED%5D&page=2 failed/);
    expect(error.message).not.toContain('abc123');
  });

  it('a relative path whose query holds a URL is still a relative path', async () => {
    const client = makeClient({ fetch: offline });
    const error = (await client.request({ method: 'GET', path: '/redirect?to=https://x.test/&token=abc123' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^GET \/redirect\?to=https%3A%2F%2Fx.test%2F&token=%5BREDACTED%5D failed/);
  });

  it('an absolute URL as the path is named as the URL it is, with its credentials redacted', async () => {
    const client = makeClient({ fetch: offline });
    const error = (await client.request({ method: 'GET', path: 'HTTP://Other.TEST/x?token=abc123' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^GET http:\/\/other.test\/x\?token=%5BREDACTED%5D failed/);
  });

  it('a shared array in a body is copied in both places, not taken for a cycle', () => {
    const tags = ['a', { password: 'p' }];
    expect(redactBody({ x: tags, y: tags })).toEqual({ x: ['a', { password: REDACTED }], y: ['a', { password: REDACTED }] });
  });
});
