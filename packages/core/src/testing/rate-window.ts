/** What a {@link RateWindow} decided for one request, with the values for the rate-limit headers. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
}

/**
 * A fixed one-second window: at most `perSecond` requests per window, the way an API gateway counts
 * "N requests per second". `clock` returns milliseconds.
 */
export class RateWindow {
  #windowStart = 0;
  #used = 0;

  constructor(
    readonly perSecond: number,
    private readonly clock: () => number = Date.now,
  ) {}

  take(): RateDecision {
    const now = this.clock();
    if (now - this.#windowStart >= 1000) {
      this.#windowStart = now - (now % 1000);
      this.#used = 0;
    }
    const resetSeconds = Math.max(1, Math.ceil((this.#windowStart + 1000 - now) / 1000));
    if (this.#used >= this.perSecond) return { allowed: false, limit: this.perSecond, remaining: 0, resetSeconds };
    this.#used++;
    return { allowed: true, limit: this.perSecond, remaining: this.perSecond - this.#used, resetSeconds };
  }
}
