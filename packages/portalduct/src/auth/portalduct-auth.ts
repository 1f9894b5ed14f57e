import {
  APIError,
  bearerToken,
  resolveSupplier,
  ResponseValidationError,
  TokenAuth,
  tokenEndpointAuth,
  type AuthContext,
  type AuthStrategy,
  type Supplier,
} from '@x/core';
import { defaultLoginBody, defaultTokenFromResponse, LOGIN_PATH, type PortalDuctToken } from '../assumptions/login.js';
import type { PortalDuctAuthOptions, RefreshEndpoint } from './options.js';

/** Statuses of a refresh call meaning "this refresh token is no good": log in again instead. */
const REFRESH_REJECTED = new Set([400, 401, 403]);

/** The auth strategy for a PortalDuct client: a ready token, or login (and refresh) through @x/core's token cache. */
export function portalDuctAuth(options: PortalDuctAuthOptions): AuthStrategy {
  if (options.token !== undefined) return bearerToken(options.token);
  return loginAuth(options as PortalDuctAuthOptions & { email: Supplier<string>; password: Supplier<string> });
}

function loginAuth(options: PortalDuctAuthOptions & { email: Supplier<string>; password: Supplier<string> }): TokenAuth {
  // The password and refresh tokens, scrubbed from errors and logs. (TokenAuth itself remembers the access
  // tokens it replaced.)
  const secrets = new Set<string>();
  const parse = options.tokenFromResponse ?? defaultTokenFromResponse;
  let current: PortalDuctToken | undefined;

  const remember = (token: PortalDuctToken): PortalDuctToken => {
    current = token;
    if (token.refreshToken) secrets.add(token.refreshToken);
    return token;
  };

  const login = (context: AuthContext) =>
    requestToken(context, {
      path: LOGIN_PATH,
      parse,
      async body() {
        const credentials = { email: await resolveSupplier(options.email), password: await resolveSupplier(options.password) };
        // Known before the request goes out, so even the login's own error is scrubbed of it (TokenAuth drops empty ones).
        secrets.add(credentials.password);
        return (options.loginBody ?? defaultLoginBody)(credentials);
      },
    });

  return new TokenAuth({
    ...(options.refreshBeforeExpiryMs !== undefined ? { refreshBeforeExpiryMs: options.refreshBeforeExpiryMs } : {}),
    knownSecrets: () => [...secrets],
    // TokenAuth calls this single-flight: one login or refresh however many calls wait.
    async fetchToken(context) {
      if (options.refresh && current) {
        try {
          const refreshed = await refreshToken(context, options.refresh, current, parse);
          return toAccessToken(remember(refreshed));
        } catch (error) {
          if (!(error instanceof APIError && REFRESH_REJECTED.has(error.status))) throw error;
          // The refresh token was refused: fall back to the credentials.
        }
      }
      return toAccessToken(remember(await login(context)));
    },
  });
}

function refreshToken(context: AuthContext, refresh: RefreshEndpoint, current: PortalDuctToken, parse: (body: unknown) => PortalDuctToken) {
  return requestToken(context, {
    path: refresh.path,
    parse: refresh.tokenFromResponse ?? parse,
    headers: refresh.headers?.(current),
    body: async () => refresh.body(current),
  });
}

interface TokenCall {
  path: string;
  body: () => Promise<Record<string, unknown>>;
  headers?: Record<string, string> | undefined;
  parse: (body: unknown) => PortalDuctToken;
}

/**
 * One login or refresh request through @x/core's `tokenEndpointAuth`, so it gets core's handling of token
 * endpoints (retries, credential-blaming errors, redaction). The cache lives in the outer TokenAuth.
 */
async function requestToken(context: AuthContext, call: TokenCall): Promise<PortalDuctToken> {
  let read: PortalDuctToken | undefined;
  const endpoint = tokenEndpointAuth(
    {
      path: call.path,
      encoding: 'json',
      ...(call.headers ? { headers: call.headers } : {}),
      parseToken(body) {
        read = call.parse(body);
        if (!read || typeof read.accessToken !== 'string' || read.accessToken === '') {
          throw new ResponseValidationError(`the PortalDuct token request (${call.path})`, [
            { path: 'accessToken', message: 'tokenFromResponse returned no token; it must return { accessToken: string }' },
          ]);
        }
        return toAccessToken(read);
      },
    },
    call.body,
  );
  await endpoint.getToken({ request: context.request });
  return read!;
}

function toAccessToken(token: PortalDuctToken) {
  return { accessToken: token.accessToken, expiresIn: token.expiresIn };
}
