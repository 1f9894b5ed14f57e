/** How a client family paces its requests. */
export interface RateLimitOptions {
  /** Requests per second the client family sends at most. Default: the vendor's documented rate. */
  requestsPerSecond?: number;
}

const WINDOW_MS = 1000;
/**
 * Requests are spaced over a slightly longer window than the vendor's second: time passes between
 * taking a turn and the request reaching the server (token, event loop, network), and a vendor
 * counting fixed windows would otherwise see two turns' worth in one of its windows.
 */
const PACING_WINDOW_MS = 1100;

/**
 * Paces the requests of a client and every client derived from it, so they
 * stay under the vendor's rate instead of each discovering it through 429s.
 *
 * - At most `requestsPerSecond` requests start in any 1.1-second window (a
 *   sliding window with a tenth of headroom, so no burst at a window boundary
 *   and no overlap when requests take a moment to reach the server).
 * - When the server says the budget is spent (`RateLimit-Remaining: 0`,
 *   `X-RateLimit-Remaining-Second: 0`) every caller waits for its reset.
 * - After a 429 every caller waits for `Retry-After` once, together, instead of
 *   each retrying into the same limit.
 */
export class RateLimiter {
  readonly requestsPerSecond: number;
  /** Start times of the last `requestsPerSecond` requests, as a ring: the oldest is at `#next`. */
  readonly #starts: number[];
  #next = 0;
  #blockedUntil = 0;
  /** Callers waiting for a turn, first come first served. */
  readonly #queue: { resolve: () => void; reject: (reason: unknown) => void; signal: AbortSignal | undefined; onAbort: () => void }[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #now: () => number;

  constructor(requestsPerSecond: number, now: () => number = Date.now) {
    this.requestsPerSecond = requestsPerSecond;
    this.#starts = new Array<number>(Math.max(1, Math.floor(requestsPerSecond))).fill(Number.NEGATIVE_INFINITY);
    this.#now = now;
  }

  /**
   * Takes a turn for one request. Returns `undefined` when the request may go
   * now (no promise, no microtask on the fast path), else a promise that settles
   * at its turn, or rejects when `signal` aborts first.
   */
  acquire(signal?: AbortSignal | (() => AbortSignal | undefined)): Promise<void> | undefined {
    if (this.#queue.length === 0 && this.#readyAt(this.#now()) <= this.#now()) {
      this.#start(this.#now());
      return undefined;
    }
    const resolved = typeof signal === 'function' ? signal() : signal;
    if (resolved?.aborted) return Promise.reject(resolved.reason);
    return new Promise<void>((resolve, reject) => {
      const entry = {
        resolve,
        reject,
        signal: resolved,
        onAbort: () => {
          const index = this.#queue.indexOf(entry);
          // Stryker disable next-line ConditionalExpression: a dequeued entry's listener is removed first, so it is always found here
          if (index >= 0) this.#queue.splice(index, 1);
          reject(resolved!.reason);
        },
      };
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts at most once, so once: true is only tidiness
      resolved?.addEventListener('abort', entry.onAbort, { once: true });
      this.#queue.push(entry);
      this.#schedule();
    });
  }

  /** Every caller waits until `ms` from now (after a 429's `Retry-After`, or a spent budget). */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.#blockedUntil = Math.max(this.#blockedUntil, this.#now() + ms);
    // Stryker disable next-line CallExpression: a pending timer re-checks readiness when it fires and waits again; this only re-times it now
    this.#schedule();
  }

  /** Reads the rate-limit headers of a response and pauses when they say the budget is spent. */
  observe(headers: Headers): void {
    // Header values arrive trimmed (Headers strips surrounding whitespace), so blank means ''.
    const perSecond = headers.get('x-ratelimit-remaining-second');
    if (perSecond !== null && perSecond !== '' && Number(perSecond) <= 0) this.pause(WINDOW_MS);
    const remaining = headers.get('ratelimit-remaining');
    if (remaining !== null && remaining !== '' && Number(remaining) <= 0) {
      const reset = Number(headers.get('ratelimit-reset'));
      // RateLimit-Reset is seconds until the window resets; absent or odd, wait one window.
      this.pause(Number.isFinite(reset) && reset > 0 ? Math.min(reset * 1000, 60_000) : WINDOW_MS);
    }
  }

  /** Until when every caller is held (epoch ms), for diagnostics. */
  get blockedUntil(): number {
    return this.#blockedUntil;
  }

  /** The earliest time the next request may start. */
  #readyAt(now: number): number {
    return Math.max(now, this.#blockedUntil, this.#starts[this.#next]! + PACING_WINDOW_MS);
  }

  #start(at: number): void {
    this.#starts[this.#next] = at;
    this.#next = (this.#next + 1) % this.#starts.length;
  }

  /** Lets waiting callers go as their turns come, one timer for all of them. */
  #schedule(): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: a stale timer that still fires only re-checks the queue
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    let now = this.#now();
    while (this.#queue.length > 0 && this.#readyAt(now) <= now) {
      const entry = this.#queue.shift()!;
      // Stryker disable next-line StringLiteral: a listener left behind only rejects a settled promise (a no-op)
      entry.signal?.removeEventListener('abort', entry.onAbort);
      this.#start(now);
      entry.resolve();
      now = this.#now();
    }
    if (this.#queue.length > 0) this.#timer = setTimeout(() => this.#schedule(), this.#readyAt(now) - now);
  }
}
