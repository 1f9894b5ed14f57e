import { ResponseValidationError } from '../errors/validation-errors.js';
import { resolveSupplier, type Supplier } from '../internal/supplier.js';
import { isSecretKey } from '../logging/redact.js';
import type { AuthContext } from './auth-strategy.js';
import { TokenAuth, type AccessToken, type TokenAuthOptions } from './token-auth.js';

/** Where and how to ask for a token. */
export interface TokenEndpointOptions extends Omit<TokenAuthOptions, 'fetchToken'> {
  /** Token endpoint path relative to the client's base URL (or absolute URL). */
  path: string;
  /** `form` (RFC 6749, default) or `json` (what e.g. Monite expects). */
  encoding?: 'form' | 'json';
  /** Extra headers for the token request (e.g. a version header). */
  headers?: Record<string, string>;
  /** Reads the token out of the response. Default: OAuth2's `access_token`, `expires_in`, `token_type`. */
  parseToken?: (body: unknown) => AccessToken;
}

/** OAuth2 client-credentials grant: a partner/server token from a client id and secret. */
export function clientCredentials(
  options: TokenEndpointOptions & { clientId: Supplier<string>; clientSecret: Supplier<string>; scope?: string; extraFields?: Record<string, Supplier<string>> },
): TokenAuth {
  return tokenEndpointAuth(options, async () => ({
    grant_type: 'client_credentials',
    client_id: await resolveSupplier(options.clientId),
    client_secret: await resolveSupplier(options.clientSecret),
    ...(options.scope ? { scope: options.scope } : {}),
    ...(await resolveFields(options.extraFields)),
  }));
}

/** Login-style grant: a user token from a username/email and password. Field names are the vendor's. */
export function passwordLogin(
  options: TokenEndpointOptions & {
    username: Supplier<string>;
    password: Supplier<string>;
    /** Body field names. Default `{ username: 'username', password: 'password' }`. */
    fields?: { username?: string; password?: string };
    extraFields?: Record<string, Supplier<string>>;
  },
): TokenAuth {
  const passwordField = options.fields?.password ?? 'password';
  return tokenEndpointAuth(
    options,
    async () => ({
      [options.fields?.username ?? 'username']: await resolveSupplier(options.username),
      [passwordField]: await resolveSupplier(options.password),
      ...(await resolveFields(options.extraFields)),
    }),
    [passwordField],
  );
}

/**
 * A token from any endpoint that takes a body and returns a token. The building
 * block of the two above. The values of credential-like body fields
 * (`client_secret`, `password`, ... and any named in `secretFields`) are
 * remembered and scrubbed from errors and logs, in case the endpoint echoes them.
 */
export function tokenEndpointAuth(
  options: TokenEndpointOptions,
  buildBody: () => Promise<Record<string, unknown>>,
  // Stryker disable next-line ArrayDeclaration: a seeded default would only name a field called Stryker's marker string
  secretFields: readonly string[] = [],
): TokenAuth {
  const parse = options.parseToken ?? parseOAuthToken;
  const secrets = new Set<string>();
  return new TokenAuth({
    ...options,
    // Stryker disable next-line ArrayDeclaration: a seeded entry would only scrub text equal to Stryker's own marker string
    knownSecrets: () => [...secrets, ...(options.knownSecrets?.() ?? [])],
    async fetchToken(context: AuthContext) {
      const requestBody = await buildBody();
      for (const [key, value] of Object.entries(requestBody)) {
        if (typeof value === 'string' && value !== '' && (isSecretKey(key) || secretFields.includes(key))) secrets.add(value);
      }
      const body = await context.request<unknown>({
        method: 'POST',
        path: options.path,
        body: requestBody,
        bodyType: options.encoding ?? 'form',
        headers: options.headers,
        auth: false,
        // A token request changes nothing on the server: repeating it after a 5xx or a reset is safe.
        safeToRepeat: true,
        operation: 'token request',
        errorHint: tokenErrorHint,
      });
      return parse(body);
    },
  });
}

/**
 * Advice for a failed token request, by what the failure says: only a 400/401/403
 * blames the credentials; a 404 or an HTML page points at `baseUrl`; a 5xx or 429
 * says the token endpoint itself is failing.
 */
export function tokenErrorHint(failure: { status: number; body: unknown; contentType: string | null }): string {
  // Stryker disable next-line StringLiteral,ConditionalExpression: a missing type and a non-string body can never look like HTML anyway
  const html = /html/i.test(failure.contentType ?? '') || (typeof failure.body === 'string' && /^\s*</.test(failure.body));
  if (failure.status === 404 || html) {
    return 'Obtaining an access token failed: the token endpoint was not found at this address. Check baseUrl (or environment): it must be the API root, e.g. https://api.example.com/v1';
  }
  if (failure.status === 400 || failure.status === 401 || failure.status === 403) {
    return 'Obtaining an access token failed: check the credentials (client id and secret, or username and password) the client was created with';
  }
  if (failure.status === 429) return 'Obtaining an access token failed: the token endpoint is rate limiting; retry later';
  return 'Obtaining an access token failed: the token endpoint is failing; retry later';
}

/** Reads `{access_token, expires_in, token_type}`; throws when there is no token. */
export function parseOAuthToken(body: unknown): AccessToken {
  const record = (body ?? {}) as Record<string, unknown>;
  const accessToken = record['access_token'];
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new ResponseValidationError('the token request', [{ path: 'access_token', message: 'missing from the token response' }]);
  }
  const expiresIn = Number(record['expires_in'] ?? Number.NaN);
  return {
    accessToken,
    expiresIn: Number.isFinite(expiresIn) ? expiresIn : undefined,
    tokenType: typeof record['token_type'] === 'string' ? record['token_type'] : undefined,
  };
}

async function resolveFields(fields: Record<string, Supplier<string>> | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields ?? {})) out[key] = await resolveSupplier(value);
  return out;
}
