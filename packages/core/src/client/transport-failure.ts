import { APIConnectionError } from '../errors/connection-errors.js';
import { scrubText } from '../logging/redact.js';
import { errorCode } from './attempt-error.js';

/** Runtime error codes that prove the request never left: the server cannot have acted on it. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** What the runtime's error says about whether anything reached the server. */
export function wasNotSent(underlying: unknown, code: string | undefined): boolean {
  if (code !== undefined && NOT_SENT_CODES.has(code)) return true;
  // Stryker disable next-line StringLiteral: the fallback only has to name no network failure
  return /connection refused|getaddrinfo|name not resolved|dns/i.test(String((underlying as Error)?.message ?? ''));
}

/**
 * The connection error a user sees. It says truthfully how far the request got:
 * "could not reach the server" only when nothing was sent; otherwise the
 * server may have acted, which matters for a write.
 */
export function connectionError(options: {
  what: string;
  underlying: unknown;
  afterResponse: boolean;
  write: boolean;
  secrets: readonly string[];
}): { error: APIConnectionError; notSent: boolean } {
  const { what, underlying, afterResponse, write, secrets } = options;
  const code = errorCode(underlying);
  const notSent = !afterResponse && wasNotSent(underlying, code);
  const detail = scrubText(code ?? (underlying instanceof Error ? underlying.message : String(underlying)), secrets);
  let message: string;
  if (notSent) {
    message = `${what} failed: could not reach the server (${detail}); nothing was sent. Check the network and baseUrl.`;
  } else if (afterResponse) {
    message = `${what} failed: the connection broke while reading the response (${detail}); the server received the request${write ? ' and has likely acted on it: check before sending it again' : ''}.`;
  } else {
    message = `${what} failed: the connection broke after the request was sent (${detail}); the server may have acted on it${write ? ': check before sending it again' : ''}.`;
  }
  return { error: new APIConnectionError(message, { cause: scrubError(underlying, secrets), code }), notSent };
}

/**
 * A copy of a runtime error with every known secret removed from its message
 * and its causes: a custom `fetch` may quote the request's headers in its own
 * error text, and `error.cause` is printed by `console.log(error)`.
 */
export function scrubError(error: unknown, secrets: readonly string[], depth = 0): unknown {
  // Causes deeper than five are dropped: nothing unscrubbed may hide at the end of a long chain.
  if (depth > 4) return undefined;
  if (!(error instanceof Error)) return typeof error === 'string' ? scrubText(error, secrets) : error;
  const copy = new Error(scrubText(error.message, secrets), error.cause === undefined ? undefined : { cause: scrubError(error.cause, secrets, depth + 1) });
  copy.name = error.name;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code?: string }).code = code;
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
