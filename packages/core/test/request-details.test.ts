import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { APITimeoutError, RateLimitError, parseRetryAfter, type APIError } from '../src/index.js';
import { captureLogger, deferred, makeClient, retryDelays, useMswServer } from './helpers/client.js';

// Waits between retries are recorded and skipped: tests assert the delay the client chose without waiting it out.
const waits: number[] = [];
vi.mock('../src/internal/sleep.js', () => ({
  sleep: (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  },
}));

const server = useMswServer();

/** Records the headers of every request to `path`, answering `respond`. */
function recordHeaders(base: string, respond: () => Response = () => HttpResponse.json({ ok: true })) {
  const seen: Headers[] = [];
  server.use(
    http.all(`${base}/*`, ({ request }) => {
      seen.push(request.headers);
      return respond();
    }),
  );
  return seen;
}

describe('accept header', () => {
  it.each([
    ['binary', '*/*'],
    ['text', '*/*'],
    ['json', 'application/json'],
    ['none', 'application/json'],
  ] as const)('a %s response asks for %s (a PDF endpoint answers 406 to application/json)', async (responseType, accept) => {
    const client = makeClient();
    const seen = recordHeaders(client.options.baseUrl, () => new HttpResponse('x', { headers: { 'content-type': 'application/pdf' } }));
    await client.request({ method: 'GET', path: '/file', responseType }).catch(() => undefined);
    expect(seen[0]!.get('accept')).toBe(accept);
  });

  it('a call may still ask for a specific type', async () => {
    const client = makeClient();
    const seen = recordHeaders(client.options.baseUrl, () => new HttpResponse('x'));
    await client.request({ method: 'GET', path: '/file', responseType: 'binary', headers: { accept: 'application/pdf' } });
    expect(seen[0]!.get('accept')).toBe('application/pdf');
  });
});

