/**
 * ASSUMPTIONS about PortalDuct's login and token responses.
 *
 * PortalDuct documents `POST /v1/login` ("Get Auth Token") with "your registered email and password"
 * and a bearer token in `Authorization: Bearer <token>`, plus an unnamed "Refresh Token endpoint"
 * (https://docs.portalduct.com/docs/overview, https://docs.portalduct.com/docs/step-by-step-integration).
 * It does not publish the body field names, the response field names, the token lifetime or the refresh
 * endpoint. Every guess about them lives in this file, and each has a client option to override it:
 *
 * | guess | default here | override |
 * |---|---|---|
 * | login body | `{ email, password }` | `loginBody` |
 * | token field | `token`, `access_token` or `accessToken` (first present) | `tokenFromResponse` |
 * | lifetime field | `expires_in` or `expiresIn` (seconds), else used until a 401 | `tokenFromResponse` |
 * | refresh token field | `refresh_token` or `refreshToken`, when present | `tokenFromResponse` |
 * | refresh endpoint | none: an expired token is replaced by logging in again | `refresh` |
 * | "token expired" | HTTP 401 | `isTokenExpired` |
 */
import { ResponseValidationError } from '@x/core';

/** Documented: "Get Auth Token" is `POST /v1/login`. */
export const LOGIN_PATH = '/v1/login';

/** The account credentials, resolved, handed to `loginBody`. */
export interface LoginCredentials {
  email: string;
  password: string;
}

/** A token as read from a login or refresh response. */
export interface PortalDuctToken {
  /** The bearer token. */
  accessToken: string;
  /** Lifetime in seconds, when the response said. Without it the token is used until PortalDuct answers 401. */
  expiresIn?: number | undefined;
  /** A refresh token, when the response carried one; handed to your `refresh.body`. */
  refreshToken?: string | undefined;
}

/** GUESS: the login body. The overview names "email and password"; the JSON field names are not published. */
export function defaultLoginBody(credentials: LoginCredentials): Record<string, unknown> {
  return { email: credentials.email, password: credentials.password };
}

// GUESS: the names PortalDuct may use for the token, its lifetime and a refresh token. Common spellings only.
const TOKEN_FIELDS = ['token', 'access_token', 'accessToken'] as const;
const EXPIRES_FIELDS = ['expires_in', 'expiresIn'] as const;
const REFRESH_FIELDS = ['refresh_token', 'refreshToken'] as const;

/**
 * GUESS: reads the token out of a login or refresh response. Looks at the top level and one level down
 * under `data` (a common envelope). Throws a `ResponseValidationError` naming the fields it did find
 * (names only, never values) so you can write `tokenFromResponse` for the real shape.
 */
export function defaultTokenFromResponse(body: unknown): PortalDuctToken {
  const record = asRecord(body);
  const candidates = [record, asRecord(record?.['data'])].filter((r): r is Record<string, unknown> => r !== undefined);
  for (const candidate of candidates) {
    const accessToken = firstString(candidate, TOKEN_FIELDS);
    if (accessToken === undefined) continue;
    const expiresIn = Number(firstDefined(candidate, EXPIRES_FIELDS) ?? Number.NaN);
    return {
      accessToken,
      expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : undefined,
      refreshToken: firstString(candidate, REFRESH_FIELDS),
    };
  }
  const seen = record ? Object.keys(record).join(', ') || 'none' : Array.isArray(body) ? 'an array body' : `a ${body === null ? 'null' : typeof body} body`;
  throw new ResponseValidationError('the PortalDuct login', [
    {
      path: TOKEN_FIELDS.join(' | '),
      message: `no token found (fields received: ${seen}). PortalDuct has not published the login response; pass tokenFromResponse to read it`,
    },
  ]);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function firstDefined(record: Record<string, unknown>, fields: readonly string[]): unknown {
  for (const field of fields) if (record[field] !== undefined && record[field] !== null) return record[field];
  return undefined;
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
