import type { APIError, Supplier } from '@x/core';
import type { LoginCredentials, PortalDuctToken } from '../assumptions/login.js';

/**
 * PortalDuct's "Refresh Token endpoint", which it names but has not published. Configure it once PortalDuct
 * gives you its path and body; until then an expired token is replaced by logging in again.
 */
export interface RefreshEndpoint {
  /** The endpoint's path relative to `baseUrl`, e.g. the one PortalDuct gives you (must start with `/`). */
  path: string;
  /** The JSON body, built from the token in hand (its `refreshToken`, when the login returned one). */
  body: (current: PortalDuctToken) => Record<string, unknown>;
  /** Extra headers, e.g. `(t) => ({ authorization: \`Bearer ${t.accessToken}\` })` if PortalDuct wants the old token. */
  headers?: (current: PortalDuctToken) => Record<string, string>;
  /** Reads the new token from the refresh response. Default: the client's `tokenFromResponse`. */
  tokenFromResponse?: (body: unknown) => PortalDuctToken;
}

/** How the client obtains bearer tokens. Either `token`, or `email` and `password`. */
export interface PortalDuctAuthOptions {
  /** Your PortalDuct account email, for `POST /v1/login`. A value or a (async) function. */
  email?: Supplier<string>;
  /** Your PortalDuct account password. Keep it out of source code: pass a function reading your secret store. */
  password?: Supplier<string>;
  /**
   * A token copied from the PortalDuct Customer Developer Portal (API Credentials tab), used instead of
   * logging in. It is not refreshed: a function supplier is asked again after a 401.
   */
  token?: Supplier<string>;
  /** Builds the `POST /v1/login` body. Default `{ email, password }` (a guess: see the README). */
  loginBody?: (credentials: LoginCredentials) => Record<string, unknown>;
  /** Reads the token from the login response. Default: `token`, `access_token` or `accessToken` (a guess). */
  tokenFromResponse?: (body: unknown) => PortalDuctToken;
  /** PortalDuct's refresh endpoint, once you know it. Default: none (log in again). */
  refresh?: RefreshEndpoint;
  /** Whether an error means "the token expired; get a new one and replay once". Default: status 401 (a guess). */
  isTokenExpired?: (error: APIError) => boolean;
  /** Renew this long before a token with a known lifetime expires. Default: 60 s, or a tenth of short lifetimes. */
  refreshBeforeExpiryMs?: number;
}
