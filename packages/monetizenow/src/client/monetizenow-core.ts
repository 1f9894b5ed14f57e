import {
  ConfigurationError,
  HttpClient,
  inspectSymbol,
  redactUrl,
  type APIPromise,
  type BinaryBody,
  type ClientOptions,
  type PagePromise,
  type RequestSpec,
  type SharedOptions,
  type Supplier,
} from '@x/core';
import { monetizeNowApiKey } from '../auth/api-key.js';
import { MONETIZENOW_ENVIRONMENTS, type MonetizeNowEnvironment } from '../runtime/environments.js';
import type { Operation, OperationArgs, OperationRunner } from '../runtime/operation.js';
import { monetizeNowProfile } from '../runtime/profile.js';
import { MonetizeNowRunner } from '../runtime/runner.js';
import { MonetizeNowTransport, type MonetizeNowRequestOptions } from '../runtime/transport.js';
import { SignUpAPI } from '../signup/signup-api.js';

/** Options of a MonetizeNow client. Per-request options override the shared ones for one call. */
export interface MonetizeNowClientOptions extends Omit<SharedOptions, 'apiVersion'> {
  /**
   * Your tenant's API key (MonetizeNow → Settings → API Keys), sent as `x-api-key`. A value, or a (async) function
   * returning it, so the key can stay in your secret store. A sandbox is a separate tenant with its own key.
   */
  apiKey: Supplier<string>;
  /** `us` (default, `https://api.monetizeplatform.com`) or `eu` (`https://api-eu.monetizeplatform.com`). Ignored when `baseUrl` is set. */
  environment?: MonetizeNowEnvironment;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Client-side pacing. Default none: MonetizeNow publishes no rate limit (429s are retried after `Retry-After`). */
  rateLimit?: ClientOptions['rateLimit'];
}

/**
 * The MonetizeNow client without the billing API's resource groups: the API key, hosts, retries, error mapping,
 * the Sign-Up API (`signUp`), and running generated operations. For the smallest bundles: sign-up flows need
 * nothing else, and billing calls take the client as their first argument (`accountsCreate(monetizeNow, body)`,
 * or a group: `accounts(monetizeNow).create(body)`, from `@x/monetizenow/resources`). `MonetizeNowClient` adds
 * every resource group as a property.
 *
 * @example
 * const monetizeNow = new MonetizeNowCore({ apiKey: process.env.MONETIZENOW_API_KEY! });
 * const session = await monetizeNow.signUp.createWithPaymentMethod({ customer, billGroup, quote });
 */
export class MonetizeNowCore implements OperationRunner {
  /** The Sign-Up API: sessions that take a customer from cart to subscription. */
  readonly signUp: SignUpAPI;
  readonly #transport: MonetizeNowTransport;
  readonly #runner: MonetizeNowRunner;
  readonly #options: MonetizeNowClientOptions;

  /**
   * @param options - the API key, environment and defaults for every call.
   * @param derived - internal: the transport a client made by `withOptions()` shares.
   */
  constructor(options: MonetizeNowClientOptions, derived?: { transport: MonetizeNowTransport }) {
    if (!options || typeof options !== 'object') {
      throw new ConfigurationError('MonetizeNow: create the client with options, e.g. new MonetizeNowClient({ apiKey }).');
    }
    this.#options = options;
    this.#transport = derived?.transport ?? new MonetizeNowTransport(new HttpClient(monetizeNowProfile, httpOptions(options)));
    this.signUp = new SignUpAPI(this.#transport);
    this.#runner = new MonetizeNowRunner(this.#transport);
  }

  /** The base URL calls go to. */
  get baseUrl(): string {
    return this.#transport.http.options.baseUrl;
  }

  /**
   * Sends one raw call with this client's key, retries and error mapping: the building block of the typed
   * methods. Prefer the typed methods; this is for endpoints the spec does not list.
   */
  request<T>(spec: RequestSpec<T>, options?: MonetizeNowRequestOptions): APIPromise<T> {
    return this.#transport.call(spec, options);
  }

  /** A copy with other defaults (timeouts, retries, logger, environment...). Shares the API key. */
  withOptions(options: Omit<Partial<MonetizeNowClientOptions>, 'apiKey'>): this {
    const { environment, ...shared } = options;
    const http = this.#transport.http.withOptions({
      ...shared,
      ...(environment && !options.baseUrl ? { baseUrl: environmentUrl(environment) } : {}),
    });
    const Ctor = this.constructor as new (options: MonetizeNowClientOptions, derived: { transport: MonetizeNowTransport }) => this;
    return new Ctor({ ...this.#options, ...options }, { transport: new MonetizeNowTransport(http) });
  }

  /** Runs one generated operation (what `accountsCreate(monetizeNow, body)` and `accounts(monetizeNow).create(body)` call). */
  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<TResponse> {
    return this.#runner.call(op, args, options);
  }

  /** Runs one generated operation with a binary (PDF) response. */
  callBinary(op: Operation, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<BinaryBody> {
    return this.#runner.callBinary(op, args, options);
  }

  /** Runs one generated list operation, paginated. */
  paginate<TItem, TPage extends { content?: TItem[] }>(op: Operation<any, any, any, TPage>, args: OperationArgs, options?: MonetizeNowRequestOptions): PagePromise<TPage, TItem> {
    return this.#runner.paginate(op, args, options);
  }

  /** Whether a call with these options checks its input before sending. */
  checksRequests(options?: MonetizeNowRequestOptions): boolean {
    return this.#runner.checksRequests(options);
  }

  [inspectSymbol](): string {
    return `${this.constructor.name} { baseUrl: '${redactUrl(this.baseUrl)}', apiKey: [REDACTED] }`;
  }

  toJSON(): Record<string, unknown> {
    return { baseUrl: redactUrl(this.baseUrl) };
  }
}

function httpOptions(options: MonetizeNowClientOptions) {
  const { apiKey, environment, ...shared } = options;
  const auth = monetizeNowApiKey(apiKey);
  const baseUrl = options.baseUrl ?? environmentUrl(environment ?? 'us');
  return { ...shared, baseUrl, auth };
}

function environmentUrl(environment: MonetizeNowEnvironment): string {
  const url = (MONETIZENOW_ENVIRONMENTS as Record<string, string>)[environment];
  if (!url) {
    throw new ConfigurationError(
      `MonetizeNow: unknown environment ${JSON.stringify(environment)}; use ${Object.keys(MONETIZENOW_ENVIRONMENTS).map((e) => `'${e}'`).join(' or ')}, or pass baseUrl. There is no sandbox host: a sandbox is a separate tenant reached with its own API key.`,
    );
  }
  return url;
}
