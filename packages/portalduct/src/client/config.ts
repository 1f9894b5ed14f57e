import { ConfigurationError, redactUrl, type ClientOptions } from '@x/core';
import type { PortalDuctClientOptions } from './options.js';

const MISSING_BASE_URL =
  'PortalDuct: baseUrl is required. PortalDuct has not published its API hosts, so the SDK does not guess one: ' +
  'ask PortalDuct for the API URL of your sandbox (and, separately, production) and pass it, ' +
  "e.g. new PortalDuctClient({ baseUrl: process.env.PORTALDUCT_API_URL, email, password }).";

/** Checks the options a client is created with; throws {@link ConfigurationError} before anything is sent. */
export function checkClientOptions(options: PortalDuctClientOptions | undefined): void {
  if (!options || typeof options !== 'object') throw new ConfigurationError(MISSING_BASE_URL);
  const { baseUrl } = options;
  if (baseUrl === undefined || baseUrl === null || (typeof baseUrl === 'string' && baseUrl.trim() === '')) {
    throw new ConfigurationError(MISSING_BASE_URL);
  }
  if (typeof baseUrl !== 'string' || !/^https?:\/\//i.test(baseUrl)) {
    throw new ConfigurationError(`PortalDuct: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(typeof baseUrl === 'string' ? redactUrl(baseUrl) : String(baseUrl))}.`);
  }
  if (/\/v1\/?$/i.test(baseUrl)) {
    throw new ConfigurationError(`PortalDuct: pass baseUrl without the trailing /v1 (got ${JSON.stringify(redactUrl(baseUrl))}); the SDK adds the documented /v1/... paths.`);
  }
  if (options.environment !== undefined && options.environment !== 'sandbox' && options.environment !== 'production') {
    throw new ConfigurationError(`PortalDuct: environment must be 'sandbox' or 'production', got ${JSON.stringify(options.environment)}.`);
  }
  checkCredentials(options);
  if (options.refresh !== undefined) {
    const { path, body } = options.refresh;
    if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
      throw new ConfigurationError(`PortalDuct: refresh.path must be a path relative to baseUrl starting with "/", got ${JSON.stringify(path)}.`);
    }
    if (typeof body !== 'function') throw new ConfigurationError('PortalDuct: refresh.body must be a function building the refresh request body.');
  }
}

function checkCredentials(options: PortalDuctClientOptions): void {
  const hasEmail = options.email !== undefined;
  const hasPassword = options.password !== undefined;
  const hasToken = options.token !== undefined;
  if (hasToken && (hasEmail || hasPassword)) {
    throw new ConfigurationError('PortalDuct: pass either token or email and password, not both.');
  }
  if (hasEmail !== hasPassword) {
    throw new ConfigurationError(`PortalDuct: pass both email and password (got only ${hasEmail ? 'email' : 'password'}).`);
  }
  if (!hasToken && !hasEmail) {
    throw new ConfigurationError(
      'PortalDuct: no credentials. Pass email and password (the SDK logs in with POST /v1/login), or token (copied from the PortalDuct Customer Developer Portal, API Credentials tab).',
    );
  }
  for (const [name, value] of [['email', options.email], ['password', options.password], ['token', options.token]] as const) {
    if (typeof value === 'string' && value.trim() === '') throw new ConfigurationError(`PortalDuct: ${name} is empty.`);
  }
}

/** The @x/core client options: the shared ones, without PortalDuct's own. */
export function transportOptions(options: PortalDuctClientOptions): Omit<ClientOptions, 'auth'> {
  const {
    email: _email,
    password: _password,
    token: _token,
    loginBody: _loginBody,
    tokenFromResponse: _tokenFromResponse,
    refresh: _refresh,
    isTokenExpired: _isTokenExpired,
    refreshBeforeExpiryMs: _refreshBefore,
    requestBodies: _requestBodies,
    environment: _environment,
    ...shared
  } = options;
  return shared;
}
