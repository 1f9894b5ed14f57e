import { apiKey, ConfigurationError, type AuthStrategy, type Supplier } from '@x/core';

/** MonetizeNow's auth header: every operation of its OpenAPI file declares `x-api-key`. */
export const MONETIZENOW_API_KEY_HEADER = 'x-api-key';

/**
 * The tenant API key in `x-api-key`. A value, or a (async) function read before each request, so the key can
 * stay in a secret store and be rotated. Never logged: core redacts the header and scrubs the value from errors.
 */
export function monetizeNowApiKey(key: Supplier<string> | undefined): AuthStrategy {
  if (typeof key === 'function' || (typeof key === 'string' && key.trim() !== '')) return apiKey(key, { header: MONETIZENOW_API_KEY_HEADER });
  throw new ConfigurationError(
    'MonetizeNow: pass apiKey, your tenant\'s API key (MonetizeNow → Settings → API Keys → New Api Key), or a function returning it. A sandbox is a separate tenant with its own key.',
  );
}
