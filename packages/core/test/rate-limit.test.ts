// Rate awareness: a limiter shared by a client family paces requests to the
// vendor's rate, and one 429 makes every caller wait once. The server is real
// (node:http on 127.0.0.1, in its own process) and enforces 30 requests per one-second window.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HttpClient, RateLimitError, RateLimiter } from '../src/index.js';
import { testProfile } from './helpers/client.js';

const RATE = 30;

/** The rate-enforcing server in a child process; `log()` reads the second of each 429 it answered. */
async function rateLimitedServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./helpers/rate-limited-server.ts', import.meta.url)), String(RATE)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async log(): Promise<{ rejected: number[]; served: number }> {
      return (await fetch(`${url}/__log`)).json() as Promise<{ rejected: number[]; served: number }>;
    },
    close: () => new Promise<void>((resolve) => child.once('exit', () => resolve()).kill()),
  };
}

describe('a limiter shared by a client family', () => {
  it('500 calls at the documented 30/s: all succeed, and no window sees more than one 429', async () => {
    const real = await rateLimitedServer();
    try {
      const client = new HttpClient({ ...testProfile, rateLimit: { requestsPerSecond: RATE } }, { baseUrl: real.url, maxRetries: 3 });
      // Derived clients (another entity, another user) share the limiter.
      const other = client.withOptions({ headers: { 'x-entity': 'e2' } });
      expect(other.rateLimiter).toBe(client.rateLimiter);
      const calls = Array.from({ length: 500 }, (_, i) => (i % 2 ? client : other).request({ method: 'GET', path: '/things' }));
      const results = await Promise.allSettled(calls);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(500);
      const { rejected: rejectedWindows, served } = await real.log();
      const perWindow = new Map<number, number>();
      for (const w of rejectedWindows) perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
      expect(Math.max(0, ...perWindow.values())).toBeLessThanOrEqual(1);
      expect(served).toBe(500);
    } finally {
      await real.close();
    }
  }, 60_000);

  it('without it (rateLimit: false) the same burst runs into the limit', async () => {
    const real = await rateLimitedServer();
    try {
      const client = new HttpClient({ ...testProfile, rateLimit: { requestsPerSecond: RATE } }, { baseUrl: real.url, maxRetries: 0, rateLimit: false });
      expect(client.rateLimiter).toBeUndefined();
      const results = await Promise.allSettled(Array.from({ length: 300 }, () => client.request({ method: 'GET', path: '/things' })));
      const limited = results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimitError);
      // 300 calls at once against 30/s: even spread over a few seconds by a loaded machine, 429s reach the caller.
      expect(limited.length).toBeGreaterThan(0);
      expect((await real.log()).rejected.length).toBe(limited.length);
    } finally {
      await real.close();
    }
  });
});

describe('RateLimiter', () => {
  it('lets requestsPerSecond through at once, then spaces the rest by the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.acquire(), limiter.acquire(), limiter.acquire()]).toEqual([undefined, undefined, undefined]);
    const controller = new AbortController();
    const fourth = limiter.acquire(controller.signal);
    expect(fourth).toBeInstanceOf(Promise);
    fourth!.catch(() => undefined);
    // An aborted waiter leaves the queue; a pacing window (1.1 s) later the next caller goes at once.
    controller.abort();
    now += 1100;
    expect(limiter.acquire()).toBeUndefined();
  });

  it('a 429 (pause) and a spent budget (headers) hold every caller', () => {
    let now = 0;
    const limiter = new RateLimiter(100, () => now);
    limiter.pause(2000);
    expect(limiter.blockedUntil).toBe(2000);
    const held = limiter.acquire(AbortSignal.abort());
    expect(held).toBeInstanceOf(Promise);
    held!.catch(() => undefined);
    now = 5000;
    limiter.observe(new Headers({ 'ratelimit-remaining': '0', 'ratelimit-reset': '3' }));
    expect(limiter.blockedUntil).toBe(8000);
    limiter.observe(new Headers({ 'x-ratelimit-remaining-second': '0' }));
    expect(limiter.blockedUntil).toBe(8000);
    now = 9000;
    limiter.observe(new Headers({ 'x-ratelimit-remaining-second': '0' }));
    expect(limiter.blockedUntil).toBe(10_000);
    limiter.observe(new Headers({ 'ratelimit-remaining': '5', 'x-ratelimit-remaining-second': '' }));
    expect(limiter.blockedUntil).toBe(10_000);
  });

  it('an aborted wait rejects with the signal reason', async () => {
    const limiter = new RateLimiter(1);
    limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
