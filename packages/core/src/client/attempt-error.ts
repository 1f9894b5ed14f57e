import type { AttemptFailure } from '../retry/retry-policy.js';

/** Why an attempt's own signal fired: its per-attempt timeout. */
export class TimeoutMarker {
  constructor(readonly timeoutMs: number) {}
}

/** A failed attempt, carrying what the retry policy needs. Never escapes the client. */
export class AttemptError extends Error {
  constructor(
    readonly error: Error,
    readonly failure: AttemptFailure,
    readonly status?: number,
    readonly requestId?: string,
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
  }
}

/** The runtime's error code (e.g. `ECONNREFUSED`), looked up along the `cause` chain. */
export function errorCode(error: unknown): string | undefined {
  for (let current: any = error, depth = 0; current && depth < 4; current = current.cause, depth++) {
    if (typeof current.code === 'string') return current.code;
  }
  return undefined;
}
