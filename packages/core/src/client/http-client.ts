import ky, { type KyInstance } from 'ky';
import type { AuthContext, AuthStrategy } from '../auth/auth-strategy.js';
import { noAuth } from '../auth/static-auth.js';
import type { APIError } from '../errors/api-error.js';
import { makeAPIError, extractVendorMessage } from '../errors/error-factory.js';
import { APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { ConfigurationError, ResponseValidationError } from '../errors/validation-errors.js';
import { inspectSymbol } from '../internal/inspect.js';
import { detectRuntime } from '../internal/platform.js';
import { sleep } from '../internal/sleep.js';
import { assertNoUserInfo, buildUrl } from '../internal/url.js';
import { LevelLogger } from '../logging/logger.js';
import { redactBody, redactHeaders, redactPath, redactUrl, requestSecrets, scrubText, scrubValues } from '../logging/redact.js';
import { RateLimiter } from '../rate/rate-limiter.js';
import { backoffDelay, parseRetryAfter } from '../retry/backoff.js';
import { isRetryable, type AttemptFailure } from '../retry/retry-policy.js';
import { validateRequest, validateResponse } from '../validation/validate.js';
import { VERSION } from '../version.js';
import { APIPromise, attachRequestId, type CallResult } from './api-promise.js';
import { AttemptError, TimeoutMarker } from './attempt-error.js';
import { BinaryBody } from './binary-body.js';
import { checkSharedOptions } from './check-options.js';
import { ClientFamily } from './client-family.js';
import { prepareBody, type PreparedBody } from './encode-body.js';
import type { ClientOptions, RequestOptions, VendorProfile } from './options.js';
import type { RequestSpec } from './request-spec.js';
import { connectionError } from './transport-failure.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/** Methods whose repeat may duplicate a write: their failures say the server may have acted. */
const WRITE_METHODS = new Set(['POST', 'PATCH']);

/** ky with what this transport does itself (retries, timeouts, error mapping) turned off; made on first use, not at import. */
let transport: KyInstance | undefined;
const kyTransport = (): KyInstance => (transport ??= ky.create({ retry: 0, timeout: false, throwHttpErrors: false }));

/** Settings of one call after merging client and request options. */
interface CallSettings {
  baseUrl: string;
  headers: Record<string, string | null | undefined>;
  timeout: number;
  totalTimeout: number | undefined;
  maxRetries: number;
  maxRetryAfter: number;
  signal: AbortSignal | undefined;
  validation: NonNullable<ClientOptions['validation']>;
  validateRequests: boolean;
  logger: LevelLogger;
  apiVersion: string | undefined;
  idempotencyKey: string | undefined;
  /** The headers every call with these settings starts from; built on first use and copied per attempt. */
  headerTemplate: HeaderTemplate | undefined;
}

/** Headers fixed by the client and call options, and which names those options set (so per-call defaults yield to them). */
interface HeaderTemplate {
  headers: Headers;
  userSet: Set<string>;
}

/**
 * The transport every vendor client is composed with: builds requests,
 * authenticates, paces, retries safely, replays once on an expired token, maps
 * failures to typed errors, validates, and logs without secrets.
 */
export class HttpClient {
  readonly profile: VendorProfile;
  readonly #options: ClientOptions;
  readonly #auth: AuthStrategy;
  /** The user's fetch, if any; otherwise the global one is looked up at call time. */
  readonly #customFetch: typeof fetch | undefined;
  /** Call settings when a call passes no options (most calls): computed once. */
  #defaultSettings: CallSettings | undefined;
  readonly #userAgent: string;
  readonly #family: ClientFamily;

  /**
   * @param profile - what the vendor package fixes about its API.
   * @param options - the user's options; checked here, so a typo fails at construction.
   * @param family - internal: the limiter and secrets shared with the client this one derives from.
   */
  constructor(profile: VendorProfile, options: ClientOptions, family?: ClientFamily) {
    if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\//i.test(options.baseUrl)) {
      throw new ConfigurationError(
        `${profile.vendor}: baseUrl must be an absolute http(s) URL, got ${typeof options?.baseUrl === 'string' ? JSON.stringify(redactUrl(options.baseUrl)) : String(options?.baseUrl)}.`,
      );
    }
    assertNoUserInfo(options.baseUrl, profile.vendor);
    checkSharedOptions(options, `${profile.vendor} client`);
    this.profile = profile;
    this.#options = options;
    this.#auth = options.auth ?? noAuth;
    this.#customFetch = options.fetch;
    this.#userAgent = `${profile.packageName}/${profile.packageVersion} @x/core/${VERSION} ${detectRuntime()}`;
    this.#family = family ?? new ClientFamily(makeLimiter(profile, options));
    this.#family.adopt(this.#auth);
  }

  /** The auth strategy (shared by every client derived with {@link withOptions}). */
  get auth(): AuthStrategy {
    return this.#auth;
  }

  /** The client's options, for reading. Credentials live in the auth strategy and never here. */
  get options(): Readonly<ClientOptions> {
    return this.#options;
  }

  /** The rate limiter this client family shares, when pacing is on. */
  get rateLimiter(): RateLimiter | undefined {
    return this.#family.limiter;
  }

  /**
   * A copy with some options changed. The auth strategy (and so the token
   * cache), the rate limiter and the secrets to scrub are shared unless `auth`
   * or `rateLimit` is replaced.
   */
  withOptions(options: Partial<ClientOptions>): HttpClient {
    const merged = { ...this.#options, ...options, headers: { ...this.#options.headers, ...options.headers } };
    const family = options.rateLimit === undefined ? this.#family : this.#family.fork(makeLimiter(this.profile, merged));
    return new HttpClient(this.profile, merged, family);
  }

  /** Sends one call. Input is validated before anything is sent. */
  request<T>(spec: RequestSpec<T>, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(this.#execute(spec, options));
  }

  [inspectSymbol](): string {
    return `HttpClient { vendor: '${this.profile.vendor}', baseUrl: '${redactUrl(this.#options.baseUrl)}', auth: [REDACTED] }`;
  }

  toJSON(): Record<string, unknown> {
    return { vendor: this.profile.vendor, baseUrl: redactUrl(this.#options.baseUrl) };
  }

  async #execute<T>(spec: RequestSpec<T>, options: RequestOptions): Promise<CallResult<T>> {
    const what = spec.operation ?? `${spec.method} ${redactPath(spec.path)}`;
    const settings = this.#settings(options, what);
    if (settings.validateRequests && spec.querySchema) validateRequest(spec.querySchema, spec.query ?? {}, `query parameters for ${what}`);
    const body = prepareBody(spec, what, settings.validateRequests);
    if (!settings.validateRequests && (spec.bodySchema || spec.querySchema)) {
      settings.logger.warn(`${what}: request validation is off; the input is sent as given`);
    }
    if (settings.idempotencyKey !== undefined && !this.profile.idempotencyHeader) {
      throw new ConfigurationError(
        `${this.profile.vendor} does not support idempotency keys, so idempotencyKey cannot be sent. Remove it; POST and PATCH are then not retried after ambiguous failures.`,
      );
    }
    const url = buildUrl(settings.baseUrl, spec.path, spec.query);
    assertNoUserInfo(url, this.profile.vendor);
    const totalSignal = settings.totalTimeout !== undefined ? AbortSignal.timeout(settings.totalTimeout) : undefined;
    const waits = new CallWaits(this, settings, totalSignal);
    const safe = settings.idempotencyKey !== undefined || spec.safeToRepeat === true;
    const useAuth = spec.auth !== false;
    const limiter = this.#family.limiter;
    let replayedForAuth = false;
    let retries = 0;

    for (let attempt = 1; ; attempt++) {
      const headers = this.#headers(spec, settings, body);
      let generation = 0;
      try {
        if (useAuth) {
          // A cached credential comes back as a plain number: no promise to wait for on most calls.
          const authorized = this.#auth.authorize(headers, waits);
          // Stryker disable next-line StringLiteral: awaiting a number gives the number (the check only saves a microtask)
          generation = typeof authorized === 'number' ? authorized : await authorized;
        }
        const slot = limiter?.acquire(() => waits.signal);
        // Stryker disable next-line ConditionalExpression: awaiting undefined (no wait needed) changes nothing
        if (slot) await slot;
      } catch (caught) {
        throw this.#waitFailure(caught, settings, totalSignal, waits.waitSignal, what);
      }
      const started = Date.now();
      let failure: AttemptFailure;
      let error: Error;
      let retryAfterMs: number | undefined;
      try {
        const result = await this.#attempt<T>(spec, url, headers, body, settings, totalSignal, what, safe);
        this.#logAttempt(settings, spec.method, url, result.response.status, attempt, started, result.requestId);
        return result;
      } catch (caught) {
        if (!(caught instanceof AttemptError)) throw caught;
        error = caught.error;
        failure = caught.failure;
        retryAfterMs = caught.retryAfterMs;
        this.#logAttempt(settings, spec.method, url, caught.status, attempt, started, caught.requestId, error);
      }

      if (useAuth && !replayedForAuth && failure.kind === 'status' && this.#isAuthExpired(error as APIError)) {
        replayedForAuth = true;
        if (this.#auth.invalidate(generation)) {
          settings.logger.info(`${what}: credentials expired or revoked; refreshing and replaying once`);
          continue;
        }
      }
      // One 429 pauses every caller sharing the limiter, so they wait once together instead of each
      // running into the limit and retrying on its own.
      if (limiter && failure.kind === 'status' && failure.status === 429) limiter.pause(retryAfterMs ?? backoffDelay(retries + 1));
      if (retries >= settings.maxRetries || !isRetryable(spec.method, safe, failure, this.profile.idempotentMethods)) throw error;
      if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfter) throw error;
      retries++;
      const delay = retryAfterMs ?? backoffDelay(retries);
      settings.logger.info(`${what}: retrying in ${delay} ms (retry ${retries} of ${settings.maxRetries})`, { reason: error.name });
      await this.#wait(delay, settings, totalSignal);
    }
  }

  async #attempt<T>(
    spec: RequestSpec<T>,
    url: string,
    headers: Headers,
    body: PreparedBody,
    settings: CallSettings,
    totalSignal: AbortSignal | undefined,
    what: string,
    safe: boolean,
  ): Promise<CallResult<T>> {
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(new TimeoutMarker(settings.timeout)), settings.timeout);
    const signal = anySignal(timer.signal, settings.signal, totalSignal);
    const write = WRITE_METHODS.has(spec.method) && !safe;
    try {
      let response: Response;
      try {
        // Headers and signal go to fetch, not to ky: ky merges headers by copying them into new Headers
        // objects several times (a third of a call) and combines signals through AbortSignal.any.
        const fetch = (request: Request | URL | string) => this.#send(request as Request, headers, signal, body);
        // ky merges every key it is given, so a bodiless call passes no `body` key at all.
        response = await kyTransport()(url, body.body === undefined ? { method: spec.method, fetch } : { method: spec.method, body: body.body, fetch });
      } catch (caught) {
        throw this.#transportFailure(caught, signal, settings, totalSignal, what, false, url, write);
      }
      this.#family.limiter?.observe(response.headers);
      const requestId = response.headers.get(this.profile.requestIdHeader ?? 'x-request-id') ?? undefined;
      if (!response.ok) {
        const errorBody = await this.#readErrorBody(response).catch((caught) => {
          throw this.#transportFailure(caught, signal, settings, totalSignal, what, true, url, write);
        });
        const retryAfterMs = parseRetryAfter(response.headers);
        const apiError = this.#apiError(spec, url, response, errorBody, requestId, retryAfterMs, body.sent, write);
        throw new AttemptError(apiError, { kind: 'status', status: response.status }, response.status, requestId, retryAfterMs);
      }
      let data: unknown;
      try {
        data = await this.#readBody(spec, response, what, requestId);
      } catch (caught) {
        if (caught instanceof ResponseValidationError) throw caught;
        throw this.#transportFailure(caught, signal, settings, totalSignal, what, true, url, write);
      }
      if (spec.responseType === undefined || spec.responseType === 'json') {
        // A vendor may report an error with a success status: thrown (not retried) like any API error.
        if (this.profile.isErrorBody?.(data)) throw this.#apiError(spec, url, response, data, requestId, undefined, body.sent, write);
        if (data == null && spec.responseSchema && settings.validation !== 'off') assertBodyPresent(spec, data, response.status, what, requestId);
        data = validateResponse(spec.responseSchema, data, settings.validation, { what, requestId, logger: settings.logger });
        attachRequestId(data, requestId);
      }
      return { data: data as T, response, requestId };
    } finally {
      clearTimeout(timeoutId);
    }
  }

  /**
   * Hands ky's request to fetch with this attempt's headers and signal. The global fetch takes them as
   * `init` (it builds its own Request anyway); a user's fetch gets one complete Request, so a wrapper
   * that reads only the Request still sees every header.
   */
  #send(request: Request, headers: Headers, signal: AbortSignal, body: PreparedBody): Promise<Response> {
    // A multipart body's boundary is in the content-type fetch chose for ky's request.
    if (body.contentType === undefined && body.body !== undefined && !headers.has('content-type')) {
      const type = request.headers.get('content-type');
      if (type) headers.set('content-type', type);
    }
    const custom = this.#customFetch;
    if (custom) return custom(new Request(request, { headers, signal }));
    // Looked up per call so a test or polyfill that replaces globalThis.fetch later is honoured.
    return globalThis.fetch(request, { headers, signal });
  }

  async #readBody(spec: RequestSpec<unknown>, response: Response, what: string, requestId: string | undefined): Promise<unknown> {
    switch (spec.responseType ?? 'json') {
      case 'none':
        await response.body?.cancel();
        return undefined;
      case 'binary':
        return new BinaryBody(response);
      case 'text':
        return response.text();
      default: {
        const text = await response.text();
        if (text === '') return undefined;
        try {
          return JSON.parse(text);
        } catch {
          const type = response.headers.get('content-type');
          const html = /html/i.test(type ?? '') || /^\s*</.test(text);
          const message = `the body is not JSON (content-type ${type ?? 'none'})${html ? '; an HTML page usually means baseUrl does not point at the API root' : ''}`;
          throw new ResponseValidationError(what, [{ path: '', message }], requestId);
        }
      }
    }
  }

  async #readErrorBody(response: Response): Promise<unknown> {
    const text = await response.text();
    if (text === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text.slice(0, 2000);
    }
  }

  #apiError(
    spec: RequestSpec<unknown>,
    url: string,
    response: Response,
    body: unknown,
    requestId: string | undefined,
    retryAfterMs: number | undefined,
    requestBody: unknown,
    write: boolean,
  ): APIError {
    // A server may echo what it was sent: every credential the client family has held, and
    // credential-like query and body fields of this request.
    const secrets = [...this.#family.secrets(), ...requestSecrets(url, requestBody)];
    const message = (this.profile.extractErrorMessage ?? extractVendorMessage)(body);
    const code = this.profile.extractErrorCode?.(body);
    const status = response.status;
    const contentType = response.headers.get('content-type');
    let hint = typeof spec.errorHint === 'function' ? spec.errorHint({ status, body, contentType }) : spec.errorHint;
    if (hint === undefined && write && status >= 500) {
      hint = 'The server failed, possibly after acting on the request: check before sending it again';
    }
    return makeAPIError({
      status,
      headers: scrubValues(redactHeaders(response.headers), secrets) as Record<string, string>,
      body: scrubValues(redactBody(body), secrets),
      vendorMessage: message === undefined ? undefined : scrubText(message, secrets),
      vendorCode: code === undefined ? undefined : scrubText(code, secrets),
      requestId,
      method: spec.method,
      url: redactUrl(url),
      vendor: this.profile.vendor,
      retryAfterMs,
      hint,
    });
  }

  #transportFailure(
    caught: unknown,
    signal: AbortSignal,
    settings: CallSettings,
    totalSignal: AbortSignal | undefined,
    what: string,
    afterResponse: boolean,
    url: string,
    write: boolean,
  ): AttemptError {
    if (settings.signal?.aborted) {
      throw new APIUserAbortError(`${what} was aborted by the caller.`, { cause: settings.signal.reason });
    }
    if (signal.aborted) {
      const reason = signal.reason;
      const ms = reason instanceof TimeoutMarker ? reason.timeoutMs : (settings.totalTimeout ?? settings.timeout);
      const total = totalSignal?.aborted === true;
      const error = new APITimeoutError(
        `${what} timed out after ${ms} ms${afterResponse ? ' while reading the response body' : ''}${total ? ' (total timeout)' : ''}${write ? '; the server may have acted on it' : ''}. Raise ${total ? 'totalTimeout' : 'timeout'} if the server is slow.`,
        ms,
      );
      if (total) throw error;
      return new AttemptError(error, { kind: 'timeout' });
    }
    // ky's NetworkError names the full URL (query credentials included) and carries the Request (auth headers):
    // report and keep only the runtime error it wraps.
    const underlying = caught instanceof Error && caught.name === 'NetworkError' ? caught.cause : caught;
    const secrets = [...this.#family.secrets(), ...requestSecrets(url, undefined)];
    const { error, notSent } = connectionError({ what, underlying, afterResponse, write, secrets });
    return new AttemptError(error, { kind: 'connection', refused: notSent });
  }

  /** The error for a wait (token, rate-limit slot) that ended early: the caller's abort or deadline, else the token failure itself. */
  #waitFailure(caught: unknown, settings: CallSettings, totalSignal: AbortSignal | undefined, waitSignal: AbortSignal | undefined, what: string): unknown {
    if (settings.signal?.aborted) return new APIUserAbortError(`${what} was aborted by the caller.`, { cause: settings.signal.reason });
    if (totalSignal?.aborted) {
      return new APITimeoutError(`${what} timed out after ${settings.totalTimeout} ms (total timeout) before it could be sent (waiting for an access token or a rate-limit slot). Raise totalTimeout if this is expected.`, settings.totalTimeout ?? 0);
    }
    if (waitSignal?.aborted) {
      return new APITimeoutError(`${what} timed out after ${settings.timeout} ms before it could be sent (waiting for an access token or a rate-limit slot). Raise timeout if the token endpoint is slow.`, settings.timeout);
    }
    return caught;
  }

  #isAuthExpired(error: APIError): boolean {
    return this.profile.isAuthExpired ? this.profile.isAuthExpired(error) : error.status === 401;
  }

  #headers(spec: RequestSpec<unknown>, settings: CallSettings, body: PreparedBody): Headers {
    const template = (settings.headerTemplate ??= this.#headerTemplate(settings));
    // Copying a Headers object is about half the cost of setting its entries one by one.
    const headers = new Headers(template.headers);
    const userSet = template.userSet;
    // A PDF or text endpoint may refuse `application/json` (406); it gets `*/*` unless the options say otherwise.
    if ((spec.responseType === 'binary' || spec.responseType === 'text') && !userSet.has('accept')) headers.set('accept', '*/*');
    if (body.contentType && !userSet.has('content-type')) headers.set('content-type', body.contentType);
    const idempotencyHeader = this.profile.idempotencyHeader;
    if (settings.idempotencyKey !== undefined && idempotencyHeader && !userSet.has(idempotencyHeader.toLowerCase())) {
      headers.set(idempotencyHeader, settings.idempotencyKey);
    }
    if (spec.headers) applyHeaders(headers, spec.headers);
    return headers;
  }

  /** The headers of every call with these settings, with the client's and call's `headers` options applied last. */
  #headerTemplate(settings: CallSettings): HeaderTemplate {
    const headers = new Headers();
    headers.set('accept', 'application/json');
    headers.set('user-agent', this.#userAgent);
    const version = this.profile.versionHeader;
    if (version) headers.set(version.name, settings.apiVersion ?? version.defaultValue);
    applyHeaders(headers, settings.headers);
    return { headers, userSet: new Set(Object.keys(settings.headers).map((name) => name.toLowerCase())) };
  }

  #settings(options: RequestOptions, what: string): CallSettings {
    // Per-call options are checked like client options; an empty object (most calls) costs nothing
    // and shares settings computed once (they are never mutated).
    let empty = true;
    for (const _ in options) {
      checkSharedOptions(options, what);
      empty = false;
      break;
    }
    if (empty) return (this.#defaultSettings ??= this.#merge({}));
    return this.#merge(options);
  }

  #merge(options: RequestOptions): CallSettings {
    const client = this.#options;
    const logger = options.logger ?? client.logger;
    return {
      baseUrl: options.baseUrl ?? client.baseUrl,
      headers: { ...client.headers, ...options.headers },
      timeout: options.timeout ?? client.timeout ?? DEFAULT_TIMEOUT_MS,
      totalTimeout: options.totalTimeout ?? client.totalTimeout,
      maxRetries: options.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES,
      maxRetryAfter: options.maxRetryAfter ?? client.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER_MS,
      signal: options.signal ?? client.signal,
      // Stryker disable next-line StringLiteral: validateResponse treats every mode but 'off' and 'strict' as lenient
      validation: options.validation ?? client.validation ?? 'lenient',
      validateRequests: options.validateRequests ?? client.validateRequests ?? true,
      logger: new LevelLogger(logger, options.logLevel ?? client.logLevel ?? 'warn'),
      apiVersion: options.apiVersion ?? client.apiVersion,
      idempotencyKey: options.idempotencyKey,
      headerTemplate: undefined,
    };
  }

  async #wait(ms: number, settings: CallSettings, totalSignal: AbortSignal | undefined): Promise<void> {
    const signals = [settings.signal, totalSignal].filter((s): s is AbortSignal => s !== undefined);
    try {
      await sleep(ms, signals.length ? AbortSignal.any(signals) : undefined);
    } catch (caught) {
      if (settings.signal?.aborted) throw new APIUserAbortError('The call was aborted by the caller while waiting to retry.', { cause: caught });
      throw new APITimeoutError(`The call exceeded its total timeout of ${settings.totalTimeout} ms while waiting to retry.`, settings.totalTimeout ?? 0);
    }
  }

  #logAttempt(
    settings: CallSettings,
    method: string,
    url: string,
    status: number | undefined,
    attempt: number,
    started: number,
    requestId: string | undefined,
    error?: Error,
  ): void {
    // Stryker disable next-line ConditionalExpression: the logger drops the line anyway; this only saves formatting it
    if (!settings.logger.enabled('debug')) return;
    const durationMs = Date.now() - started;
    const safeUrl = redactUrl(url);
    // Stryker disable next-line OptionalChaining: an attempt without a status always has an error
    settings.logger.debug(`${method} ${safeUrl} ${status ?? error?.name ?? ''} (attempt ${attempt}, ${durationMs} ms)`, {
      method,
      url: safeUrl,
      status,
      attempt,
      durationMs,
      requestId,
    });
  }
}

