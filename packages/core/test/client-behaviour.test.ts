// The transport's user-visible details: configuration errors, inspection,
// query checks, waits for a rate-limit slot, what each timeout, abort and
// failure message says, and what is logged.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  ConfigurationError,
  HttpClient,
  RequestValidationError,
  ResponseValidationError,
  clientCredentials,
  type APIError,
} from '../src/index.js';
import { captureLogger, deferred, makeClient, testProfile, useMswServer } from './helpers/client.js';

const server = useMswServer();

const errorOf = async <T = Error>(promise: PromiseLike<unknown>): Promise<T> => {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('expected a rejection');
};

describe('creating a client', () => {
  it.each([
    [undefined, 'Test: baseUrl must be an absolute http(s) URL, got undefined.'],
    [{}, 'Test: baseUrl must be an absolute http(s) URL, got undefined.'],
    [{ baseUrl: 42 }, 'Test: baseUrl must be an absolute http(s) URL, got 42.'],
    [{ baseUrl: 'api.test/v1?token=abc' }, `Test: baseUrl must be an absolute http(s) URL, got "api.test/v1?token=abc".`],
    [{ baseUrl: 'ftp://api.test/v1?token=abc' }, `Test: baseUrl must be an absolute http(s) URL, got "ftp://api.test/v1?token=%5BREDACTED%5D".`],
  ])('%j is refused with a message naming what was given (credentials redacted)', (options, message) => {
    expect(() => new HttpClient(testProfile, options as never)).toThrow(ConfigurationError);
    expect(() => new HttpClient(testProfile, options as never)).toThrow(message);
  });

  it('an upper-case HTTPS:// base URL is accepted', () => {
    expect(() => new HttpClient(testProfile, { baseUrl: 'HTTPS://API.TEST/v1' })).not.toThrow();
  });

  it('inspecting or serialising a client shows the vendor and the redacted base URL, never credentials', () => {
    const client = new HttpClient(testProfile, { baseUrl: 'https://api.test/v1?api_key=k-1', auth: clientCredentials({ path: '/t', clientId: 'i', clientSecret: 's-secret' }) });
    expect(inspect(client)).toBe("HttpClient { vendor: 'Test', baseUrl: 'https://api.test/v1?api_key=%5BREDACTED%5D', auth: [REDACTED] }");
    expect(JSON.parse(JSON.stringify(client))).toEqual({ vendor: 'Test', baseUrl: 'https://api.test/v1?api_key=%5BREDACTED%5D' });
  });

  it.each([
    [{ requestsPerSecond: 'fast' }, 'fast'],
    [{ requestsPerSecond: Number.POSITIVE_INFINITY }, 'Infinity'],
    [{ requestsPerSecond: Number.NaN }, 'NaN'],
    [{ requestsPerSecond: 0.5 }, '0.5'],
  ])('rateLimit %o is refused', (rateLimit, got) => {
    expect(() => makeClient({ rateLimit: rateLimit as never })).toThrow(`Test client: rateLimit.requestsPerSecond must be a number >= 1, got ${got}.`);
  });

  it('rateLimit of exactly 1 per second is accepted; null is refused', () => {
    expect(makeClient({ rateLimit: { requestsPerSecond: 1 } }).rateLimiter!.requestsPerSecond).toBe(1);
    expect(() => makeClient({ rateLimit: null as never })).toThrow('option rateLimit must be false or { requestsPerSecond: number }, got null.');
  });
});

