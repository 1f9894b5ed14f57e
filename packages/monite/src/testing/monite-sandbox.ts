import { RateWindow, SandboxKit, serveHandlers, type SandboxFaults, type ServedSandbox, type ServeOptions, type WebhookDelivery, type WireLog } from '@x/core/testing';
import type { HttpHandler } from 'msw';
import type { EntityResponse, EntityUserResponse, RoleResponse } from '../generated/models.js';
import { MONITE_ENVIRONMENTS } from '../runtime/environments.js';
import { SandboxClock } from './clock.js';
import { emitEvent } from './emit.js';
import { moniteError, moniteErrorBody } from './errors.js';
import type { MoniteInternals } from './internals.js';
import { authRoutes } from './routes/auth.js';
import { entityRoutes } from './routes/entities.js';
import { entityUserRoutes } from './routes/entity-users.js';
import { roleRoutes } from './routes/roles.js';
import { webhookRoutes } from './routes/webhooks.js';
import { MoniteState } from './state.js';
import { TokenStore } from './tokens.js';

/** Options of {@link createMoniteSandbox}. */
export interface MoniteSandboxOptions {
  /** The base URL the handlers answer on. Default Monite's sandbox, `https://api.sandbox.monite.com/v1`, so a client with default options is intercepted. */
  baseUrl?: string;
  /** The partner credentials the sandbox accepts. Default a random UUID and secret (see `sandbox.credentials`). */
  clientId?: string;
  clientSecret?: string;
  /**
   * Token lifetimes in seconds (`expires_in`), one number for both grants or each. Default 1800, the
   * lifetime in Monite's server-side guide. Short lifetimes make expiry tests fast.
   */
  tokenLifetimeSeconds?: number | { partner?: number; entityUser?: number };
  /** Requests per second before a 429 with `Retry-After`. Default 30, Monite's documented rate; `false` for none. */
  requestsPerSecond?: number | false;
  /** The sandbox's clock in milliseconds (default `Date.now`); `advanceTime()` moves it further. */
  clock?: () => number;
  /** The `fetch` webhook deliveries use. Default the global one. */
  webhookFetch?: typeof fetch;
}

/**
 * A stateful in-memory Monite for tests and examples: msw handlers for tokens (both grants, real expiry),
 * entities, roles, entity users and webhook subscriptions, checked against the SDK's own schemas.
 * Use `sandbox.handlers` with msw's `setupServer`, or `sandbox.serve()` for a real 127.0.0.1 server.
 *
 * @example
 * const sandbox = createMoniteSandbox();
 * const server = setupServer(...sandbox.handlers);
 * server.listen({ onUnhandledFrame: 'error' });
 * const monite = new MoniteClient(sandbox.clientOptions());
 * const entity = await monite.entities.create({ type: 'organization', ... });
 */
export class MoniteSandbox {
  /** The base URL the handlers answer on. */
  readonly baseUrl: string;
  /** The partner credentials the sandbox accepts. */
  readonly credentials: { clientId: string; clientSecret: string };
  /** msw handlers: `setupServer(...sandbox.handlers)`. The last one answers 404 for anything not implemented. */
  readonly handlers: HttpHandler[];
  /** Fault knobs: latency, 429, 5xx, dropped connections, forced token expiry. */
  readonly faults: SandboxFaults;
  /** Every request answered, in order (method, path, status; never a body). */
  readonly log: WireLog;
  readonly #x: MoniteInternals;
  readonly #rate: RateWindow | undefined;

