import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  InternalServerError,
  RateLimitError,
  backoffDelay,
  isRetryable,
  parseRetryAfter,
  type AttemptFailure,
  type HttpMethod,
} from '../src/index.js';
import { captureLogger, closedPort, makeClient, retryDelays, useMswServer } from './helpers/client.js';

// Waits between retries are recorded and skipped, so tests assert the delay the client chose without waiting it out.
const waits: number[] = [];
vi.mock('../src/internal/sleep.js', () => ({
  sleep: (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  },
}));

const realFetch = globalThis.fetch;
const server = useMswServer();

/** A client whose endpoint answers with the given statuses in turn (the last one repeats). */
function scripted(method: HttpMethod, statuses: number[], options: Parameters<typeof makeClient>[0] = {}, profile: Parameters<typeof makeClient>[1] = {}) {
  const log = captureLogger();
  const client = makeClient({ maxRetries: 2, logger: log.logger, logLevel: 'info', ...options }, profile);
  const state = { count: 0, keys: [] as (string | null)[] };
  server.use(
    http.all(`${client.options.baseUrl}/op`, ({ request }) => {
      state.keys.push(request.headers.get('idempotency-key'));
      const status = statuses[Math.min(state.count++, statuses.length - 1)]!;
      if (status === -1) return HttpResponse.error();
      return status < 400 ? HttpResponse.json({ ok: true }, { status }) : HttpResponse.json({ error: { message: `status ${status}` } }, { status });
    }),
  );
  waits.length = 0;
  return { client, state, lines: log.lines };
}

describe('GET retries', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i up to maxRetries, then throws the typed error', async (status) => {
    const { client, state } = scripted('GET', [status]);
    const error = await client.request({ method: 'GET', path: '/op' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(status);
    if (status === 429) expect(error).toBeInstanceOf(RateLimitError);
    if (status >= 500) expect(error).toBeInstanceOf(InternalServerError);
    expect(state.count).toBe(3);
  });

  it.each([408, 429, 500, 502, 503, 504])('succeeds when %i is followed by 200', async (status) => {
    const { client, state } = scripted('GET', [status, 200]);
    await expect(client.request({ method: 'GET', path: '/op' })).resolves.toEqual({ ok: true });
    expect(state.count).toBe(2);
  });

  it('retries a connection failure, then throws APIConnectionError', async () => {
    const { client, state } = scripted('GET', [-1]);
    await expect(client.request({ method: 'GET', path: '/op' })).rejects.toBeInstanceOf(APIConnectionError);
    expect(state.count).toBe(3);
  });

  it('recovers from a connection failure', async () => {
    const { client, state } = scripted('GET', [-1, 200]);
    await expect(client.request({ method: 'GET', path: '/op' })).resolves.toEqual({ ok: true });
    expect(state.count).toBe(2);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i', async (status) => {
    const { client, state } = scripted('GET', [status]);
    await expect(client.request({ method: 'GET', path: '/op' })).rejects.toMatchObject({ status });
    expect(state.count).toBe(1);
  });

  it.each(['PUT', 'DELETE'] as const)('retries idempotent %s on 503', async (method) => {
    const { client, state } = scripted(method, [503, 200]);
    await expect(client.request({ method, path: '/op' })).resolves.toEqual({ ok: true });
    expect(state.count).toBe(2);
  });
});

