// Which header wins when the SDK's defaults, the client's `headers` option, a
// call's `headers` option and an operation's own headers name the same header,
// and that one call's headers never leak into the next (the client's headers are
// prepared once and copied per call).
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { TokenAuth, type ClientOptions, type RequestSpec } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** A client whose every request is recorded; `/file` answers text, the rest JSON. */
function recording(options: Partial<ClientOptions> = {}, profile = {}) {
  const client = makeClient(options, profile);
  const seen: Headers[] = [];
  server.use(
    http.all(`${client.options.baseUrl}/*`, ({ request }) => {
      seen.push(request.headers);
      return request.url.endsWith('/file') ? new HttpResponse('%PDF', { headers: { 'content-type': 'application/pdf' } }) : HttpResponse.json({ ok: true });
    }),
  );
  return { client, seen };
}

const file: RequestSpec = { method: 'GET', path: '/file', responseType: 'binary' };
const post: RequestSpec = { method: 'POST', path: '/things', body: { name: 'a' } };

describe('accept', () => {
  it('a JSON call asks for application/json, a binary or text call for */*', async () => {
    const { client, seen } = recording();
    await client.request({ method: 'GET', path: '/json' });
    await client.request(file);
    await client.request({ method: 'GET', path: '/file', responseType: 'text' });
    expect(seen.map((h) => h.get('accept'))).toEqual(['application/json', '*/*', '*/*']);
  });

  it("a client's accept header wins over the binary default, written in any case", async () => {
    const { client, seen } = recording({ headers: { Accept: 'application/pdf' } });
    await client.request(file);
    await client.request({ method: 'GET', path: '/json' });
    expect(seen.map((h) => h.get('accept'))).toEqual(['application/pdf', 'application/pdf']);
  });

  it("a call's accept header wins over the binary default", async () => {
    const { client, seen } = recording();
    await client.request(file, { headers: { accept: 'application/pdf' } });
    expect(seen[0]!.get('accept')).toBe('application/pdf');
  });

  it('a client header set to null removes accept, on binary calls too', async () => {
    const { client, seen } = recording({ headers: { accept: null } });
    await client.request(file);
    await client.request({ method: 'GET', path: '/json' });
    // fetch adds its own */* when no accept is given
    expect(seen.map((h) => h.get('accept'))).toEqual(['*/*', '*/*']);
  });
});

describe('content-type and idempotency key', () => {
  it("the body's content-type is sent unless the client's headers name one", async () => {
    const plain = recording();
    await plain.client.request(post);
    expect(plain.seen[0]!.get('content-type')).toBe('application/json');
    const custom = recording({ headers: { 'Content-Type': 'application/vnd.api+json' } });
    await custom.client.request(post);
    expect(custom.seen[0]!.get('content-type')).toBe('application/vnd.api+json');
  });

  it("the idempotency key goes under the profile's header unless the client's headers set that header", async () => {
    const plain = recording({}, { idempotencyHeader: 'Idempotency-Key' });
    await plain.client.request(post, { idempotencyKey: 'key-1' });
    expect(plain.seen[0]!.get('idempotency-key')).toBe('key-1');
    const fixed = recording({ headers: { 'idempotency-key': 'from-client' } }, { idempotencyHeader: 'Idempotency-Key' });
    await fixed.client.request(post, { idempotencyKey: 'key-2' });
    expect(fixed.seen[0]!.get('idempotency-key')).toBe('from-client');
  });

  it("an operation's headers win over the client's and the call's", async () => {
    const { client, seen } = recording({ headers: { 'x-scope': 'client' } });
    await client.request({ method: 'GET', path: '/json', headers: { 'x-scope': 'operation' } }, { headers: { 'x-scope': 'call' } });
    await client.request({ method: 'GET', path: '/json', headers: { 'x-scope': null } });
    expect(seen[0]!.get('x-scope')).toBe('operation');
    expect(seen[1]!.has('x-scope')).toBe(false);
  });
});

describe('one call does not change the next', () => {
  it("a call's headers and an operation's removal apply to that call only", async () => {
    const { client, seen } = recording({ headers: { 'x-team': 'billing' } });
    await client.request({ method: 'GET', path: '/json' }, { headers: { 'x-trace': 't-1', 'x-team': 'ops' } });
    await client.request({ method: 'GET', path: '/json', headers: { 'x-team': null } });
    await client.request(post);
    await client.request({ method: 'GET', path: '/json' });
    expect(seen.map((h) => [h.get('x-trace'), h.get('x-team'), h.get('content-type')])).toEqual([
      ['t-1', 'ops', null],
      [null, null, null],
      [null, 'billing', 'application/json'],
      [null, 'billing', null],
    ]);
  });

  it('the version header follows a call that overrides it, then returns to the default', async () => {
    const { client, seen } = recording();
    await client.request({ method: 'GET', path: '/json' }, { apiVersion: '2030-01-01' });
    await client.request({ method: 'GET', path: '/json' });
    expect(seen.map((h) => h.get('x-test-version'))).toEqual(['2030-01-01', '2024-01-01']);
  });

  it('the authorization of one attempt is not left for the next call', async () => {
    let token = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: `tok-${++token}`, expiresIn: 3600 }) });
    const { client, seen } = recording({ auth });
    await client.request({ method: 'GET', path: '/json' });
    auth.clear();
    await client.request({ method: 'GET', path: '/json' });
    await client.request({ method: 'GET', path: '/json', auth: false });
    expect(seen.map((h) => h.get('authorization'))).toEqual(['Bearer tok-1', 'Bearer tok-2', null]);
  });
});

describe('TokenAuth.authorize', () => {
  it('answers with the generation itself while the token is cached, and with a promise when it must fetch', async () => {
    let now = 0;
    const auth = new TokenAuth({ fetchToken: async () => ({ accessToken: 'tok', expiresIn: 100 }), now: () => now, refreshBeforeExpiryMs: 0 });
    const context = { request: () => Promise.reject(new Error('unused')) as never };
    const headers = new Headers();
    const first = auth.authorize(headers, context);
    expect(first).toBeInstanceOf(Promise);
    const generation = await first;
    const cached = auth.authorize(new Headers(), context);
    expect(cached).toBe(generation);
    now = 100_000;
    const refreshed = auth.authorize(headers, context);
    expect(refreshed).toBeInstanceOf(Promise);
    expect(await refreshed).toBe(generation + 1);
    expect(headers.get('authorization')).toBe('Bearer tok');
  });
});
