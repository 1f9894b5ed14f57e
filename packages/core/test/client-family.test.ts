// A client and the clients derived from it (withOptions; a vendor's forEntity)
// share one rate limiter and scrub every credential any of them has held.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { RateLimitError, RateLimiter, REDACTED, bearerToken, type APIError } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

describe('the shared rate limiter', () => {
  it("a vendor's documented rate paces the client and every client derived from it", () => {
    const client = makeClient({}, { rateLimit: { requestsPerSecond: 25 } });
    expect(client.rateLimiter).toBeInstanceOf(RateLimiter);
    expect(client.rateLimiter!.requestsPerSecond).toBe(25);
    const derived = client.withOptions({ headers: { 'x-entity-id': 'e2' } }).withOptions({ timeout: 5000 });
    expect(derived.rateLimiter).toBe(client.rateLimiter);
  });

  it('the rateLimit option overrides the vendor rate; false turns pacing off; no rate at all means no limiter', () => {
    expect(makeClient({ rateLimit: { requestsPerSecond: 3 } }, { rateLimit: { requestsPerSecond: 25 } }).rateLimiter!.requestsPerSecond).toBe(3);
    expect(makeClient({ rateLimit: false }, { rateLimit: { requestsPerSecond: 25 } }).rateLimiter).toBeUndefined();
    expect(makeClient({ rateLimit: {} }, { rateLimit: { requestsPerSecond: 25 } }).rateLimiter!.requestsPerSecond).toBe(25);
    expect(makeClient().rateLimiter).toBeUndefined();
  });

  it('a derived client with its own rateLimit gets its own limiter', () => {
    const client = makeClient({ rateLimit: { requestsPerSecond: 10 } });
    const own = client.withOptions({ rateLimit: { requestsPerSecond: 2 } });
    expect(own.rateLimiter).not.toBe(client.rateLimiter);
    expect(own.rateLimiter!.requestsPerSecond).toBe(2);
    expect(client.withOptions({ rateLimit: false }).rateLimiter).toBeUndefined();
  });

  it('a 429 pauses every client of the family, not only the one that met it', async () => {
    const client = makeClient({ rateLimit: { requestsPerSecond: 10 }, maxRetries: 0 });
    const sibling = client.withOptions({ headers: { 'x-entity-id': 'e2' } });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({}, { status: 429, headers: { 'retry-after': '30' } })));
    const before = Date.now();
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toBeInstanceOf(RateLimitError);
    expect(sibling.rateLimiter!.blockedUntil).toBeGreaterThanOrEqual(before + 30_000);
  });

  it('a 429 without Retry-After still pauses the family for a backoff delay', async () => {
    const client = makeClient({ rateLimit: { requestsPerSecond: 10 }, maxRetries: 0 });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({}, { status: 429 })));
    const before = Date.now();
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toBeInstanceOf(RateLimitError);
    expect(client.rateLimiter!.blockedUntil).toBeGreaterThanOrEqual(before + 375);
    expect(client.rateLimiter!.blockedUntil).toBeLessThanOrEqual(Date.now() + 500);
  });

  it('rate-limit headers on a success pause the family too', async () => {
    const client = makeClient({ rateLimit: { requestsPerSecond: 10 } });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({ ok: true }, { headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': '7' } })));
    const before = Date.now();
    await client.request({ method: 'GET', path: '/x' });
    expect(client.withOptions({}).rateLimiter!.blockedUntil).toBeGreaterThanOrEqual(before + 7000);
  });
});

describe('secrets across the family', () => {
  it("a derived client with its own limiter and its own token still scrubs the parent's token", async () => {
    const parent = makeClient({ auth: bearerToken('parent-token-123'), rateLimit: { requestsPerSecond: 10 } });
    const base = parent.options.baseUrl;
    server.use(
      http.get(`${base}/ok`, () => HttpResponse.json({ ok: true })),
      http.get(`${base}/leak`, () => HttpResponse.json({ note: 'seen parent-token-123 and child-token-456' }, { status: 400 })),
    );
    await parent.request({ method: 'GET', path: '/ok' });
    const child = parent.withOptions({ auth: bearerToken('child-token-456'), rateLimit: { requestsPerSecond: 2 } });
    const error = (await child.request({ method: 'GET', path: '/leak' }).catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ note: `seen ${REDACTED} and ${REDACTED}` });
  });
});