describe('POST/PATCH retries', () => {
  it.each([
    ['POST', 500],
    ['POST', 503],
    ['PATCH', 500],
    ['PATCH', 503],
    ['POST', 502],
    ['POST', 504],
    ['POST', 408],
  ] as const)('%s is not retried on %i without an idempotency key', async (method, status) => {
    const { client, state } = scripted(method, [status, 200]);
    await expect(client.request({ method, path: '/op', body: { a: 1 } })).rejects.toMatchObject({ status });
    expect(state.count).toBe(1);
  });

  it.each(['POST', 'PATCH'] as const)('%s is not retried on a timeout without an idempotency key', async (method) => {
    const client = makeClient({ maxRetries: 2, timeout: 30 });
    let count = 0;
    server.use(
      http.all(`${client.options.baseUrl}/op`, async () => {
        count++;
        await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json({});
      }),
    );
    await expect(client.request({ method, path: '/op', body: { a: 1 } })).rejects.toBeInstanceOf(APITimeoutError);
    expect(count).toBe(1);
  });

  it('POST is not retried on a broken connection (the server may have acted)', async () => {
    const { client, state } = scripted('POST', [-1, 200]);
    await expect(client.request({ method: 'POST', path: '/op', body: {} })).rejects.toBeInstanceOf(APIConnectionError);
    expect(state.count).toBe(1);
  });

  it('POST is retried on 429', async () => {
    const { client, state } = scripted('POST', [429, 200]);
    await expect(client.request({ method: 'POST', path: '/op', body: {} })).resolves.toEqual({ ok: true });
    expect(state.count).toBe(2);
  });

  it('POST is retried on a refused connection (nothing reached a server)', async () => {
    const port = await closedPort();
    const fetchSpy = vi.fn(realFetch);
    const client = makeClient({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 2, fetch: fetchSpy });
    waits.length = 0;
    const error = await client.request({ method: 'POST', path: '/op', body: { a: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).code).toBe('ECONNREFUSED');
    expect(fetchSpy).toHaveBeenCalledTimes(3);
    expect(waits).toHaveLength(2);
  });

  it('POST is retried on 500 with an idempotency key, sending the same key each time', async () => {
    const { client, state } = scripted('POST', [500, 500, 200], {}, { idempotencyHeader: 'Idempotency-Key' });
    await expect(client.request({ method: 'POST', path: '/op', body: {} }, { idempotencyKey: 'idem-1' })).resolves.toEqual({ ok: true });
    expect(state.count).toBe(3);
    expect(state.keys).toEqual(['idem-1', 'idem-1', 'idem-1']);
  });

  it('POST with an idempotency key is retried after a timeout', async () => {
    const client = makeClient({ maxRetries: 1, timeout: 30 }, { idempotencyHeader: 'Idempotency-Key' });
    let count = 0;
    server.use(
      http.post(`${client.options.baseUrl}/op`, async () => {
        if (++count === 1) await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json({ ok: true });
      }),
    );
    await expect(client.request({ method: 'POST', path: '/op', body: {} }, { idempotencyKey: 'k' })).resolves.toEqual({ ok: true });
    expect(count).toBe(2);
  });
});

describe('Retry-After', () => {
  function withHeaders(headers: Record<string, string>, options: Parameters<typeof makeClient>[0] = {}) {
    const log = captureLogger();
    const client = makeClient({ maxRetries: 1, logger: log.logger, logLevel: 'info', ...options });
    const state = { count: 0 };
    server.use(
      http.get(`${client.options.baseUrl}/op`, () =>
        ++state.count === 1 ? HttpResponse.json({ error: { message: 'slow down' } }, { status: 429, headers }) : HttpResponse.json({ ok: true }),
      ),
    );
    waits.length = 0;
    return { client, state, lines: log.lines };
  }

  it('honours Retry-After in seconds', async () => {
    const { client, state, lines } = withHeaders({ 'retry-after': '1' });
    await expect(client.request({ method: 'GET', path: '/op' })).resolves.toEqual({ ok: true });
    expect(state.count).toBe(2);
    expect(waits).toEqual([1000]);
    expect(retryDelays(lines)).toEqual([1000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T00:00:00.000Z') });
    try {
      const { client, state, lines } = withHeaders({ 'retry-after': new Date('2030-01-01T00:00:03.000Z').toUTCString() });
      await expect(client.request({ method: 'GET', path: '/op' })).resolves.toEqual({ ok: true });
      expect(state.count).toBe(2);
      expect(waits).toEqual([3000]);
      expect(retryDelays(lines)).toEqual([3000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('honours retry-after-ms over Retry-After', async () => {
    const { client, lines } = withHeaders({ 'retry-after-ms': '250', 'retry-after': '7' });
    await client.request({ method: 'GET', path: '/op' });
    expect(waits).toEqual([250]);
    expect(retryDelays(lines)).toEqual([250]);
  });

  it('a Retry-After beyond maxRetryAfter throws RateLimitError at once with retryAfterMs', async () => {
    const { client, state } = withHeaders({ 'retry-after': '120' }, { maxRetries: 3, maxRetryAfter: 10_000 });
    const error = await client.request({ method: 'GET', path: '/op' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as Error).message).toContain('120 s');
    expect(state.count).toBe(1);
    expect(waits).toEqual([]);
  });

  it('without Retry-After uses exponential backoff', async () => {
    const { client, lines } = scripted('GET', [503, 503, 503], { maxRetries: 2 });
    await expect(client.request({ method: 'GET', path: '/op' })).rejects.toBeInstanceOf(InternalServerError);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(375);
    expect(waits[0]).toBeLessThanOrEqual(500);
    expect(waits[1]).toBeGreaterThanOrEqual(750);
    expect(waits[1]).toBeLessThanOrEqual(1000);
    expect(retryDelays(lines)).toEqual(waits);
  });

  it('parseRetryAfter reads the three forms', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Mon, 31 Dec 2029 00:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '42' }), now)).toBe(42);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially and is capped', () => {
    const none = () => 0;
    expect([1, 2, 3, 4, 5, 6, 10].map((r) => backoffDelay(r, none))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('has jitter of up to 25 %', () => {
    expect(backoffDelay(1, () => 1)).toBe(375);
    expect(backoffDelay(2, () => 0.5)).toBe(875);
    expect(backoffDelay(3, () => 1)).toBe(1500);
    const samples = new Set(Array.from({ length: 50 }, () => backoffDelay(2)));
    expect(samples.size).toBeGreaterThan(1);
    for (const value of samples) {
      expect(value).toBeGreaterThanOrEqual(750);
      expect(value).toBeLessThanOrEqual(1000);
    }
  });
});

describe('isRetryable', () => {
  const status = (s: number): AttemptFailure => ({ kind: 'status', status: s });
  const refused: AttemptFailure = { kind: 'connection', refused: true };
  const reset: AttemptFailure = { kind: 'connection', refused: false };
  const timeout: AttemptFailure = { kind: 'timeout' };
  it.each([
    ['GET', false, status(500), true],
    ['GET', false, status(429), true],
    ['GET', false, status(408), true],
    ['GET', false, status(404), false],
    ['GET', false, status(400), false],
    ['GET', false, reset, true],
    ['GET', false, timeout, true],
    ['HEAD', false, status(503), true],
    ['OPTIONS', false, timeout, true],
    ['PUT', false, status(502), true],
    ['DELETE', false, timeout, true],
    ['POST', false, status(500), false],
    ['POST', false, status(503), false],
    ['POST', false, status(429), true],
    ['POST', false, refused, true],
    ['POST', false, reset, false],
    ['POST', false, timeout, false],
    ['POST', true, status(500), true],
    ['POST', true, reset, true],
    ['POST', true, timeout, true],
    ['POST', true, status(422), false],
    ['PATCH', false, status(503), false],
    ['PATCH', false, timeout, false],
    ['PATCH', false, refused, true],
    ['PATCH', true, status(503), true],
  ] as const)('%s key=%s %o -> %s', (method, key, failure, expected) => {
    expect(isRetryable(method, key, failure)).toBe(expected);
  });
});
