import { clientCredentials, resolveSupplier, tokenEndpointAuth, type Supplier, type TokenAuth } from '@x/core';

/** The partner's API credentials from the Monite Partner Portal. */
export interface MoniteCredentials {
  clientId: Supplier<string>;
  clientSecret: Supplier<string>;
}

const TOKEN_PATH = '/auth/token';

/** A partner access token (`grant_type: client_credentials`), cached for the `expires_in` Monite returns. */
export function partnerTokenAuth(credentials: MoniteCredentials): TokenAuth {
  // Monite takes the standard OAuth2 grant, JSON-encoded.
  // Stryker disable next-line StringLiteral: @x/core sends every encoding but 'form' as JSON
  return clientCredentials({ path: TOKEN_PATH, encoding: 'json', ...credentials });
}

/** An entity-user access token (`grant_type: entity_user`) for one user, cached for its `expires_in`. */
export function entityUserTokenAuth(credentials: MoniteCredentials, entityUserId: string): TokenAuth {
  // Stryker disable next-line StringLiteral: @x/core sends every encoding but 'form' as JSON
  return tokenEndpointAuth({ path: TOKEN_PATH, encoding: 'json' }, async () => ({
    grant_type: 'entity_user',
    client_id: await resolveSupplier(credentials.clientId),
    client_secret: await resolveSupplier(credentials.clientSecret),
    entity_user_id: entityUserId,
  }));
}
