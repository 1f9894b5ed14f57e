// Smaller behaviours found by mutation testing: family-wide scrubbing of fixed
// credentials, clients without credentials, token-endpoint messages, queue
// fairness and idle timers of the rate limiter, option and cause-chain edges.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  REDACTED,
  RateLimiter,
  ResponseValidationError,
  apiKey,
  bearerToken,
  clientCredentials,
  missingCredentials,
  parseOAuthToken,
  tokenErrorHint,
  type APIError,
} from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

afterEach(() => {
  vi.useRealTimers();
});

describe('static credentials', () => {
  it("a fixed credential is scrubbed from the family's errors even before it was ever sent", async () => {
    const parent = makeClient({ auth: bearerToken('parent-fixed-1234') });
    const child = parent.withOptions({ auth: apiKey('child-key-5678') });
    server.use(http.get(`${parent.options.baseUrl}/x`, () => HttpResponse.json({ note: 'parent-fixed-1234 child-key-5678' }, { status: 400 })));
    const error = (await child.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ note: `${REDACTED} ${REDACTED}` });
  });

  it('inspecting a static credential names its header, never its value', () => {
    expect(inspect(bearerToken('tok-123'))).toBe("StaticHeaderAuth { header: 'authorization', value: [REDACTED] }");
    expect(inspect(apiKey(() => 'k', { header: 'x-partner-key' }))).toBe("StaticHeaderAuth { header: 'x-partner-key', value: [REDACTED] }");
  });

  it('a client without credentials still reports a failing unauthenticated call (a token endpoint) as the API error it is', async () => {
    const client = makeClient({ auth: missingCredentials('no credentials') });
    server.use(http.post(`${client.options.baseUrl}/token`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const error = (await client.request({ method: 'POST', path: '/token', auth: false, body: {} }).catch((e: unknown) => e)) as APIError;
    expect(error.status).toBe(500);
  });
});

describe('token endpoints', () => {
  it('only credential fields of the token request are scrubbed: client id and grant type stay readable', async () => {
    const client = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'my-client-id', clientSecret: 'my-client-secret' }) });
    server.use(
      http.post(`${client.options.baseUrl}/token`, () =>
        HttpResponse.json({ message: 'client_credentials for my-client-id with my-client-secret refused' }, { status: 401 }),
      ),
    );
    const error = (await client.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e)) as APIError;
    expect(error.body).toEqual({ message: `client_credentials for my-client-id with ${REDACTED} refused` });
  });

  it('a token endpoint that cannot be reached is named "token request"', async () => {
    const client = makeClient({
      auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'sec' }),
      fetch: async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
      },
    });
    const error = (await client.request({ method: 'GET', path: '/me' }).catch((e: unknown) => e)) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/^token request failed: could not reach the server/);
  });

  it('a token response without a token says access_token is missing from it', () => {
    const error = (() => {
      try {
        parseOAuthToken({ token: 'x' });
      } catch (e) {
        return e as ResponseValidationError;
      }
      throw new Error('no error');
    })();
    expect(error.issues).toEqual([{ path: 'access_token', message: 'missing from the token response' }]);
    expect(error.message).toContain('the token request');
  });

  it('a text body with a "<" later on is not taken for an HTML page', () => {
    expect(tokenErrorHint({ status: 500, body: 'quota < limit', contentType: 'text/plain' })).toMatch(/the token endpoint is failing/);
  });
});

describe('rate limiter fairness and timers', () => {
  it('a caller arriving when a turn is free, before the waiting callers were woken, still queues behind them', async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter(1);
    const order: string[] = [];
    limiter.acquire();
    limiter.acquire()!.then(() => order.push('waiting'));
    vi.setSystemTime(5000); // the clock moves on; the timer has not fired yet
    const late = limiter.acquire();
    expect(late).toBeInstanceOf(Promise);
    late!.then(() => order.push('late'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(order).toEqual(['waiting', 'late']);
  });

  it('an idle limiter keeps no timer (a script exits at once)', async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter(1);
    limiter.acquire();
    const waiting = limiter.acquire();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1100);
    await waiting;
    expect(vi.getTimerCount()).toBe(0);
    limiter.pause(500);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('option and error edges', () => {
  it('timeouts may be fractional milliseconds', () => {
    expect(() => makeClient({ timeout: 1500.5, totalTimeout: 2000.25, maxRetryAfter: 0.5 })).not.toThrow();
  });

  it('a runtime error without a cause is copied without one', async () => {
    const client = makeClient({
      fetch: async () => {
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      },
    });
    const error = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as APIConnectionError;
    expect(Object.hasOwn(error.cause as object, 'cause')).toBe(false);
  });

  it('a very long chain of causes is cut after five levels, so nothing unscrubbed hides at its end', async () => {
    let chain: Error = new Error('deepest holds tok-deep-123456');
    for (let i = 7; i >= 1; i--) chain = new Error(`level ${i}`, { cause: chain });
    const client = makeClient({
      auth: bearerToken('tok-deep-123456'),
      fetch: async () => {
        throw chain;
      },
    });
    const error = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as APIConnectionError;
    const messages: string[] = [];
    for (let c: unknown = error.cause; c instanceof Error; c = c.cause) messages.push(c.message);
    expect(messages).toEqual(['level 1', 'level 2', 'level 3', 'level 4', 'level 5']);
    expect(inspect(error, { depth: 20 })).not.toContain('tok-deep-123456');
  });
});
