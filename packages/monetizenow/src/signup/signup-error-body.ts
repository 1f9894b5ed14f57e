import { buildUrl, redactBody, redactHeaders, redactUrl, REDACTED, type CallResult } from '@x/core';
import { extractMonetizeNowMessage } from '../errors/error-body.js';
import { SignUpError } from '../errors/signup-error.js';

/** Whether a body is the Sign-Up error shape `{sessionId, error: true, message}`. */
export function isSignUpErrorBody(body: unknown): body is { error: true; sessionId?: unknown; message?: unknown } {
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>)['error'] === true;
}

/**
 * A {@link SignUpError} for a success status whose body says `error: true`. @x/core only maps non-2xx statuses,
 * so the redaction it applies to error bodies is repeated here.
 */
export function signUpErrorFromSuccess(result: CallResult<unknown>, method: string, baseUrl: string, path: string, secrets: readonly string[]): SignUpError {
  const body = scrub(redactBody(result.data), secrets) as Record<string, unknown>;
  const message = extractMonetizeNowMessage(body);
  const sessionId = typeof body['sessionId'] === 'string' && body['sessionId'] !== '' ? body['sessionId'] : undefined;
  return new SignUpError(
    {
      status: result.response.status,
      headers: scrub(redactHeaders(result.response.headers), secrets) as Record<string, string>,
      body,
      vendorMessage: message,
      requestId: result.requestId,
      method,
      url: redactUrl(result.response.url || buildUrl(baseUrl, path)),
      vendor: 'MonetizeNow',
    },
    sessionId,
  );
}

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => (secret.length >= 4 ? text.split(secret).join(REDACTED) : text), value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, scrub(field, secrets)]));
  return value;
}
