import type { APIError, VendorProfile } from '@x/core';
import { VERSION } from '../version.js';

/** GUESS: PortalDuct documents only "4XX" for client errors; an expired token is assumed to be a 401. */
export function isPortalDuctTokenExpired(error: APIError): boolean {
  return error.status === 401;
}

/** What @x/core needs to know about the PortalDuct API. */
export function portalDuctProfile(isTokenExpired: (error: APIError) => boolean = isPortalDuctTokenExpired): VendorProfile {
  return {
    vendor: 'PortalDuct',
    packageName: '@x/portalduct',
    packageVersion: VERSION,
    // PortalDuct publishes no API version header and no idempotency keys, so POSTs are retried only when
    // PortalDuct provably did not act (429, or a refused connection).
    isAuthExpired: isTokenExpired,
  };
}
