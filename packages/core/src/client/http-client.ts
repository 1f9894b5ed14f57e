import ky from 'ky';
import type { AuthContext, AuthStrategy } from '../auth/auth-strategy.js';
import { noAuth } from '../auth/static-auth.js';
import type { APIError } from '../errors/api-error.js';
import { makeAPIError, extractVendorMessage } from '../errors/error-factory.js';
import { APIConnectionError, APITimeoutError, APIUserAbortError } from '../errors/connection-errors.js';
import { ConfigurationError, ResponseValidationError } from '../errors/validation-errors.js';
import { inspectSymbol } from '../internal/inspect.js';
import { detectRuntime } from '../internal/platform.js';
import { sleep } from '../internal/sleep.js';
import { assertNoUserInfo, buildUrl } from '../internal/url.js';
import { LevelLogger } from '../logging/logger.js';
import { redactBody, redactHeaders, redactPath, redactUrl, requestSecrets, scrubText, scrubValues } from '../logging/redact.js';
import { backoffDelay, parseRetryAfter } from '../retry/backoff.js';
import { isRetryable, type AttemptFailure } from '../retry/retry-policy.js';
import { validateRequest, validateResponse } from '../validation/validate.js';
import { APIPromise, type CallResult } from './api-promise.js';
import { AttemptError, errorCode, TimeoutMarker } from './attempt-error.js';
import { BinaryBody } from './binary-body.js';
import { encodeBody } from './encode-body.js';
import type { ClientOptions, RequestOptions, VendorProfile } from './options.js';
import type { RequestSpec } from './request-spec.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
const CORE_VERSION = '0.1.0';

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
  logger: LevelLogger;
  apiVersion: string | undefined;
  idempotencyKey: string | undefined;
}

/**
 * The transport every vendor client is composed with: builds requests,
 * authenticates, retries safely, replays once on an expired token, maps
 * failures to typed errors, validates, and logs without secrets.
 */
export class HttpClient {
  readonly profile: VendorProfile;
  readonly #options: ClientOptions;
  readonly #auth: AuthStrategy;
  readonly #fetch: typeof fetch;
  readonly #userAgent: string;

