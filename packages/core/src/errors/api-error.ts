import { brandClass } from '../internal/brand.js';
import { SDKError } from './sdk-error.js';

/** What an {@link APIError} knows about the failed exchange. All fields are redacted. */
export interface APIErrorInit {
  status: number;
  /** Response headers, with credentials (e.g. `set-cookie`) redacted. */
  headers: Record<string, string>;
  /** The parsed response body (JSON when it parsed, else text), with credential fields redacted. */
  body: unknown;
  /** The vendor's own message, when the body carried one. */
  vendorMessage: string | undefined;
  /** The vendor's error code, when its profile reads one (`VendorProfile.extractErrorCode`). */
  vendorCode?: string | undefined;
  requestId: string | undefined;
  method: string;
  /** The request URL with credentials redacted. */
  url: string;
  /** The vendor's name for messages, e.g. `Monite`. */
  vendor: string;
  /** Milliseconds the server asked to wait before retrying (Retry-After), when it said. */
  retryAfterMs?: number | undefined;
  /** Extra advice appended to the message. */
  hint?: string | undefined;
}

/** The server answered with a non-success status. */
export class APIError extends SDKError {
  override name = 'APIError';
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** The vendor's own error message, e.g. `The token has been expired.` */
  readonly vendorMessage: string | undefined;
  /** The vendor's own error code (e.g. `INVALID_OFFERINGS`), for vendors whose error bodies carry one. */
  readonly vendorCode: string | undefined;
  /** The request id the vendor returned (quote it to their support). */
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;
  /** Set when the server asked to retry later than the client is willing to wait. */
  readonly retryAfterMs: number | undefined;

  constructor(init: APIErrorInit) {
    super(formatAPIErrorMessage(init));
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.vendorMessage = init.vendorMessage;
    this.vendorCode = init.vendorCode;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.retryAfterMs = init.retryAfterMs;
  }
}
brandClass(APIError, 'APIError');

/** Vendor messages longer than this are cut in `error.message`; `error.body` and `vendorMessage` keep them whole. */
const MAX_MESSAGE_CHARS = 1000;

function formatAPIErrorMessage(init: APIErrorInit): string {
  let message = `${init.vendor} API returned ${init.status} for ${init.method} ${safePath(init.url)}`;
  if (init.vendorMessage) message += `: ${capMessage(init.vendorMessage).replace(/\.$/, '')}`;
  const notes = [
    init.requestId ? `request id ${init.requestId}` : undefined,
    init.retryAfterMs !== undefined ? `retry after ${Math.ceil(init.retryAfterMs / 1000)} s` : undefined,
  ].filter(Boolean);
  if (notes.length) message += ` (${notes.join('; ')})`;
  return init.hint ? `${message}. ${init.hint}.` : `${message}.`;
}

function capMessage(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  return `${text.slice(0, MAX_MESSAGE_CHARS)}... (${text.length - MAX_MESSAGE_CHARS} more characters in error.body)`;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
