import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  APITimeoutError,
  APIUserAbortError,
  ConfigurationError,
  HttpClient,
  ResponseValidationError,
  bearerToken,
  clientCredentials,
} from '../src/index.js';
import { captureLogger, makeClient, testProfile, uniqueBase, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** Echoes what the server received. */
function echo(base: string, path = '/echo') {
  const seen: Request[] = [];
  server.use(
    http.all(`${base}${path}`, ({ request }) => {
      seen.push(request.clone());
      return HttpResponse.json({ headers: Object.fromEntries(request.headers), url: request.url });
    }),
  );
  return seen;
}

describe('baseUrl', () => {
  it('joins the client baseUrl with the path and query', async () => {
    const base = uniqueBase();
    const seen = echo(`${base}/v1`, '/things');
    const client = makeClient({ baseUrl: `${base}/v1/` });
    await client.request({ method: 'GET', path: '/things', query: { a: 1, b: ['x', 'y'], c: undefined } });
    expect(seen[0]!.url).toBe(`${base}/v1/things?a=1&b=x&b=y`);
  });

  it('is overridden per request', async () => {
    const other = uniqueBase();
    const seen = echo(other, '/things');
    const client = makeClient();
    await client.request({ method: 'GET', path: '/things' }, { baseUrl: other });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${other}/things`);
  });

  it.each([['not a url'], ['ftp://example.com'], ['/relative'], ['']])('rejects %j with ConfigurationError', (baseUrl) => {
    expect(() => new HttpClient(testProfile, { baseUrl })).toThrow(ConfigurationError);
  });

  it('rejects a missing baseUrl with ConfigurationError', () => {
    expect(() => new HttpClient(testProfile, {} as never)).toThrow(/baseUrl must be an absolute http\(s\) URL/);
  });
});

describe('headers', () => {
  it('merges client and request headers; a request value overrides the client one', async () => {
    const client = makeClient({ headers: { 'x-a': 'client', 'x-b': 'client' } });
    const seen = echo(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/echo' }, { headers: { 'x-b': 'request', 'x-c': 'request' } });
    expect(seen[0]!.headers.get('x-a')).toBe('client');
    expect(seen[0]!.headers.get('x-b')).toBe('request');
    expect(seen[0]!.headers.get('x-c')).toBe('request');
  });

  it('null removes a header the SDK would send (client and request level)', async () => {
    const client = makeClient({ headers: { 'x-test-version': null } });
    const seen = echo(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/echo' });
    await client.request({ method: 'GET', path: '/echo' }, { headers: { 'user-agent': null, 'x-test-version': '2030-01-01' } });
    expect(seen[0]!.headers.has('x-test-version')).toBe(false);
    expect(seen[0]!.headers.get('user-agent')).toContain('@x/test-sdk');
    expect(seen[1]!.headers.get('x-test-version')).toBe('2030-01-01');
    expect(seen[1]!.headers.get('user-agent') ?? '').not.toContain('@x/test-sdk');
  });

  it('a request null removes a client header', async () => {
    const client = makeClient({ headers: { 'x-tenant': 't1' } });
    const seen = echo(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/echo' }, { headers: { 'x-tenant': null } });
    expect(seen[0]!.headers.has('x-tenant')).toBe(false);
  });
});

describe('timeout, maxRetries, signal', () => {
  it('client timeout applies, and a request timeout overrides it', async () => {
    const client = makeClient({ timeout: 30 });
    server.use(
      http.get(`${client.options.baseUrl}/slow`, async () => {
        await new Promise((r) => setTimeout(r, 150));
        return HttpResponse.json({ ok: true });
      }),
    );
    const error = await client.request({ method: 'GET', path: '/slow' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as APITimeoutError).timeoutMs).toBe(30);
    await expect(client.request({ method: 'GET', path: '/slow' }, { timeout: 2_000 })).resolves.toEqual({ ok: true });
  });

  it('client maxRetries applies, and a request maxRetries overrides it', async () => {
    const client = makeClient({ maxRetries: 1 });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/flaky`, () => {
        count++;
        return HttpResponse.json({ error: { message: 'down' } }, { status: 503, headers: { 'retry-after-ms': '0' } });
      }),
    );
    await expect(client.request({ method: 'GET', path: '/flaky' })).rejects.toThrow(/503/);
    expect(count).toBe(2);
    count = 0;
    await expect(client.request({ method: 'GET', path: '/flaky' }, { maxRetries: 3 })).rejects.toThrow(/503/);
    expect(count).toBe(4);
    count = 0;
    await expect(client.request({ method: 'GET', path: '/flaky' }, { maxRetries: 0 })).rejects.toThrow(/503/);
    expect(count).toBe(1);
  });

  it('a client signal and a request signal both abort', async () => {
    const clientAbort = new AbortController();
    const client = makeClient({ signal: clientAbort.signal });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/x`, () => {
        count++;
        return HttpResponse.json({});
      }),
    );
    const requestAbort = new AbortController();
    requestAbort.abort();
    await expect(client.request({ method: 'GET', path: '/x' }, { signal: requestAbort.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    clientAbort.abort();
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(count).toBe(0);
  });
});

describe('validation mode, logger, apiVersion', () => {
  const schema = z.object({ id: z.string() });

  it('client validation mode applies and a request mode overrides it', async () => {
    const client = makeClient({ validation: 'strict' });
    server.use(http.get(`${client.options.baseUrl}/bad`, () => HttpResponse.json({ id: 42 })));
    await expect(client.request({ method: 'GET', path: '/bad', responseSchema: schema })).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(client.request({ method: 'GET', path: '/bad', responseSchema: schema }, { validation: 'off' })).resolves.toEqual({ id: 42 });
  });

  it('a request logger and level override the client ones', async () => {
    const clientLog = captureLogger();
    const requestLog = captureLogger();
    const client = makeClient({ logger: clientLog.logger, logLevel: 'debug' });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({})));
    await client.request({ method: 'GET', path: '/x' });
    expect(clientLog.lines.filter((l) => l.level === 'debug')).toHaveLength(1);
    await client.request({ method: 'GET', path: '/x' }, { logger: requestLog.logger });
    expect(requestLog.lines).toHaveLength(1);
    expect(clientLog.lines).toHaveLength(1);
    await client.request({ method: 'GET', path: '/x' }, { logLevel: 'warn' });
    expect(clientLog.lines).toHaveLength(1);
  });

  it('apiVersion: profile default, client override, request override', async () => {
    const base = uniqueBase();
    const seen = echo(base);
    const plain = makeClient({ baseUrl: base });
    const pinned = makeClient({ baseUrl: base, apiVersion: '2025-02-02' });
    await plain.request({ method: 'GET', path: '/echo' });
    await pinned.request({ method: 'GET', path: '/echo' });
    await pinned.request({ method: 'GET', path: '/echo' }, { apiVersion: '2026-03-03' });
    expect(seen.map((r) => r.headers.get('x-test-version'))).toEqual(['2024-01-01', '2025-02-02', '2026-03-03']);
  });
});

describe('withOptions', () => {
  it('returns a copy with changed options that shares the token cache', async () => {
    const base = uniqueBase();
    let tokens = 0;
    const seen = echo(base);
    server.use(
      http.post(`${base}/oauth/token`, () => {
        tokens++;
        return HttpResponse.json({ access_token: `tok-${tokens}`, expires_in: 3600 });
      }),
    );
    const client = makeClient({ baseUrl: base, headers: { 'x-a': '1' }, auth: clientCredentials({ path: '/oauth/token', clientId: 'id', clientSecret: 'secret' }) });
    const copy = client.withOptions({ apiVersion: '2099-01-01', headers: { 'x-b': '2' } });
    expect(copy).not.toBe(client);
    expect(copy.auth).toBe(client.auth);
    await client.request({ method: 'GET', path: '/echo' });
    await copy.request({ method: 'GET', path: '/echo' });
    expect(tokens).toBe(1);
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer tok-1', 'Bearer tok-1']);
    expect(seen[0]!.headers.get('x-test-version')).toBe('2024-01-01');
    expect(seen[1]!.headers.get('x-test-version')).toBe('2099-01-01');
    // headers are merged into the copy; the original is untouched
    expect(seen[1]!.headers.get('x-a')).toBe('1');
    expect(seen[1]!.headers.get('x-b')).toBe('2');
    expect(seen[0]!.headers.has('x-b')).toBe(false);
    expect(client.options.apiVersion).toBeUndefined();
  });

  it('replaces auth when auth is given', async () => {
    const client = makeClient({ auth: bearerToken('first') });
    const seen = echo(client.options.baseUrl);
    const copy = client.withOptions({ auth: bearerToken('second') });
    expect(copy.auth).not.toBe(client.auth);
    await client.request({ method: 'GET', path: '/echo' });
    await copy.request({ method: 'GET', path: '/echo' });
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer first', 'Bearer second']);
  });
});

describe('fetch injection', () => {
  it('uses the injected fetch for every request', async () => {
    const fetchSpy = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json({ injected: true }));
    const client = makeClient({ fetch: fetchSpy as typeof fetch });
    await expect(client.request({ method: 'GET', path: '/anything' })).resolves.toEqual({ injected: true });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const input = fetchSpy.mock.calls[0]![0];
    expect(input instanceof Request ? input.url : String(input)).toBe(`${client.options.baseUrl}/anything`);
  });
});

describe('idempotencyKey', () => {
  it('throws ConfigurationError when the profile has no idempotency header, sending nothing', async () => {
    const client = makeClient();
    let count = 0;
    server.use(
      http.post(`${client.options.baseUrl}/things`, () => {
        count++;
        return HttpResponse.json({});
      }),
    );
    const error = await client.request({ method: 'POST', path: '/things', body: { a: 1 } }, { idempotencyKey: 'k1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/idempotency/i);
    expect(count).toBe(0);
  });
});