describe('query parameters', () => {
  const query = z.strictObject({ limit: z.optional(z.number()) });

  it('a call without a query is checked as an empty query: fine when every parameter is optional', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/items`, () => HttpResponse.json([])));
    await expect(client.request({ method: 'GET', path: '/items', querySchema: query })).resolves.toEqual([]);
  });

  it('a required parameter missing is refused before sending, naming the operation', async () => {
    const client = makeClient();
    const error = await errorOf<RequestValidationError>(
      client.request({ method: 'GET', path: '/items', operation: 'items.list', querySchema: z.strictObject({ kind: z.string() }) }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain('query parameters for items.list');
  });

  it('with validation off, a call without schemas logs no warning', async () => {
    const { logger, lines } = captureLogger();
    const client = makeClient({ validateRequests: false, logger });
    server.use(http.post(`${client.options.baseUrl}/items`, () => HttpResponse.json({})));
    await client.request({ method: 'POST', path: '/items', body: { a: 1 } });
    expect(lines).toEqual([]);
    await client.request({ method: 'POST', path: '/items', body: { a: 1 }, querySchema: query });
    expect(lines.map((l) => l.message)).toEqual(['POST /items: request validation is off; the input is sent as given']);
  });
});

describe('waiting for a rate-limit slot', () => {
  it('a call that would exceed the rate waits for its turn, bounded by its timeout, and sends nothing if the turn does not come', async () => {
    const client = makeClient({ rateLimit: { requestsPerSecond: 1 } });
    let sent = 0;
    server.use(
      http.get(`${client.options.baseUrl}/x`, () => {
        sent++;
        return HttpResponse.json({ ok: true });
      }),
    );
    await client.request({ method: 'GET', path: '/x' });
    const error = await errorOf<APITimeoutError>(client.request({ method: 'GET', path: '/x', operation: 'x.get' }, { timeout: 100 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toBe(
      'x.get timed out after 100 ms before it could be sent (waiting for an access token or a rate-limit slot). Raise timeout if the token endpoint is slow.',
    );
    expect(sent).toBe(1);
  });

  it('a caller aborting while waiting for a slot gets APIUserAbortError with its reason', async () => {
    const client = makeClient({ rateLimit: { requestsPerSecond: 1 } });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({ ok: true })));
    await client.request({ method: 'GET', path: '/x' });
    const controller = new AbortController();
    const call = client.request({ method: 'GET', path: '/x', operation: 'x.get' }, { signal: controller.signal });
    const reason = new Error('user left');
    controller.abort(reason);
    const error = await errorOf<APIUserAbortError>(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe('x.get was aborted by the caller.');
    expect(error.cause).toBe(reason);
  });

  it('a total timeout that ends while waiting for a token says so, with its own number', async () => {
    const hold = deferred();
    const client = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec' }) });
    server.use(
      http.post(`${client.options.baseUrl}/token`, async () => {
        await hold.promise;
        return HttpResponse.json({ access_token: 't' });
      }),
    );
    const error = await errorOf<APITimeoutError>(client.request({ method: 'GET', path: '/x', operation: 'x.get' }, { totalTimeout: 80 }));
    hold.resolve();
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toBe(
      'x.get timed out after 80 ms (total timeout) before it could be sent (waiting for an access token or a rate-limit slot). Raise totalTimeout if this is expected.',
    );
    expect(error.timeoutMs).toBe(80);
  });
});

describe('timeouts and aborts in flight', () => {
  /** A fetch whose response never comes (it honours the abort signal). */
  const hanging: typeof fetch = (input) =>
    new Promise((_, reject) => {
      const signal = (input as Request).signal;
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });

  /** A fetch whose response starts, then its body stalls. */
  const stalling: typeof fetch = async (input) => {
    const signal = (input as Request).signal;
    return new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'));
          signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
        },
      }),
      { headers: { 'content-type': 'application/json' } },
    );
  };

  it('a POST that times out says the server may have acted on it', async () => {
    const client = makeClient({ fetch: hanging });
    const error = await errorOf<APITimeoutError>(client.request({ method: 'POST', path: '/pay', body: {} }, { timeout: 50 }));
    expect(error.message).toBe('POST /pay timed out after 50 ms; the server may have acted on it. Raise timeout if the server is slow.');
  });

  it('a PATCH is a write too; a POST with an idempotency key is not', async () => {
    const patch = makeClient({ fetch: hanging });
    expect((await errorOf(patch.request({ method: 'PATCH', path: '/pay', body: {} }, { timeout: 50 }))).message).toContain('; the server may have acted on it');
    const keyed = makeClient({ fetch: hanging }, { idempotencyHeader: 'idempotency-key' });
    expect((await errorOf(keyed.request({ method: 'POST', path: '/pay', body: {} }, { timeout: 50, idempotencyKey: 'k1' }))).message).not.toContain('may have acted');
  });

  it('a body that stalls past the timeout says it timed out while reading the response body', async () => {
    const client = makeClient({ fetch: stalling });
    const error = await errorOf<APITimeoutError>(client.request({ method: 'GET', path: '/x' }, { timeout: 50 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toBe('GET /x timed out after 50 ms while reading the response body. Raise timeout if the server is slow.');
  });

  it('a total timeout that ends while the body is read names totalTimeout', async () => {
    const client = makeClient({ fetch: stalling });
    const error = await errorOf<APITimeoutError>(client.request({ method: 'GET', path: '/x' }, { totalTimeout: 60 }));
    expect(error.message).toBe('GET /x timed out after 60 ms while reading the response body (total timeout). Raise totalTimeout if the server is slow.');
    expect(error.timeoutMs).toBe(60);
  });

  it('aborting in flight: APIUserAbortError naming the call, with the reason as cause', async () => {
    const client = makeClient({ fetch: hanging });
    const controller = new AbortController();
    const call = client.request({ method: 'GET', path: '/x' }, { signal: controller.signal });
    const reason = new Error('navigated away');
    setTimeout(() => controller.abort(reason), 10);
    const error = await errorOf<APIUserAbortError>(call);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe('GET /x was aborted by the caller.');
    expect(error.cause).toBe(reason);
  });

  it('aborting during the wait before a retry keeps the reason as cause', async () => {
    const client = makeClient({ maxRetries: 2 });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({}, { status: 503, headers: { 'retry-after': '30' } })));
    const controller = new AbortController();
    const call = client.request({ method: 'GET', path: '/x' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    const error = await errorOf<APIUserAbortError>(call);
    expect(error.message).toBe('The call was aborted by the caller while waiting to retry.');
    expect((error.cause as Error).message).toBe('stop');
  });

  it('an error body that breaks while being read is a connection error, not an API error', async () => {
    const client = makeClient({
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"message":'));
              controller.error(Object.assign(new Error('terminated'), { code: 'ECONNRESET' }));
            },
          }),
          { status: 500, headers: { 'content-type': 'application/json' } },
        ),
    });
    const error = await errorOf<APIConnectionError>(client.request({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain('the connection broke while reading the response');
  });
});

describe('API errors of writes', () => {
  const failing = (method: 'GET' | 'POST' | 'PATCH', status: number, profile = {}) => {
    const client = makeClient({}, profile);
    server.use(http.all(`${client.options.baseUrl}/x`, () => HttpResponse.json({ message: 'boom' }, { status })));
    return client;
  };

  it('a 500 on a POST or PATCH says the server may have acted; on a GET it says retry later', async () => {
    expect((await errorOf(failing('POST', 500).request({ method: 'POST', path: '/x', body: {} }))).message).toContain('possibly after acting on the request');
    expect((await errorOf(failing('PATCH', 500).request({ method: 'PATCH', path: '/x', body: {} }))).message).toContain('possibly after acting');
    const get = (await errorOf(failing('GET', 500).request({ method: 'GET', path: '/x' }))).message;
    expect(get).not.toContain('possibly after acting');
    expect(get).toContain('The server failed; retry later');
  });

  it('a POST sent with an idempotency key is safe: its 500 carries no warning about acting', async () => {
    const client = failing('POST', 500, { idempotencyHeader: 'idempotency-key' });
    const error = await errorOf<APIError>(client.request({ method: 'POST', path: '/x', body: {} }, { idempotencyKey: 'k1', maxRetries: 0 }));
    expect(error.message).not.toContain('possibly after acting');
  });

  it('a 4xx on a POST carries no such warning', async () => {
    expect((await errorOf(failing('POST', 409).request({ method: 'POST', path: '/x', body: {} }))).message).not.toContain('possibly after acting');
  });
});

describe('success bodies', () => {
  const entity = z.object({ id: z.string() });

  it("responseType 'json' given explicitly is validated like the default", async () => {
    const client = makeClient({ validation: 'strict' });
    server.use(http.get(`${client.options.baseUrl}/e`, () => HttpResponse.json({ id: 5 })));
    await expect(client.request({ method: 'GET', path: '/e', responseType: 'json', responseSchema: entity })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('a body that is not JSON names its content type; an HTML page (by type or by its first character) points at baseUrl', async () => {
    const client = makeClient();
    const base = client.options.baseUrl;
    server.use(
      http.get(`${base}/text`, () => new HttpResponse('plain words', { headers: { 'content-type': 'text/plain' } })),
      http.get(`${base}/untyped`, () => {
        const response = new HttpResponse('  <!doctype html><p>login</p>');
        response.headers.delete('content-type');
        return response;
      }),
      http.get(`${base}/html`, () => new HttpResponse('not json', { headers: { 'content-type': 'text/HTML' } })),
      http.get(`${base}/lt-later`, () => new HttpResponse('a < b', { headers: { 'content-type': 'text/plain' } })),
    );
    const issue = async (path: string) => (await errorOf<ResponseValidationError>(client.request({ method: 'GET', path }))).issues[0]!.message;
    expect(await issue('/text')).toBe('the body is not JSON (content-type text/plain)');
    expect(await issue('/untyped')).toBe('the body is not JSON (content-type none); an HTML page usually means baseUrl does not point at the API root');
    expect(await issue('/html')).toBe('the body is not JSON (content-type text/HTML); an HTML page usually means baseUrl does not point at the API root');
    expect(await issue('/lt-later')).toBe('the body is not JSON (content-type text/plain)');
  });

  it('a null or missing body where the API promises one says which it was', async () => {
    const client = makeClient();
    const base = client.options.baseUrl;
    server.use(
      http.get(`${base}/null`, () => HttpResponse.json(null)),
      http.get(`${base}/empty`, () => new HttpResponse(null, { status: 204 })),
    );
    const issue = async (path: string) => (await errorOf<ResponseValidationError>(client.request({ method: 'GET', path, responseSchema: entity }))).issues[0]!.message;
    expect(await issue('/null')).toBe('the server returned null (status 200) where the API promises a response body');
    expect(await issue('/empty')).toBe('the server returned no body (status 204) where the API promises a response body');
  });
});

describe('log lines', () => {
  it('a replay after an expired token is logged at info', async () => {
    const { logger, lines } = captureLogger();
    let calls = 0;
    const client = makeClient({ logger, logLevel: 'info', auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec' }) });
    server.use(
      http.post(`${client.options.baseUrl}/token`, () => HttpResponse.json({ access_token: `t${++calls}` })),
      http.get(`${client.options.baseUrl}/me`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer t1' ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ ok: true }),
      ),
    );
    await client.request({ method: 'GET', path: '/me', operation: 'me.get' });
    expect(lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual(['me.get: credentials expired or revoked; refreshing and replaying once']);
  });

  it('a retry is logged with the reason', async () => {
    const { logger, lines } = captureLogger();
    const client = makeClient({ logger, logLevel: 'info', maxRetries: 1 });
    let n = 0;
    server.use(http.get(`${client.options.baseUrl}/x`, () => (++n === 1 ? HttpResponse.json({}, { status: 503, headers: { 'retry-after-ms': '1' } }) : HttpResponse.json({}))));
    await client.request({ method: 'GET', path: '/x' });
    expect(lines).toEqual([{ level: 'info', message: 'GET /x: retrying in 1 ms (retry 1 of 1)', fields: { reason: 'InternalServerError' } }]);
  });

  it("a debug line's duration is the time the attempt took", async () => {
    const { logger, lines } = captureLogger();
    const client = makeClient({ logger, logLevel: 'debug' });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({})));
    const before = Date.now();
    await client.request({ method: 'GET', path: '/x' });
    const elapsed = Date.now() - before;
    const duration = lines[0]!.fields!['durationMs'] as number;
    expect(duration).toBeGreaterThanOrEqual(0);
    expect(duration).toBeLessThanOrEqual(elapsed);
  });
});
