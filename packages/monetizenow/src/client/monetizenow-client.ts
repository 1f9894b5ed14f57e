import {
  ConfigurationError,
  HttpClient,
  inspectSymbol,
  redactUrl,
  type APIPromise,
  type ClientOptions,
  type RequestSpec,
  type SharedOptions,
  type Supplier,
} from '@x/core';
import { monetizeNowApiKey } from '../auth/api-key.js';
import { resourceFactories, type MonetizeNowResources } from '../generated/resources/index.js';
import { MONETIZENOW_ENVIRONMENTS, type MonetizeNowEnvironment } from '../runtime/environments.js';
import { monetizeNowProfile } from '../runtime/profile.js';
import { MonetizeNowRunner } from '../runtime/runner.js';
import { MonetizeNowTransport, type MonetizeNowRequestOptions } from '../runtime/transport.js';
import { SignUpAPI } from '../signup/signup-api.js';
import { usageAPI, type UsageAPI } from '../usage/usage-api.js';

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
 * The MonetizeNow client: the billing API generated from MonetizeNow's OpenAPI file, one property per resource
 * group (`accounts`, `quotes`, `invoices`, `usage`, ...; each built the first time it is read), and the Sign-Up
 * API (`signUp`).
 *
 * @example
 * const monetizeNow = new MonetizeNowClient({ apiKey: process.env.MONETIZENOW_API_KEY!, environment: 'eu' });
 * for await (const account of monetizeNow.accounts.list({ status: 'ACTIVE' })) console.log(account.accountName);
 * const price = await monetizeNow.signUp.estimate({ quote });
 */
export class MonetizeNowClient {
  /** The Sign-Up API: sessions that take a customer from cart to subscription. */
  readonly signUp: SignUpAPI;
  readonly #transport: MonetizeNowTransport;
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
    runners.set(this, new MonetizeNowRunner(this.#transport));
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
  withOptions(options: Omit<Partial<MonetizeNowClientOptions>, 'apiKey'>): MonetizeNowClient {
    const { environment, ...shared } = options;
    const http = this.#transport.http.withOptions({
      ...shared,
      ...(environment && !options.baseUrl ? { baseUrl: environmentUrl(environment) } : {}),
    });
    return new MonetizeNowClient({ ...this.#options, ...options }, { transport: new MonetizeNowTransport(http) });
  }

  [inspectSymbol](): string {
    return `MonetizeNowClient { baseUrl: '${redactUrl(this.baseUrl)}', apiKey: [REDACTED] }`;
  }

  toJSON(): Record<string, unknown> {
    return { baseUrl: redactUrl(this.baseUrl) };
  }
}

// Declaration merging gives the class the generated resource properties' types; `usage` records events in batches.
export interface MonetizeNowClient extends Omit<MonetizeNowResources, 'usage'> {
  /** `monetizeNow.usage`: usage events and consumption; `recordEvents` takes any number of events (100 per request). */
  readonly usage: UsageAPI;
}

const runners = new WeakMap<MonetizeNowClient, MonetizeNowRunner>();
const built = new WeakMap<MonetizeNowClient, Map<string, unknown>>();
const factories: Record<string, (runner: MonetizeNowRunner) => unknown> = { ...resourceFactories, usage: usageAPI };

// One getter per resource group on the prototype, so a client (or a withOptions() copy) costs nothing per group.
for (const name of Object.keys(factories)) {
  Object.defineProperty(MonetizeNowClient.prototype, name, {
    configurable: true,
    get(this: MonetizeNowClient) {
      let cache = built.get(this);
      if (!cache) built.set(this, (cache = new Map()));
      if (!cache.has(name)) cache.set(name, factories[name]!(runners.get(this)!));
      return cache.get(name);
    },
  });
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
