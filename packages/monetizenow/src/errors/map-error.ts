import { APIError, makeAPIError, type APIErrorInit } from '@x/core';
import { parseMonetizeNowErrorBody, type MonetizeNowErrorDetails } from './error-body.js';
import { SignUpError } from './signup-error.js';

const CUSTOM_ID_MESSAGE = /custom[\s_-]*id/i;

/**
 * Turns an error of @x/core into MonetizeNow's: a Sign-Up error body (with any status, a 200 included: the profile's
 * `isErrorBody`) becomes {@link SignUpError}, and a 409 about a `customId` says so. The vendor's code is already
 * `vendorCode` (the profile's `extractErrorCode`). Other errors pass through unchanged.
 */
export function mapMonetizeNowError(error: unknown, requestBody: unknown): unknown {
  // Stryker disable next-line ConditionalExpression: a type guard; other errors have no body and no 409 status, so the lines below return them unchanged too
  if (!(error instanceof APIError)) return error;
  const details = parseMonetizeNowErrorBody(error.body);
  let mapped: APIError = error;
  if (details?.kind === 'sign-up') {
    mapped = new SignUpError(initOf(error), details.sessionId);
  } else if (error.status === 409) {
    const hint = customIdHint(error.vendorMessage, requestBody);
    // Only then: a copy would lose the hint the caller's own errorHint gave the original.
    if (hint) mapped = makeAPIError({ ...initOf(error), hint });
  }
  return mapped;
}

/**
 * The vendor's code of an error thrown by this SDK: the self-service `errorCode` (`INVALID_OFFERINGS`, ...) or
 * the usage service's reason (`BAD_REQUEST`). `undefined` for the billing API's `{status, message}`, which has none.
 */
export function vendorCodeOf(error: unknown): string | undefined {
  return error instanceof APIError ? error.vendorCode : undefined;
}

/** Everything MonetizeNow said in the body of an API error (code, message, operation, context, field errors, session id). */
export function monetizeNowErrorDetails(error: unknown): MonetizeNowErrorDetails | undefined {
  return error instanceof APIError ? parseMonetizeNowErrorBody(error.body) : undefined;
}

function customIdHint(vendorMessage: string | undefined, requestBody: unknown): string | undefined {
  if (vendorMessage && CUSTOM_ID_MESSAGE.test(vendorMessage)) {
    return 'customId conflict: another record already has this customId (it must be unique); send a different customId, or look the existing record up by its customId';
  }
  if (hasCustomId(requestBody)) {
    return 'Possibly a customId conflict: this request carries a customId, and MonetizeNow answers 409 when a customId is already taken (or when a record is not in the required state)';
  }
  return undefined;
}

// A request body was sent as JSON, so it is finite and has no cycles; arrays are walked by their entries too.
function hasCustomId(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, field]) => (key === 'customId' && typeof field === 'string' && field !== '') || hasCustomId(field));
}

function initOf(error: APIError): APIErrorInit {
  return {
    status: error.status,
    headers: error.headers,
    body: error.body,
    vendorMessage: error.vendorMessage,
    vendorCode: error.vendorCode,
    requestId: error.requestId,
    method: error.method,
    url: error.url,
    vendor: 'MonetizeNow',
    retryAfterMs: error.retryAfterMs,
  };
}
