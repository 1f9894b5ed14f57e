import type { APIError, VendorProfile } from '@x/core';
import { DEFAULT_MONITE_VERSION, VERSION } from '../version.js';

// Monite answers an expired or revoked token with 401, or with 400/403 and a
// message such as "The token has been expired." or "The token has been
// revoked, expired or not found." (its own mocks and older SDK).
const TOKEN_EXPIRED_MESSAGE = /\btoken\b.*\b(expired|revoked|not found)\b/i;

/** Whether a Monite error means "get a new token and try again". */
export function isMoniteTokenExpired(error: APIError): boolean {
  if (error.status === 401) return true;
  if (error.status !== 400 && error.status !== 403) return false;
  return TOKEN_EXPIRED_MESSAGE.test(error.vendorMessage ?? '');
}

/** What @x/core needs to know about the Monite API. */
export const moniteProfile: VendorProfile = {
  vendor: 'Monite',
  packageName: '@x/monite',
  packageVersion: VERSION,
  versionHeader: { name: 'x-monite-version', defaultValue: DEFAULT_MONITE_VERSION },
  requestIdHeader: 'x-request-id',
  // Monite publishes no idempotency keys, so POST/PATCH are retried only when the server provably did not act.
  isAuthExpired: isMoniteTokenExpired,
  // Monite's documented default for most calls (https://docs.monite.com/api/concepts/rate-limiting);
  // clients pace themselves to it and read RateLimit-Remaining / X-RateLimit-Remaining-Second.
  rateLimit: { requestsPerSecond: 30 },
};
