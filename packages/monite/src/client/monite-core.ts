import {
  bearerToken,
  ConfigurationError,
  HttpClient,
  inspectSymbol,
  missingCredentials,
  redactUrl,
  resolveSupplier,
  TokenAuth,
  type APIPromise,
  type AuthStrategy,
  type BinaryBody,
  type PagePromise,
  type RateLimitOptions,
  type RequestOptions,
  type SharedOptions,
  type Supplier,
} from '@x/core';
import { entityUserTokenAuth, partnerTokenAuth, type MoniteCredentials } from '../auth/monite-tokens.js';
import { MONITE_ENVIRONMENTS, type MoniteEnvironment } from '../runtime/environments.js';
import { MoniteRunner } from '../runtime/monite-runner.js';
import type { MoniteRequestOptions, Operation, OperationArgs, OperationRunner } from '../runtime/operation.js';
import { moniteProfile } from '../runtime/profile.js';

/** Options of a Monite client. Per-request options override the shared ones for one call. */
export interface MoniteClientOptions extends Omit<SharedOptions, 'apiVersion'> {
  /** Partner client id (Partner Portal). Needed for automatic tokens. A value or a (async) function. */
  clientId?: Supplier<string>;
  /** Partner client secret. Keep it out of source code: pass a function reading your secret store. */
  clientSecret?: Supplier<string>;
  /** Use a token you obtained yourself instead of client credentials (no automatic refresh). */
  token?: Supplier<string>;
  /** Which Monite API to call. Default `sandbox`. Ignored when `baseUrl` is set. */
  environment?: MoniteEnvironment;
  /** `X-Monite-Version` to send. Default 2024-05-25, the version this SDK was generated from. */
  moniteVersion?: string;
  /** The entity every entity-scoped call acts on (`X-Monite-Entity-Id`). Usually set with `forEntity()`. */
  entityId?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * Client-side pacing shared by this client and every client derived from it (`forEntity`,
   * `asEntityUser`, `withOptions`). Default `{ requestsPerSecond: 30 }`, Monite's documented rate;
   * raise it if Monite granted your account more, or `false` to turn pacing off. After a 429 every
   * call sharing the limiter waits for its `Retry-After` once.
   */
  rateLimit?: RateLimitOptions | false;
}

/** Internal: what a derived client takes over from its parent. */
export interface DerivedState {
  shared: SharedState;
  http: HttpClient;
  entityId: string | undefined;
  entityUserId: string | undefined;
}

/** State shared by a client and every client derived from it. */
export interface SharedState {
  credentials: MoniteCredentials | undefined;
  /** One token cache per entity user, so every `asEntityUser(id)` client reuses its user's token. */
  entityUserAuth: Map<string, TokenAuth>;
}

/**
 * The Monite client without its resource groups: auth, entity scoping, and
 * running generated operations. Pass it to the standalone operation functions
 * (`entitiesCreate(monite, body)`) or resource factories (`entities(monite)`)
 * from `@x/monite/resources` for the smallest bundle; `MoniteClient` adds
 * every resource group as a property.
 */
export class MoniteCore implements OperationRunner {
  /** The entity this client acts on, if scoped. */
  readonly entityId: string | undefined;
  /** The entity user this client acts as, if any. */
  readonly entityUserId: string | undefined;
  readonly #runner: OperationRunner;
  readonly #http: HttpClient;
  readonly #shared: SharedState;
  readonly #options: MoniteClientOptions;

  /**
   * @param options - credentials, environment and defaults for every call.
   * @param derived - internal: the state a derived client (`forEntity`, `asEntityUser`, `withOptions`) shares.
   */
  constructor(options: MoniteClientOptions = {}, derived?: DerivedState) {
    this.#options = options;
    if (derived) {
      this.#shared = derived.shared;
      this.#http = derived.http;
      this.entityId = derived.entityId;
      this.entityUserId = derived.entityUserId;
    } else {
      this.#shared = { credentials: credentialsOf(options), entityUserAuth: new Map() };
      this.#http = new HttpClient(moniteProfile, httpOptions(options, partnerAuth(options, this.#shared.credentials)));
      this.entityId = options.entityId;
      this.entityUserId = undefined;
    }
    this.#runner = new MoniteRunner(this.#http, this.entityId);
  }

  /** Runs one generated operation (what `entitiesCreate(monite, body)` and `entities(monite).create(body)` call). */
  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<TResponse> {
    return this.#runner.call(op, args, options);
  }

