import {
  APIPromise,
  ConfigurationError,
  fillPath,
  HttpClient,
  inspectSymbol,
  redactUrl,
  resolveSupplier,
  TokenAuth,
  validateRequest,
  type HttpMethod,
  type RequestSpec,
  type SharedOptions,
} from '@x/core';
import type * as z from 'zod/mini';
import { defaultRequestBodies, type RequestBodies } from '../assumptions/request-bodies.js';
import { portalDuctAuth } from '../auth/portalduct-auth.js';
import { uuidSchema, type ClientUuid, type ConnectionUuid } from '../models/ids.js';
import {
  addCustomerClientInputSchema,
  addCustomerInputSchema,
  registerLoginChangesWebhookInputSchema,
  type AddCustomerClientInput,
  type AddCustomerInput,
  type RegisterLoginChangesWebhookInput,
} from '../models/inputs.js';
import {
  invoicesSchema,
  optionalRecordSchema,
  recordSchema,
  type AddCustomerClientResponse,
  type AddCustomerResponse,
  type ClientBalance,
  type ClientInvoicesResponse,
  type RegisterWebhookResponse,
} from '../models/records.js';
import { PATHS } from '../runtime/paths.js';
import { portalDuctProfile } from '../runtime/profile.js';
import { checkClientOptions, transportOptions } from './config.js';
import type { PortalDuctClientOptions, PortalDuctEnvironment, PortalDuctRequestOptions } from './options.js';

/** A call to a PortalDuct endpoint the SDK does not wrap yet (see {@link PortalDuctClient.request}). */
export interface RawRequest {
  method: HttpMethod;
  /** Path relative to `baseUrl`, starting with `/`, e.g. `/v1/...`. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
}

/**
 * The PortalDuct client: the documented integration flow (customer → client → login-changes webhook →
 * invoices and balance), authenticated with a bearer token it obtains, caches and renews for you.
 *
 * @example
 * const portalduct = new PortalDuctClient({ baseUrl: process.env.PORTALDUCT_API_URL!, email, password: () => vault.get('portalduct') });
 * await portalduct.addCustomer({ customerUuid });
 * await portalduct.addCustomerClient({ customerUuid, clientUuid });
 * const balance = await portalduct.getClientBalance(clientUuid);
 */
export class PortalDuctClient {
  /** The environment label given at creation, if any. */
  readonly environment: PortalDuctEnvironment | undefined;
  readonly #http: HttpClient;
  readonly #bodies: RequestBodies;
  readonly #options: PortalDuctClientOptions;

  /**
   * @param options - `baseUrl` (required), credentials (`email` + `password`, or `token`), and defaults for every call.
   * @throws {@link ConfigurationError} when `baseUrl` or the credentials are missing or unusable.
   */
  constructor(options: PortalDuctClientOptions);
  /** @internal A client sharing `http` (and so its token cache) with another. */
  constructor(options: PortalDuctClientOptions, http: HttpClient);
  constructor(options: PortalDuctClientOptions, http?: HttpClient) {
    checkClientOptions(options);
    this.#options = options;
    this.environment = options.environment;
    this.#bodies = { ...defaultRequestBodies, ...options.requestBodies };
    this.#http = http ?? new HttpClient(portalDuctProfile(options.isTokenExpired), { ...transportOptions(options), auth: portalDuctAuth(options) });
  }

  /**
   * Step 2: creates a Customer (`POST /v1/addNewCustomer`) with your platform's UUID for it.
   * The body's field names are a guess; see `requestBodies`.
   */
  addCustomer(input: AddCustomerInput, options?: PortalDuctRequestOptions): APIPromise<AddCustomerResponse> {
    return this.#send('addCustomer', options, () => {
      const valid = validateRequest(addCustomerInputSchema, input, 'input of addCustomer') as AddCustomerInput;
      return { method: 'POST', path: PATHS.addNewCustomer, body: this.#bodies.addCustomer(valid), responseSchema: optionalRecordSchema };
    });
  }