/** A limiter from the client's `rateLimit` option or the vendor's documented rate; none when both are absent or off. */
function makeLimiter(profile: VendorProfile, options: ClientOptions): RateLimiter | undefined {
  const option = options.rateLimit;
  if (option === false) return undefined;
  if (option !== undefined && (typeof option !== 'object' || option === null)) {
    throw new ConfigurationError(`${profile.vendor} client: option rateLimit must be false or { requestsPerSecond: number }, got ${String(option)}.`);
  }
  const rate = option?.requestsPerSecond ?? profile.rateLimit?.requestsPerSecond;
  if (rate === undefined) return undefined;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 1) {
    throw new ConfigurationError(`${profile.vendor} client: rateLimit.requestsPerSecond must be a number >= 1, got ${String(rate)}.`);
  }
  return new RateLimiter(rate);
}

/** Sets each header; a `null` or `undefined` value removes it. */
function applyHeaders(headers: Headers, layer: Record<string, string | null | undefined>): void {
  for (const name of Object.keys(layer)) {
    const value = layer[name];
    if (value === null || value === undefined) headers.delete(name);
    else headers.set(name, value);
  }
}

/** `first` combined with the other signals that are set (or `first` alone). */
function anySignal(first: AbortSignal, second: AbortSignal | undefined, third: AbortSignal | undefined): AbortSignal {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: AbortSignal.any of one signal behaves as that signal (this only saves its cost)
  if (second === undefined && third === undefined) return first;
  return AbortSignal.any([first, second, third].filter((s): s is AbortSignal => s !== undefined));
}

