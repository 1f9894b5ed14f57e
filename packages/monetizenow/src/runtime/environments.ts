/**
 * MonetizeNow's API hosts. `us` is the server of MonetizeNow's OpenAPI file; `eu` is the host the vendor's own
 * scripts document (github.com/monetizenow-dev/external-scripts, catalog-migration/.env.example).
 *
 * There is no sandbox host: a sandbox is a separate tenant on the same host, reached with that tenant's API key.
 */
export const MONETIZENOW_ENVIRONMENTS = {
  /** US (default). */
  us: 'https://api.monetizeplatform.com',
  /** EU. */
  eu: 'https://api-eu.monetizeplatform.com',
} as const;

/** A named MonetizeNow host; pass `baseUrl` for any other. */
export type MonetizeNowEnvironment = keyof typeof MONETIZENOW_ENVIRONMENTS;