  constructor(options: MoniteSandboxOptions = {}) {
    const clock = new SandboxClock(options.clock);
    const state = new MoniteState();
    const tokens = new TokenStore(clock);
    const lifetimes = lifetimesOf(options.tokenLifetimeSeconds);
    this.#rate = options.requestsPerSecond === false ? undefined : new RateWindow(options.requestsPerSecond ?? 30, () => clock.now());
    const kit = new SandboxKit(
      { baseUrl: options.baseUrl ?? MONITE_ENVIRONMENTS.sandbox, ...(options.webhookFetch ? { webhookFetch: options.webhookFetch } : {}) },
      {
        errorBody: (_status, message) => moniteErrorBody(message),
        preflight: (request) => this.#preflight(request),
        headers: (request) => ({ 'x-request-id': crypto.randomUUID(), 'x-monite-version': request.headers.get('x-monite-version') ?? '' }),
        expireTokens: () => tokens.expireAll(),
      },
    );
    this.baseUrl = kit.baseUrl;
    this.credentials = { clientId: options.clientId ?? crypto.randomUUID(), clientSecret: options.clientSecret ?? `sandbox-secret-${crypto.randomUUID()}` };
    this.faults = kit.faults;
    this.log = kit.log;
    this.#x = { kit, state, tokens, clock, credentials: this.credentials, lifetimes, emit: (event) => emitEvent(kit, state, clock.now(), event) };
    this.handlers = [...authRoutes(this.#x), ...entityRoutes(this.#x), ...roleRoutes(this.#x), ...entityUserRoutes(this.#x), ...webhookRoutes(this.#x), kit.fallback()];
  }

  /** Options for a `MoniteClient` that talks to this sandbox: `new MoniteClient(sandbox.clientOptions())`. */
  clientOptions(): { baseUrl: string; clientId: string; clientSecret: string } {
    return { baseUrl: this.baseUrl, ...this.credentials };
  }

  /** Webhook deliveries made so far, and `flush()` to wait for those in flight. */
  get webhooks(): { deliveries: readonly WebhookDelivery[]; flush(): Promise<void> } {
    return this.#x.kit.webhooks;
  }

  /** What the sandbox holds: entities, roles, entity users (copies are not made: do not mutate). */
  get data(): { entities: EntityResponse[]; roles: RoleResponse[]; entityUsers: EntityUserResponse[] } {
    const { state } = this.#x;
    return { entities: [...state.entities.values()], roles: [...state.roles.values()].map((r) => r.role), entityUsers: [...state.entityUsers.values()].map((u) => u.user) };
  }

  /** How many tokens the sandbox issued, per grant. */
  get tokensIssued(): { partner: number; entity_user: number } {
    return { ...this.#x.tokens.issued };
  }

  /** Moves the sandbox's clock forward: tokens older than their lifetime expire, as on Monite. */
  advanceTime(seconds: number): void {
    this.#x.clock.advance(seconds);
  }

  /** Serves these handlers on a real HTTP server on 127.0.0.1 (Node). `url` is the base URL to give a client. */
  serve(options: ServeOptions = {}): Promise<ServedSandbox> {
    return serveHandlers(this.handlers, this.baseUrl, options);
  }

  /** Forgets every object, token, fault and log entry. */
  reset(): void {
    this.#x.state.clear();
    this.#x.tokens.clear();
    this.faults.clear();
    this.log.clear();
  }

  #preflight(request: Request): Record<string, string> {
    let headers: Record<string, string> = {};
    if (this.#rate) {
      const decision = this.#rate.take();
      // The headers Monite documents (https://docs.monite.com/api/concepts/rate-limiting).
      headers = {
        'ratelimit-limit': String(decision.limit),
        'ratelimit-remaining': String(decision.remaining),
        'ratelimit-reset': String(decision.resetSeconds),
        'x-ratelimit-limit-second': String(decision.limit),
        'x-ratelimit-remaining-second': String(decision.remaining),
      };
      if (!decision.allowed) {
        throw moniteError(429, 'API rate limit exceeded', { note: 'over the rate limit', headers: { ...headers, 'retry-after': String(decision.resetSeconds) } });
      }
    }
    if (!request.headers.get('x-monite-version')) {
      // Documented at https://docs.monite.com/api/concepts/versioning.
      throw moniteError(400, 'Missing the x-monite-version HTTP header', { type: 'missing_api_version', note: 'no X-Monite-Version', headers });
    }
    return headers;
  }
}

/** A new, empty Monite sandbox (see {@link MoniteSandbox}). */
export function createMoniteSandbox(options: MoniteSandboxOptions = {}): MoniteSandbox {
  return new MoniteSandbox(options);
}

function lifetimesOf(option: MoniteSandboxOptions['tokenLifetimeSeconds']): MoniteInternals['lifetimes'] {
  if (typeof option === 'number') return { partner: option, entityUser: option };
  return { partner: option?.partner ?? 1800, entityUser: option?.entityUser ?? 1800 };
}
