import { SandboxHttpError } from '@x/core/testing';

/**
 * What Monite answers for a token it no longer accepts (HTTP 400). The text is from Monite's own mocks
 * (team-monite/monite-sdk, packages/sdk-react/src/mocks); the SDK refreshes and replays on it.
 */
export const MONITE_EXPIRED_TOKEN_MESSAGE = 'The token has been revoked, expired or not found.';

/** Monite's error body: `{"error": {"message": ...}}`, with `type` where Monite documents one. */
export function moniteErrorBody(message: string, type?: string): { error: { message: string; type?: string } } {
  return { error: type ? { type, message } : { message } };
}

/** A Monite error answer to throw from a route. */
export function moniteError(status: number, message: string, options: { type?: string; note?: string; headers?: Record<string, string> } = {}): SandboxHttpError {
  return new SandboxHttpError(status, moniteErrorBody(message, options.type), options.headers ?? {}, options.note);
}

/** One entry of FastAPI's `HTTPValidationError.detail`, the body of Monite's 422. */
export interface ValidationDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
}

/** A 422 `HTTPValidationError`, the way Monite (FastAPI) reports a request that fails its schema. */
export function validationError(detail: ValidationDetail[], note = 'request failed validation'): SandboxHttpError {
  return new SandboxHttpError(422, { detail }, {}, note);
}
