import { brandClass } from '../internal/brand.js';
import { SDKError } from './sdk-error.js';

/** No HTTP response arrived: DNS, refused or reset connection, TLS, or a body that broke off. */
export class APIConnectionError extends SDKError {
  override name = 'APIConnectionError';
  /** A short machine-readable reason such as `ECONNREFUSED`, when the runtime told. */
  readonly code: string | undefined;

  constructor(message: string, options: { cause?: unknown; code?: string | undefined } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }
}
brandClass(APIConnectionError, 'APIConnectionError');

/** The request did not finish within its timeout (per attempt or in total). */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, code: 'ETIMEDOUT' });
    this.timeoutMs = timeoutMs;
  }
}
brandClass(APITimeoutError, 'APITimeoutError');

/** The caller aborted the request through its `signal`. */
export class APIUserAbortError extends SDKError {
  override name = 'APIUserAbortError';
}
brandClass(APIUserAbortError, 'APIUserAbortError');
