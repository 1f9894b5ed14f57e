import { APIError, type APIErrorInit } from './api-error.js';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './status-errors.js';

const HINTS: Record<number, string> = {
  401: 'Check the credentials the client was created with',
  403: 'The credentials lack the permission for this call',
  404: 'Check the id in the path and that the resource belongs to this account',
  422: 'Fix the listed fields and send again',
  429: 'Slow down, or raise maxRetries to let the SDK wait',
};

/** The one place mapping an HTTP status to its error class. */
export function makeAPIError(init: APIErrorInit): APIError {
  const withHint = { ...init, hint: init.hint ?? (init.status >= 500 ? 'The server failed; retry later' : HINTS[init.status]) };
  switch (init.status) {
    case 400:
      return new BadRequestError(withHint);
    case 401:
      return new AuthenticationError(withHint);
    case 403:
      return new PermissionDeniedError(withHint);
    case 404:
      return new NotFoundError(withHint);
    case 409:
      return new ConflictError(withHint);
    case 422:
      return new UnprocessableEntityError(withHint);
    case 429:
      return new RateLimitError(withHint);
    default:
      return init.status >= 500 ? new InternalServerError(withHint) : new APIError(withHint);
  }
}

/**
 * The vendor's message from an error body. Knows the common shapes:
 * `{error: {message}}`, `{message}`, `{error: "..."}`, and FastAPI's 422
 * `{detail: [{loc, msg}]}` (rendered as `field.path: msg`).
 */
export function extractVendorMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() ? body.trim().slice(0, 500) : undefined;
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const error = record['error'];
  if (error && typeof error === 'object' && typeof (error as Record<string, unknown>)['message'] === 'string') {
    return (error as Record<string, string>)['message'];
  }
  if (typeof error === 'string') return error;
  if (typeof record['message'] === 'string') return record['message'];
  const detail = record['detail'];
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const lines = detail.map(formatDetailItem).filter(Boolean);
    if (lines.length) return lines.join('; ');
  }
  return undefined;
}

function formatDetailItem(item: unknown): string {
  if (!item || typeof item !== 'object') return typeof item === 'string' ? item : '';
  const { loc, msg } = item as { loc?: unknown; msg?: unknown };
  const where = Array.isArray(loc) ? loc.filter((part) => part !== 'body').join('.') : '';
  const text = typeof msg === 'string' ? msg : '';
  return where ? `${where}: ${text}` : text;
}