/**
 * What one call lends its auth strategy and rate limiter: a way to send an
 * unauthenticated request through the same client (token endpoints), and the
 * signal that bounds waiting for a shared token or a rate-limit slot: the
 * caller's signal, the total timeout and the per-attempt timeout. That signal
 * is built only when a wait actually asks for it (rare), not per call.
 */
class CallWaits implements AuthContext {
  readonly #client: HttpClient;
  readonly #settings: CallSettings;
  readonly #totalSignal: AbortSignal | undefined;
  #request: AuthContext['request'] | undefined;
  #waitSignal: AbortSignal | undefined;

  constructor(client: HttpClient, settings: CallSettings, totalSignal: AbortSignal | undefined) {
    this.#client = client;
    this.#settings = settings;
    this.#totalSignal = totalSignal;
  }

  /** Sends a request through the client; a function of its own, as strategies pass it on detached. */
  get request(): AuthContext['request'] {
    return (this.#request ??= (spec) => this.#client.request(spec));
  }

  /** The token fetch may be shared between callers, so it never carries this caller's signal; the strategy races it against this one. */
  get signal(): AbortSignal {
    return (this.#waitSignal ??= anySignal(AbortSignal.timeout(this.#settings.timeout), this.#settings.signal, this.#totalSignal));
  }

  /** The wait signal if a wait has asked for it, to tell a wait's timeout from other failures. */
  get waitSignal(): AbortSignal | undefined {
    return this.#waitSignal;
  }
}

/**
 * A JSON success body that is absent (empty, 204, `null`) where the schema promises
 * a value is not leniency's business: the caller would crash on `.id`.
 */
function assertBodyPresent(spec: RequestSpec<unknown>, data: unknown, status: number, what: string, requestId: string | undefined): void {
  if ((spec.responseSchema as unknown as { safeParse(value: unknown): { success: boolean } }).safeParse(data).success) return;
  throw new ResponseValidationError(
    what,
    [{ path: '', message: `the server returned ${data === null ? 'null' : 'no body'} (status ${status}) where the API promises a response body` }],
    requestId,
  );
}
