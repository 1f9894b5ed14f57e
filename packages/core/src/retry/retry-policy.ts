/** Methods that can be repeated without changing the result beyond the first call (a vendor may narrow them). */
const IDEMPOTENT_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];
/** Statuses that say "try again": timeouts, rate limits, transient server failures. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** What went wrong with one attempt, as far as retrying is concerned. */
export type AttemptFailure =
  | { kind: 'status'; status: number }
  /** `refused`: nothing reached the server (refused connection, unknown host), so it cannot have acted. */
  | { kind: 'connection'; refused: boolean }
  | { kind: 'timeout' };

/**
 * Whether a failed attempt may be sent again without risking a duplicate write.
 * GET/HEAD/OPTIONS/PUT/DELETE (or the vendor's `idempotentMethods`) retry on any transient failure. POST/PATCH retry
 * only when safe to repeat (an idempotency key, or a call such as a token
 * request that changes nothing), or when the failure proves the server did not
 * act: a 429, or a connection that never reached the server.
 */
export function isRetryable(method: string, safeToRepeat: boolean, failure: AttemptFailure, idempotentMethods: readonly string[] = IDEMPOTENT_METHODS): boolean {
  if (failure.kind === 'status' && !RETRYABLE_STATUSES.has(failure.status)) return false;
  if (idempotentMethods.includes(method) || safeToRepeat) return true;
  if (failure.kind === 'status') return failure.status === 429;
  return failure.kind === 'connection' && failure.refused;
}