  /** Runs one generated operation with a binary (PDF) response. */
  callBinary(op: Operation, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<BinaryBody> {
    return this.#runner.callBinary(op, args, options);
  }

  /** Runs one generated list operation, paginated. */
  paginate<TItem, TPage extends { data: TItem[] }>(op: Operation<any, any, any, TPage>, args: OperationArgs, options?: MoniteRequestOptions): PagePromise<TPage, TItem> {
    return this.#runner.paginate(op, args, options);
  }

  /** A client whose entity-scoped calls act on `entityId` (sends `X-Monite-Entity-Id`). Shares this client's tokens. */
  forEntity(entityId: string): this {
    requireId(entityId, 'forEntity(entityId)');
    return this.#derive({ entityId }, this.#http, this.entityUserId);
  }

  /**
   * A client acting as an entity user: requests carry that user's token
   * (`grant_type: entity_user`), fetched on first use and cached per user.
   */
  asEntityUser(entityUserId: string, options: { entityId?: string } = {}): this {
    requireId(entityUserId, 'asEntityUser(entityUserId)');
    const credentials = this.#requireCredentials('asEntityUser()');
    let auth = this.#shared.entityUserAuth.get(entityUserId);
    if (!auth) {
      auth = entityUserTokenAuth(credentials, entityUserId);
      this.#shared.entityUserAuth.set(entityUserId, auth);
    }
    const entityId = options.entityId ?? this.entityId;
    return this.#derive({ entityId }, this.#http.withOptions({ auth }), entityUserId);
  }

  /** A copy with other defaults (timeouts, retries, logger, version...). Shares tokens. */
  withOptions(options: Omit<MoniteClientOptions, 'clientId' | 'clientSecret' | 'token'>): this {
    const { environment, moniteVersion, entityId, ...shared } = options;
    const http = this.#http.withOptions({
      ...shared,
      ...(environment && !options.baseUrl ? { baseUrl: MONITE_ENVIRONMENTS[environment] } : {}),
      ...(moniteVersion ? { apiVersion: moniteVersion } : {}),
    });
    return this.#derive({ entityId: entityId ?? this.entityId }, http, this.entityUserId);
  }

  /** The access token this client sends (fetching one if needed), e.g. to hand an entity-user token to Monite's front-end SDK. */
  async getAccessToken(options: RequestOptions = {}): Promise<string> {
    const auth = this.#http.auth;
    // The token fetch is shared with every waiting call, so it is sent without this caller's options (as @x/core's
    // own token fetches are): an abort stops this caller's wait, not the fetch the others wait for.
    if (auth instanceof TokenAuth) return auth.getToken({ request: (spec) => this.#http.request(spec), signal: options.signal });
    if (this.#options.token !== undefined) return resolveSupplier(this.#options.token);
    throw new ConfigurationError('This Monite client has no credentials. Pass clientId and clientSecret (or token) when creating it.');
  }

  /**
   * Revokes the token this client holds (`POST /auth/revoke`) and forgets it;
   * the next call fetches a new one. Does nothing when no token was fetched yet.
   */
  async revokeToken(options: RequestOptions = {}): Promise<void> {
    const auth = this.#http.auth;
    const token = auth instanceof TokenAuth ? auth.peekToken() : undefined;
    if (!(auth instanceof TokenAuth) || token === undefined) return;
    const credentials = this.#requireCredentials('revokeToken()');
    await this.#http.request(
      {
        method: 'POST',
        path: '/auth/revoke',
        body: {
          client_id: await resolveSupplier(credentials.clientId),
          client_secret: await resolveSupplier(credentials.clientSecret),
          token,
        },
        operation: 'POST /auth/revoke',
      },
      options,
    );
    auth.clear();
  }

  [inspectSymbol](): string {
    return `${this.constructor.name} { baseUrl: '${redactUrl(this.#http.options.baseUrl)}', entityId: ${JSON.stringify(this.entityId)}, entityUserId: ${JSON.stringify(this.entityUserId)}, credentials: [REDACTED] }`;
  }

  toJSON(): Record<string, unknown> {
    return { baseUrl: redactUrl(this.#http.options.baseUrl), entityId: this.entityId, entityUserId: this.entityUserId };
  }

  #derive(scope: { entityId: string | undefined }, http: HttpClient, entityUserId: string | undefined): this {
    const Ctor = this.constructor as new (options: MoniteClientOptions, derived: DerivedState) => this;
    return new Ctor(this.#options, { shared: this.#shared, http, entityId: scope.entityId, entityUserId });
  }

  #requireCredentials(what: string): MoniteCredentials {
    if (!this.#shared.credentials) {
      throw new ConfigurationError(`${what} needs the partner's clientId and clientSecret; create the client with both.`);
    }
    return this.#shared.credentials;
  }
}

function credentialsOf(options: MoniteClientOptions): MoniteCredentials | undefined {
  const hasId = options.clientId !== undefined;
  const hasSecret = options.clientSecret !== undefined;
  if (hasId !== hasSecret) {
    throw new ConfigurationError(`Monite: pass both clientId and clientSecret (got only ${hasId ? 'clientId' : 'clientSecret'}).`);
  }
  return hasId ? { clientId: options.clientId!, clientSecret: options.clientSecret! } : undefined;
}

function partnerAuth(options: MoniteClientOptions, credentials: MoniteCredentials | undefined): AuthStrategy {
  if (options.token !== undefined && credentials) {
    throw new ConfigurationError('Monite: pass either token or clientId/clientSecret, not both.');
  }
  if (options.token !== undefined) return bearerToken(options.token);
  if (credentials) return partnerTokenAuth(credentials);
  // Fails each authenticated call before anything is sent, instead of sending it without Authorization.
  return missingCredentials(
    'Monite: this client has no credentials. Pass clientId and clientSecret (from the Monite Partner Portal), or a token, when creating it.',
  );
}

function httpOptions(options: MoniteClientOptions, auth: AuthStrategy) {
  const { clientId: _id, clientSecret: _secret, token: _token, environment, moniteVersion, entityId: _entity, ...shared } = options;
  const baseUrl = options.baseUrl ?? MONITE_ENVIRONMENTS[environment ?? 'sandbox'];
  if (!baseUrl) throw new ConfigurationError(`Monite: unknown environment ${JSON.stringify(environment)}; use one of ${Object.keys(MONITE_ENVIRONMENTS).join(', ')}.`);
  return { ...shared, baseUrl, auth, ...(moniteVersion ? { apiVersion: moniteVersion } : {}) };
}

function requireId(value: unknown, what: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${what} needs a non-empty id, got ${JSON.stringify(value)}.`);
  }
}
