import type { VendorProfile } from '@x/core';
import { extractMonetizeNowMessage } from '../errors/error-body.js';
import { VERSION } from '../version.js';

/**
 * What @x/core needs to know about the MonetizeNow API.
 *
 * - No version header: MonetizeNow's breaking-change policy mentions one but its name is not published.
 * - No idempotency header: none is documented, so POST/PATCH are retried only when the server provably did not
 *   act (429, refused connection), as MonetizeNow's own scripts do.
 * - Auth expiry is core's default (401): the API key cannot be refreshed, but a key supplied by a function is
 *   read again and the request replayed once (key rotation).
 */
export const monetizeNowProfile: VendorProfile = {
  vendor: 'MonetizeNow',
  packageName: '@x/monetizenow',
  packageVersion: VERSION,
  extractErrorMessage: extractMonetizeNowMessage,
};