describe('headers set to undefined or null', () => {
  it('undefined is not sent as the text "undefined", at client, call or operation level', async () => {
    const client = makeClient({ headers: { 'x-client': undefined, 'x-kept': 'yes' } });
    const seen = recordHeaders(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h', headers: { 'x-operation': undefined } }, { headers: { 'x-call': undefined } });
    for (const name of ['x-client', 'x-operation', 'x-call']) expect(seen[0]!.has(name)).toBe(false);
    expect(seen[0]!.get('x-kept')).toBe('yes');
  });

  it('undefined at the operation level removes a client header, like null', async () => {
    const client = makeClient({ headers: { 'x-tenant': 't1', 'x-other': 'o1' } });
    const seen = recordHeaders(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h', headers: { 'x-tenant': undefined, 'x-other': null } });
    expect(seen[0]!.has('x-tenant')).toBe(false);
    expect(seen[0]!.has('x-other')).toBe(false);
  });
});

describe('idempotency keys', () => {
  it('a POST without a key sends no idempotency header, not even an empty one', async () => {
    const client = makeClient({}, { idempotencyHeader: 'Idempotency-Key' });
    const seen = recordHeaders(client.options.baseUrl);
    await client.request({ method: 'POST', path: '/payments', body: { a: 1 } });
    await client.request({ method: 'POST', path: '/payments', body: { a: 1 } }, {});
    expect(seen.map((h) => h.has('idempotency-key'))).toEqual([false, false]);
  });
});

describe('timers', () => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

  it('a finished call leaves no timer behind (a script exits at once, not after the 60 s timeout)', async () => {
    const client = makeClient();
    recordHeaders(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/warm' });
    const before = timers();
    for (let i = 0; i < 5; i++) await client.request({ method: 'GET', path: '/x' });
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('a failed call leaves no timer behind either', async () => {
    const client = makeClient();
    recordHeaders(client.options.baseUrl, () => HttpResponse.json({ message: 'no' }, { status: 404 }));
    await client.request({ method: 'GET', path: '/warm' }).catch(() => undefined);
    const before = timers();
    for (let i = 0; i < 5; i++) await client.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    expect(timers()).toBeLessThanOrEqual(before);
  });
});

describe('Retry-After', () => {
  it('a client-level maxRetryAfter applies: a longer Retry-After throws at once with retryAfterMs', async () => {
    const client = makeClient({ maxRetries: 3, maxRetryAfter: 1000 });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/x`, () => {
        count++;
        return HttpResponse.json({ message: 'slow down' }, { status: 429, headers: { 'retry-after': '5' } });
      }),
    );
    const error = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(5000);
    expect(count).toBe(1);
  });

  it('a call-level maxRetryAfter overrides the client one', async () => {
    const client = makeClient({ maxRetries: 1, maxRetryAfter: 1000, rateLimit: false });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/x`, () => {
        count++;
        return count === 1 ? HttpResponse.json({}, { status: 429, headers: { 'retry-after': '5' } }) : HttpResponse.json({ ok: true });
      }),
    );
    await expect(client.request({ method: 'GET', path: '/x' }, { maxRetryAfter: 10_000 })).resolves.toEqual({ ok: true });
    expect(count).toBe(2);
  });

  it('a Retry-After exactly at maxRetryAfter is waited out', async () => {
    const client = makeClient({ maxRetries: 1, maxRetryAfter: 5000 });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/x`, () => {
        count++;
        return count === 1 ? HttpResponse.json({}, { status: 503, headers: { 'retry-after': '5' } }) : HttpResponse.json({ ok: true });
      }),
    );
    waits.length = 0;
    await expect(client.request({ method: 'GET', path: '/x' })).resolves.toEqual({ ok: true });
    expect(waits).toEqual([5000]);
  });

  it('a blank Retry-After does not mean "retry now": the client backs off as usual', async () => {
    const { logger, lines } = captureLogger();
    const client = makeClient({ maxRetries: 1, logger, logLevel: 'info' });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/x`, () => {
        count++;
        return count === 1 ? HttpResponse.json({}, { status: 503, headers: { 'retry-after': ' ', 'retry-after-ms': '' } }) : HttpResponse.json({ ok: true });
      }),
    );
    await client.request({ method: 'GET', path: '/x' });
    const [delay] = retryDelays(lines);
    expect(delay).toBeGreaterThanOrEqual(375);
    expect(delay).toBeLessThanOrEqual(500);
  });

  it('parseRetryAfter: blank values say nothing; a blank retry-after-ms falls back to Retry-After', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '' }))).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '', 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': 'soon', 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '-5' }))).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': '-5' }))).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'next week' }))).toBeUndefined();
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Mon, 31 Dec 2029 23:59:00 GMT' }), now)).toBe(0);
  });
});

describe('totalTimeout', () => {
  it('expiring in the middle of a request ends the call with APITimeoutError (total timeout), without a retry', async () => {
    const client = makeClient({ maxRetries: 3, timeout: 10_000 });
    const hold = deferred();
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/slow`, async () => {
        count++;
        await hold.promise;
        return HttpResponse.json({ ok: true });
      }),
    );
    const error = (await client.request({ method: 'GET', path: '/slow' }, { totalTimeout: 100 }).catch((e: unknown) => e)) as APIError;
    hold.resolve();
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toContain('timed out after 100 ms (total timeout)');
    expect(error.message).toContain('Raise totalTimeout');
    expect(count).toBe(1);
  });

  it('a per-attempt timeout says which option to raise, and retries a GET', async () => {
    const client = makeClient({ maxRetries: 1 });
    const hold = deferred();
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/slow`, async () => {
        count++;
        await hold.promise;
        return HttpResponse.json({ ok: true });
      }),
    );
    const error = (await client.request({ method: 'GET', path: '/slow' }, { timeout: 50 }).catch((e: unknown) => e)) as APIError;
    hold.resolve();
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toContain('timed out after 50 ms. Raise timeout');
    expect(count).toBe(2);
  });
});