  constructor(profile: VendorProfile, options: ClientOptions) {
    if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\//i.test(options.baseUrl)) {
      throw new ConfigurationError(
        `${profile.vendor}: baseUrl must be an absolute http(s) URL, got ${typeof options?.baseUrl === 'string' ? JSON.stringify(redactUrl(options.baseUrl)) : String(options?.baseUrl)}.`,
      );
    }
    assertNoUserInfo(options.baseUrl, profile.vendor);
    this.profile = profile;
    this.#options = options;
    this.#auth = options.auth ?? noAuth;
    // Bound at call time so a test or polyfill that replaces globalThis.fetch later is honoured.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#userAgent = `${profile.packageName}/${profile.packageVersion} @x/core/${CORE_VERSION} ${detectRuntime()}`;
  }

  /** The auth strategy (shared by every client derived with {@link withOptions}). */
  get auth(): AuthStrategy {
    return this.#auth;
  }

  /** The client's options, for reading. Credentials live in the auth strategy and never here. */
  get options(): Readonly<ClientOptions> {
    return this.#options;
  }

  /**
   * A copy with some options changed. The auth strategy, and so the token
   * cache, is shared unless `auth` is replaced.
   */
  withOptions(options: Partial<ClientOptions>): HttpClient {
    return new HttpClient(this.profile, { ...this.#options, ...options, headers: { ...this.#options.headers, ...options.headers } });
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
    if (spec.querySchema) validateRequest(spec.querySchema, spec.query ?? {}, `query parameters for ${what}`);
    if (spec.bodySchema) validateRequest(spec.bodySchema, spec.body, `request body for ${what}`);
    const settings = this.#settings(options);
    if (settings.idempotencyKey !== undefined && !this.profile.idempotencyHeader) {
      throw new ConfigurationError(
        `${this.profile.vendor} does not support idempotency keys, so idempotencyKey cannot be sent. Remove it; POST and PATCH are then not retried after ambiguous failures.`,
      );
    }
    const url = buildUrl(settings.baseUrl, spec.path, spec.query);
    assertNoUserInfo(url, this.profile.vendor);
    const totalSignal = settings.totalTimeout !== undefined ? AbortSignal.timeout(settings.totalTimeout) : undefined;
    // The auth strategy may share one token fetch between callers, so its requests must not carry this caller's
    // signal; the strategy races the shared fetch against `signal` for this caller alone.
    const authContext: AuthContext = { request: (inner) => this.request(inner), signal: settings.signal };
    const useAuth = spec.auth !== false;
    let replayedForAuth = false;
    let retries = 0;

    for (let attempt = 1; ; attempt++) {
      const headers = this.#headers(spec, settings);
      let generation = 0;
      if (useAuth) {
        try {
          generation = await this.#auth.authorize(headers, authContext);
        } catch (caught) {
          if (settings.signal?.aborted) throw new APIUserAbortError(`${what} was aborted by the caller.`, { cause: settings.signal.reason });
          throw caught;
        }
      }
      const started = Date.now();
      let failure: AttemptFailure;
      let error: Error;
      let retryAfterMs: number | undefined;
      try {
        const result = await this.#attempt<T>(spec, url, headers, settings, totalSignal, what);
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
      if (retries >= settings.maxRetries || !isRetryable(spec.method, settings.idempotencyKey !== undefined, failure)) throw error;
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
    settings: CallSettings,
    totalSignal: AbortSignal | undefined,
    what: string,
  ): Promise<CallResult<T>> {
    const timer = new AbortController();
    const timeoutId = setTimeout(() => timer.abort(new TimeoutMarker(settings.timeout)), settings.timeout);
    const signals = [timer.signal, settings.signal, totalSignal].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length === 1 ? timer.signal : AbortSignal.any(signals);
    try {
      let response: Response;
      try {
        response = await ky(url, {
          method: spec.method,
          headers,
          body: encodeBody(spec.body, spec.bodyType, headers),
          // The signal goes to fetch directly: handed to ky it is merged with ky's own through
          // AbortSignal.any and followed by the Request, which costs more than the rest of a call.
          fetch: (request) => this.#fetch(request, { signal }),
          retry: 0,
          timeout: false,
          throwHttpErrors: false,
        });
      } catch (caught) {
        throw this.#transportFailure(caught, signal, settings, totalSignal, what, false, url);
      }
      const requestId = response.headers.get(this.profile.requestIdHeader ?? 'x-request-id') ?? undefined;
      if (!response.ok) {
        const body = await this.#readErrorBody(response).catch((caught) => {
          throw this.#transportFailure(caught, signal, settings, totalSignal, what, true, url);
        });
        const retryAfterMs = parseRetryAfter(response.headers);
        const apiError = this.#apiError(spec.method, url, response, body, requestId, retryAfterMs, spec.body, spec.errorHint);
        throw new AttemptError(apiError, { kind: 'status', status: response.status }, response.status, requestId, retryAfterMs);
      }
      let data: unknown;
      try {
        data = await this.#readBody(spec, response, what, requestId);
      } catch (caught) {
        if (caught instanceof ResponseValidationError) throw caught;
        throw this.#transportFailure(caught, signal, settings, totalSignal, what, true, url);
      }
      if (spec.responseType === undefined || spec.responseType === 'json') {
        data = validateResponse(spec.responseSchema, data, settings.validation, { what, requestId, logger: settings.logger });
      }
      return { data: data as T, response, requestId };
    } finally {
      clearTimeout(timeoutId);
    }
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
          throw new ResponseValidationError(what, [{ path: '', message: `the body is not JSON (content-type ${response.headers.get('content-type') ?? 'none'})` }], requestId);
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
    method: string,
    url: string,
    response: Response,
    body: unknown,
    requestId: string | undefined,
    retryAfterMs: number | undefined,
    requestBody: unknown,
    hint: string | undefined,
  ): APIError {
    // A server may echo what it was sent: the credentials, and credential-like query and body fields of this request.
    const secrets = [...this.#auth.knownSecrets(), ...requestSecrets(url, requestBody)];
    const message = (this.profile.extractErrorMessage ?? extractVendorMessage)(body);
    return makeAPIError({
      status: response.status,
      headers: scrubValues(redactHeaders(response.headers), secrets) as Record<string, string>,
      body: scrubValues(redactBody(body), secrets),
      vendorMessage: message === undefined ? undefined : scrubText(message, secrets),
      requestId,
      method,
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
  ): AttemptError {
    if (settings.signal?.aborted) {
      throw new APIUserAbortError(`${what} was aborted by the caller.`, { cause: settings.signal.reason });
    }
    if (signal.aborted) {
      const reason = signal.reason;
      const ms = reason instanceof TimeoutMarker ? reason.timeoutMs : (settings.totalTimeout ?? settings.timeout);
      const total = totalSignal?.aborted === true;
      const error = new APITimeoutError(
        `${what} timed out after ${ms} ms${afterResponse ? ' while reading the response body' : ''}${total ? ' (total timeout)' : ''}. Raise ${total ? 'totalTimeout' : 'timeout'} if the server is slow.`,
        ms,
      );
      if (total) throw error;
      return new AttemptError(error, { kind: 'timeout' });
    }
    // ky's NetworkError names the full URL (query credentials included) and carries the Request (auth headers):
    // report and keep only the runtime error it wraps.
    const underlying = caught instanceof Error && caught.name === 'NetworkError' ? caught.cause : caught;
    const code = errorCode(underlying);
    const refused = !afterResponse && (code === 'ECONNREFUSED' || /connection refused/i.test(String((underlying as Error)?.message ?? '')));
    const detail = code ?? (underlying instanceof Error ? underlying.message : String(underlying));
    const secrets = [...this.#auth.knownSecrets(), ...requestSecrets(url, undefined)];
    const error = new APIConnectionError(
      `${what} failed: ${afterResponse ? 'the connection broke while reading the response' : 'could not reach the server'} (${scrubText(detail, secrets)}). Check the network and baseUrl.`,
      { cause: underlying, code },
    );
    return new AttemptError(error, { kind: 'connection', refused });
  }

  #isAuthExpired(error: APIError): boolean {
    return this.profile.isAuthExpired ? this.profile.isAuthExpired(error) : error.status === 401;
  }

  #headers(spec: RequestSpec<unknown>, settings: CallSettings): Headers {
    const headers = new Headers();
    // A PDF or text endpoint may refuse `application/json` (406); it gets `*/*` unless the call says otherwise.
    const binary = spec.responseType === 'binary' || spec.responseType === 'text';
    headers.set('accept', binary ? '*/*' : 'application/json');
    headers.set('user-agent', this.#userAgent);
    const version = this.profile.versionHeader;
    if (version) headers.set(version.name, settings.apiVersion ?? version.defaultValue);
    if (settings.idempotencyKey !== undefined && this.profile.idempotencyHeader) {
      headers.set(this.profile.idempotencyHeader, settings.idempotencyKey);
    }
    for (const layer of [settings.headers, spec.headers]) {
      if (!layer) continue;
      for (const [name, value] of Object.entries(layer)) {
        if (value === null || value === undefined) headers.delete(name);
        else headers.set(name, value);
      }
    }
    return headers;
  }

  #settings(options: RequestOptions): CallSettings {
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
      validation: options.validation ?? client.validation ?? 'lenient',
      logger: new LevelLogger(logger, options.logLevel ?? client.logLevel ?? 'warn'),
      apiVersion: options.apiVersion ?? client.apiVersion,
      idempotencyKey: options.idempotencyKey,
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
    if (!settings.logger.enabled('debug')) return;
    const durationMs = Date.now() - started;
    const safeUrl = redactUrl(url);
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

