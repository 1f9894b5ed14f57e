import type { APIError } from '../errors/api-error.js';
import type { AuthStrategy } from '../auth/auth-strategy.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { RateLimitOptions } from '../rate/rate-limiter.js';
import type { HttpMethod } from './request-spec.js';
import type { ValidationMode } from '../validation/validate.js';

/** What a vendor package fixes about its API; users do not set these. */
export interface VendorProfile {
  /** The vendor's name, used in error messages (`Monite API returned 404 ...`). */
  vendor: string;
  /** The SDK package name and version, sent in `User-Agent`. */
  packageName: string;
  packageVersion: string;
  /** The API version header and its default, e.g. `X-Monite-Version: 2024-05-25`. */
  versionHeader?: { name: string; defaultValue: string };
  /** The header carrying idempotency keys, when the vendor supports them. */
  idempotencyHeader?: string;
  /** The response header with the request id. Default `x-request-id`. */
  requestIdHeader?: string;
  /** Whether an error means "your token expired or was revoked". Default: status 401. */
  isAuthExpired?: (error: APIError) => boolean;
  /** Reads the vendor's message from an error body. Default understands the common shapes. */
  extractErrorMessage?: (body: unknown) => string | undefined;
  /** Reads the vendor's error code (`INVALID_OFFERINGS`) from an error body, for `APIError.vendorCode`. Default none. */
  extractErrorCode?: (body: unknown) => string | undefined;
  /**
   * Whether a success (2xx) JSON body is an error report (an API that answers `200 {error: true, ...}`): such a
   * response is thrown as an `APIError` carrying its 2xx status, redacted like any error. Default: never.
   */
  isErrorBody?: (body: unknown) => boolean;
  /**
   * Methods retried after any transient failure (408, 429, 5xx, a lost connection). Default GET, HEAD, OPTIONS,
   * PUT and DELETE. Other methods are retried only when the server provably did not act: a 429, or a connection
   * that never reached it.
   */
  idempotentMethods?: readonly HttpMethod[];
  /** The vendor's documented request rate; clients pace themselves to it unless told otherwise. */
  rateLimit?: { requestsPerSecond: number };
}

/** Options shared by a client and each of its requests. */
export interface SharedOptions {
  /** Extra headers; a `null` value removes a header the SDK would send. */
  headers?: Record<string, string | null | undefined>;
  /** Milliseconds one attempt may take, body included. Default 60 000. */
  timeout?: number;
  /** Milliseconds the whole call may take, retries and waits included. Default: none. */
  totalTimeout?: number;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** The longest `Retry-After` the client waits out; beyond it the error is thrown with `retryAfterMs`. Default 60 000. */
  maxRetryAfter?: number;
  /** Aborts the call (and any wait between retries). */
  signal?: AbortSignal;
  /** Response validation mode. Default `lenient`. */
  validation?: ValidationMode;
  /**
   * Whether call input is checked against the spec before sending. Default `true`.
   * `false` is an escape hatch for a spec stricter than the server: the input is
   * then sent as given (still as JSON; values JSON cannot carry are still refused),
   * and a warning is logged for each such call.
   */
  validateRequests?: boolean;
  /** Receives log lines; nothing is logged without one. */
  logger?: Logger;
  /** Lowest level passed to `logger`. Default `warn` when a logger is given. */
  logLevel?: LogLevel;
  /** Overrides the API version header for this client or call. */
  apiVersion?: string;
  /** Base URL of the API, e.g. `https://api.sandbox.monite.com/v1`. */
  baseUrl?: string;
}

/** Options of a client. */
export interface ClientOptions extends SharedOptions {
  baseUrl: string;
  /** How requests are authenticated. Default: none. */
  auth?: AuthStrategy;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). It must honour `init.signal`: timeouts and aborts arrive that way. */
  fetch?: typeof fetch;
  /**
   * Client-side pacing, shared by this client and every client derived from it.
   * Default: the vendor's documented rate, when it has one. `false` turns pacing
   * off (429s are then retried one by one, each after its `Retry-After`).
   */
  rateLimit?: RateLimitOptions | false;
}

/** Options of one call; each overrides the client's for this call only. */
export interface RequestOptions extends SharedOptions {
  /**
   * Makes a POST or PATCH safe to retry: the server recognises the repeated key.
   * Only for APIs that support idempotency keys.
   */
  idempotencyKey?: string;
}
