import type { APIPromise } from '../client/api-promise.js';
import type { RequestSpec } from '../client/request-spec.js';

/**
 * What a strategy may use while authorising: an unauthenticated request through the same client, and the
 * caller's signal. Read its members where needed; they are getters, so a `{ ...context }` copy has neither.
 */
export interface AuthContext {
  /** Sends a request without credentials (for token endpoints), with the client's retries, logging and redaction. */
  request<T>(spec: RequestSpec<T>): APIPromise<T>;
  /** The caller's abort signal. */
  signal?: AbortSignal | undefined;
}

/**
 * How a client authenticates. One interface for static keys and for tokens
 * fetched from a token endpoint, so the transport never cares which.
 */
export interface AuthStrategy {
  /**
   * Adds credentials to one attempt's headers. Returns the generation of the
   * credential used, which the transport hands back to `invalidate`.
   */
  authorize(headers: Headers, context: AuthContext): Promise<number> | number;
  /**
   * The server said the credential of `generation` has expired or was revoked.
   * Returns `true` when a fresh credential can be obtained, so the request is
   * worth replaying once. A stale generation (the token was already replaced)
   * drops nothing and still returns `true`.
   */
  invalidate(generation: number): boolean;
  /** Secret values this strategy holds right now, scrubbed from every error message. */
  knownSecrets(): string[];
  /** Headers this strategy writes, redacted from logs and errors. */
  readonly headerNames: readonly string[];
}
