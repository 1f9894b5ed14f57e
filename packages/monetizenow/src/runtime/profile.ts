import type { VendorProfile } from '@x/core';
import { extractMonetizeNowMessage, parseMonetizeNowErrorBody } from '../errors/error-body.js';
import { isSignUpErrorBody } from '../signup/signup-error-body.js';
import { VERSION } from '../version.js';

/**
 * What @x/core needs to know about the MonetizeNow API.
 *
 * - No version header: MonetizeNow's breaking-change policy mentions one but its name is not published.
 * - No idempotency header: none is documented. MonetizeNow's own scripts retry reads on 5xx and network errors
 *   and writes only on 429 (after `Retry-After`): so only GET/HEAD/OPTIONS are retried after an ambiguous failure,
 *   PUT and DELETE included among the writes; every method is retried on a 429 or a connection that never
 *   reached MonetizeNow.
 * - Error bodies: the vendor's code (`INVALID_OFFERINGS`, `BAD_REQUEST`) is `APIError.vendorCode`; the Sign-Up
 *   API's `{error: true}` body is an error even with a 200 (mapped to `SignUpError`).
 * - Auth expiry is core's default (401): the API key cannot be refreshed, but a key supplied by a function is
 *   read again and the request replayed once (key rotation).
 */
export const monetizeNowProfile: VendorProfile = {
  vendor: 'MonetizeNow',
  packageName: '@x/monetizenow',
  packageVersion: VERSION,
  extractErrorMessage: extractMonetizeNowMessage,
  extractErrorCode: (body) => parseMonetizeNowErrorBody(body)?.code,
  isErrorBody: isSignUpErrorBody,
  idempotentMethods: ['GET', 'HEAD', 'OPTIONS'],
};
