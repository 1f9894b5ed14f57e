import { sleep } from '../internal/sleep.js';

/** How a client family paces its requests. */
export interface RateLimitOptions {
  /** Requests per second the client family sends at most. Default: the vendor's documented rate. */
  requestsPerSecond?: number;
}

const WINDOW_MS = 1000;

/**
 * Paces the requests of a client and every client derived from it, so they
 * stay under the vendor's rate instead of each discovering it through 429s.
 *
 * - At most `requestsPerSecond` requests start in any one-second window (a
 *   sliding window, so no burst at a window boundary either).
 * - When the server says the budget is spent (`RateLimit-Remaining: 0`,
 *   `X-RateLimit-Remaining-Second: 0`) every caller waits for its reset.
 * - After a 429 every caller waits for `Retry-After` once, together, instead of
 *   each retrying into the same limit.
 */
export class RateLimiter {
  readonly requestsPerSecond: number;
  /** Start times of the last `requestsPerSecond` reservations, oldest first (a ring). */
  readonly #starts: number[];
  #next = 0;
  #blockedUntil = 0;
  readonly #now: () => number;

  constructor(requestsPerSecond: number, now: () => number = Date.now) {
    this.requestsPerSecond = requestsPerSecond;
    this.#starts = new Array<number>(Math.max(1, Math.floor(requestsPerSecond))).fill(Number.NEGATIVE_INFINITY);
    this.#now = now;
  }

  /**
   * Reserves a start time for one request. Returns `undefined` when the request
   * may go now (no promise, no microtask on the fast path), else a promise that
   * settles when it may go, or rejects when `signal` aborts first.
   */
  acquire(signal?: AbortSignal | (() => AbortSignal | undefined)): Promise<void> | undefined {
    const now = this.#now();
    const at = this.#reserve(now);
    if (at <= now) return undefined;
    return this.#waitUntil(at, typeof signal === 'function' ? signal() : signal);
  }

  /** Every caller waits until `ms` from now (after a 429's `Retry-After`, or a spent budget). */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.#blockedUntil = Math.max(this.#blockedUntil, this.#now() + ms);
  }

  /** Reads the rate-limit headers of a response and pauses when they say the budget is spent. */
  observe(headers: Headers): void {
    const perSecond = headers.get('x-ratelimit-remaining-second');
    if (perSecond !== null && Number(perSecond) <= 0 && perSecond.trim() !== '') this.pause(WINDOW_MS);
    const remaining = headers.get('ratelimit-remaining');
    if (remaining !== null && remaining.trim() !== '' && Number(remaining) <= 0) {
      const reset = Number(headers.get('ratelimit-reset'));
      // RateLimit-Reset is seconds until the window resets; absent or odd, wait one window.
      this.pause(Number.isFinite(reset) && reset > 0 ? Math.min(reset * 1000, 60_000) : WINDOW_MS);
    }
  }

  /** When the server allows the next request, for diagnostics. */
  get blockedUntil(): number {
    return this.#blockedUntil;
  }

  #reserve(now: number): number {
    const oldest = this.#starts[this.#next]!;
    const at = Math.max(now, this.#blockedUntil, oldest + WINDOW_MS);
    this.#starts[this.#next] = at;
    this.#next = (this.#next + 1) % this.#starts.length;
    return at;
  }

  async #waitUntil(at: number, signal: AbortSignal | undefined): Promise<void> {
    let target = at;
    for (;;) {
      await sleep(target - this.#now(), signal);
      // A 429 or a spent budget seen while this caller slept moves its turn back.
      const now = this.#now();
      if (now >= this.#blockedUntil) return;
      target = this.#reserve(now);
    }
  }
}
