import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '../src/index.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Tracks when each promise settles, in fake time. */
function track(promise: Promise<void> | undefined, log: string[], name: string): void {
  if (!promise) {
    log.push(`${name}@now`);
    return;
  }
  promise.then(
    () => log.push(`${name}@${Date.now() - 1_000_000}`),
    (e: unknown) => log.push(`${name}!${String((e as Error)?.message ?? e)}`),
  );
}

describe('pacing', () => {
  it('a sliding window: each turn comes 1.1 s after the turn requestsPerSecond earlier', async () => {
    const limiter = new RateLimiter(2);
    const log: string[] = [];
    track(limiter.acquire(), log, 'a');
    await vi.advanceTimersByTimeAsync(500);
    track(limiter.acquire(), log, 'b');
    track(limiter.acquire(), log, 'c');
    track(limiter.acquire(), log, 'd');
    await vi.advanceTimersByTimeAsync(599);
    expect(log).toEqual(['a@now', 'b@now']);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['a@now', 'b@now', 'c@1100']);
    await vi.advanceTimersByTimeAsync(500);
    expect(log).toEqual(['a@now', 'b@now', 'c@1100', 'd@1600']);
  });

  it('waiters go first come, first served, and a later caller does not jump the queue', async () => {
    const limiter = new RateLimiter(1);
    const log: string[] = [];
    track(limiter.acquire(), log, 'first');
    for (const name of ['w1', 'w2', 'w3']) track(limiter.acquire(), log, name);
    await vi.advanceTimersByTimeAsync(1100);
    // A turn is free now, but w2 and w3 are waiting: a newcomer queues behind them.
    track(limiter.acquire(), log, 'late');
    await vi.advanceTimersByTimeAsync(3300);
    expect(log).toEqual(['first@now', 'w1@1100', 'w2@2200', 'w3@3300', 'late@4400']);
  });

  it('a fractional rate rounds down (2.5/s paces like 2/s)', () => {
    const limiter = new RateLimiter(2.5);
    expect(limiter.acquire()).toBeUndefined();
    expect(limiter.acquire()).toBeUndefined();
    const third = limiter.acquire();
    expect(third).toBeInstanceOf(Promise);
  });

  it('an aborted waiter leaves the queue: the one behind it takes its turn', async () => {
    const limiter = new RateLimiter(1);
    const log: string[] = [];
    limiter.acquire();
    const controller = new AbortController();
    track(limiter.acquire(controller.signal), log, 'gone');
    track(limiter.acquire(), log, 'next');
    controller.abort(new Error('stop'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(log).toEqual(['gone!stop', 'next@1100']);
  });

  it('a signal given as a function is asked for only when the caller has to wait, and bounds that wait', async () => {
    const limiter = new RateLimiter(1);
    const factory = vi.fn(() => controller.signal);
    const controller = new AbortController();
    expect(limiter.acquire(factory)).toBeUndefined();
    expect(factory).not.toHaveBeenCalled();
    const log: string[] = [];
    track(limiter.acquire(factory), log, 'waiting');
    expect(factory).toHaveBeenCalledTimes(1);
    controller.abort(new Error('deadline'));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['waiting!deadline']);
  });

  it('a signal already aborted rejects at once when the caller would have to wait', async () => {
    const limiter = new RateLimiter(1);
    limiter.acquire();
    const log: string[] = [];
    track(limiter.acquire(AbortSignal.abort(new Error('already'))), log, 'x');
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['x!already']);
  });
});

describe('pauses', () => {
  it('a pause holds every caller until it ends, then they go in order', async () => {
    const limiter = new RateLimiter(10);
    const log: string[] = [];
    limiter.pause(2000);
    track(limiter.acquire(), log, 'a');
    track(limiter.acquire(), log, 'b');
    await vi.advanceTimersByTimeAsync(1999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['a@2000', 'b@2000']);
  });

  it('a shorter pause does not cut a longer one short; zero, negative or NaN pauses are ignored', () => {
    const limiter = new RateLimiter(10);
    limiter.pause(5000);
    limiter.pause(1000);
    expect(limiter.blockedUntil).toBe(1_005_000);
    const fresh = new RateLimiter(10);
    for (const ms of [0, -1, Number.NaN]) fresh.pause(ms);
    expect(fresh.blockedUntil).toBe(0);
    expect(fresh.acquire()).toBeUndefined();
  });

  it('a pause while callers wait re-times their turn', async () => {
    const limiter = new RateLimiter(1);
    const log: string[] = [];
    limiter.acquire();
    track(limiter.acquire(), log, 'w');
    await vi.advanceTimersByTimeAsync(500);
    limiter.pause(3000); // until 3500
    await vi.advanceTimersByTimeAsync(2999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['w@3500']);
  });
});

describe('rate-limit headers', () => {
  const after = (headers: Record<string, string>) => {
    const limiter = new RateLimiter(10);
    limiter.observe(new Headers(headers));
    return limiter.blockedUntil === 0 ? 0 : limiter.blockedUntil - 1_000_000;
  };

  it('RateLimit-Remaining: 0 waits for RateLimit-Reset seconds, at most 60 s', () => {
    expect(after({ 'ratelimit-remaining': '0', 'ratelimit-reset': '3' })).toBe(3000);
    expect(after({ 'ratelimit-remaining': '0', 'ratelimit-reset': '600' })).toBe(60_000);
  });

  it('without a usable RateLimit-Reset it waits one second', () => {
    expect(after({ 'ratelimit-remaining': '0' })).toBe(1000);
    expect(after({ 'ratelimit-remaining': '0', 'ratelimit-reset': '0' })).toBe(1000);
    expect(after({ 'ratelimit-remaining': '0', 'ratelimit-reset': 'soon' })).toBe(1000);
    expect(after({ 'ratelimit-remaining': '0', 'ratelimit-reset': '-4' })).toBe(1000);
  });

  it('a negative remaining budget is spent too; budget left, or blank headers, hold nobody', () => {
    expect(after({ 'ratelimit-remaining': '-1', 'ratelimit-reset': '2' })).toBe(2000);
    expect(after({ 'x-ratelimit-remaining-second': '-1' })).toBe(1000);
    expect(after({ 'ratelimit-remaining': '1', 'ratelimit-reset': '2' })).toBe(0);
    expect(after({ 'x-ratelimit-remaining-second': '3' })).toBe(0);
    expect(after({ 'ratelimit-remaining': '', 'x-ratelimit-remaining-second': '' })).toBe(0);
    expect(after({})).toBe(0);
  });
});