  /**
   * Step 3: creates a Client of a Customer (`POST /v1/addNewCustomerClient`) with your platform's UUID for it.
   * The body's field names are a guess; see `requestBodies`.
   */
  addCustomerClient(input: AddCustomerClientInput, options?: PortalDuctRequestOptions): APIPromise<AddCustomerClientResponse> {
    return this.#send('addCustomerClient', options, () => {
      const valid = validateRequest(addCustomerClientInputSchema, input, 'input of addCustomerClient') as AddCustomerClientInput;
      return { method: 'POST', path: PATHS.addNewCustomerClient, body: this.#bodies.addCustomerClient(valid), responseSchema: optionalRecordSchema };
    });
  }

  /**
   * Registers your endpoint for portal-login changes (`POST /v1/clientsPortalLoginChanges`): PortalDuct
   * notifies it when a Client's portal credentials succeed, fail or are pending. Parse deliveries with
   * `parseLoginChangeDelivery` from `@x/portalduct/webhooks`. The body's field names are a guess; see `requestBodies`.
   */
  registerLoginChangesWebhook(input: RegisterLoginChangesWebhookInput, options?: PortalDuctRequestOptions): APIPromise<RegisterWebhookResponse> {
    return this.#send('registerLoginChangesWebhook', options, () => {
      const valid = validateRequest(registerLoginChangesWebhookInputSchema, input, 'input of registerLoginChangesWebhook') as RegisterLoginChangesWebhookInput;
      return { method: 'POST', path: PATHS.clientsPortalLoginChanges, body: this.#bodies.registerLoginChangesWebhook(valid), responseSchema: optionalRecordSchema };
    });
  }

  /** The invoices collected through one Connection (`GET /v1/getClientInvoices/{connection_uuid}`), as PortalDuct returns them. */
  getClientInvoices(connectionUuid: ConnectionUuid, options?: PortalDuctRequestOptions): APIPromise<ClientInvoicesResponse> {
    return this.#send('getClientInvoices', options, () => {
      const uuid = validateRequest(uuidSchema, connectionUuid, 'connectionUuid of getClientInvoices');
      return { method: 'GET', path: fillPath(PATHS.getClientInvoices, { connection_uuid: uuid }), responseSchema: invoicesSchema as z.ZodMiniType<ClientInvoicesResponse> };
    });
  }

  /** A Client's balance (`GET /v1/getClientBalance/{clientUUID}`), as PortalDuct returns it. */
  getClientBalance(clientUuid: ClientUuid, options?: PortalDuctRequestOptions): APIPromise<ClientBalance> {
    return this.#send('getClientBalance', options, () => {
      const uuid = validateRequest(uuidSchema, clientUuid, 'clientUuid of getClientBalance');
      return { method: 'GET', path: fillPath(PATHS.getClientBalance, { clientUUID: uuid }), responseSchema: recordSchema };
    });
  }

  /**
   * Calls a PortalDuct endpoint this SDK does not wrap (e.g. one PortalDuct documents later), with the
   * client's token, retries, errors and redaction. Only paths on this client's `baseUrl` are allowed.
   */
  request<T = unknown>(call: RawRequest, options?: PortalDuctRequestOptions): APIPromise<T> {
    return this.#send<T>(`${call?.method} ${call?.path}`, options, () => {
      if (typeof call?.path !== 'string' || !call.path.startsWith('/') || call.path.startsWith('//')) {
        throw new ConfigurationError(`PortalDuct: request() takes a path relative to baseUrl starting with "/", got ${JSON.stringify(call?.path)}; the token is never sent to another host.`);
      }
      return { method: call.method, path: call.path, query: call.query, body: call.body };
    });
  }

  /** The bearer token this client sends (logging in if needed), e.g. for the embedded Client Credentials Collector. */
  async getAccessToken(options: PortalDuctRequestOptions = {}): Promise<string> {
    const { signal } = safeOptions(options);
    const auth = this.#http.auth;
    // The login is shared with every waiting call, so it is sent without this caller's signal (as @x/core's own
    // token fetches are): an abort stops this caller's wait, not the login the others wait for.
    if (auth instanceof TokenAuth) return auth.getToken({ request: (spec) => this.#http.request(spec), signal });
    return resolveSupplier(this.#options.token!);
  }

  /** A copy with other defaults (timeouts, retries, logger...). Same environment; shares the token cache. */
  withOptions(options: Omit<SharedOptions, 'baseUrl' | 'apiVersion'>): PortalDuctClient {
    return new PortalDuctClient({ ...this.#options, ...options }, this.#http.withOptions(safeOptions(options)));
  }

  [inspectSymbol](): string {
    return `PortalDuctClient { baseUrl: '${redactUrl(this.#http.options.baseUrl)}', environment: ${JSON.stringify(this.environment)}, credentials: [REDACTED] }`;
  }

  toJSON(): Record<string, unknown> {
    return { baseUrl: redactUrl(this.#http.options.baseUrl), environment: this.environment };
  }

  #send<T>(operation: string, options: PortalDuctRequestOptions | undefined, build: () => Omit<RequestSpec<T>, 'operation'>): APIPromise<T> {
    try {
      return this.#http.request<T>({ ...build(), operation }, safeOptions(options));
    } catch (error) {
      // Bad input rejects the call's promise like any other failure; nothing was sent.
      return new APIPromise<T>(Promise.reject(error));
    }
  }
}

function safeOptions<T extends object>(options: T | undefined): T {
  if (!options) return {} as T;
  for (const forbidden of ['baseUrl', 'idempotencyKey', 'apiVersion'] as const) {
    if (forbidden in options && (options as Record<string, unknown>)[forbidden] !== undefined) {
      throw new ConfigurationError(
        forbidden === 'baseUrl'
          ? 'PortalDuct: baseUrl cannot change per call or in withOptions: the token belongs to the environment the client was created for. Create another client for another environment.'
          : `PortalDuct does not publish ${forbidden === 'idempotencyKey' ? 'idempotency keys' : 'API versions'}; remove ${forbidden}.`,
      );
    }
  }
  return options;
}
