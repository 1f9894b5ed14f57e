import { RequestValidationError } from '@x/core';
import { SandboxHttpError, SandboxKit, serveHandlers, type SandboxFaults, type ServedSandbox, type ServeOptions, type WireLog } from '@x/core/testing';
import type { HttpHandler } from 'msw';
import { MONETIZENOW_API_KEY_HEADER } from '../auth/api-key.js';
import { MONETIZENOW_ENVIRONMENTS } from '../runtime/environments.js';
import type { SignUpRequest } from '../signup/requests.js';
import { assertSignUpRequest } from '../signup/rules.js';
import { sandboxCatalog } from './catalog.js';
import { numberedPage } from './page.js';
import { SignUpMachine, SignUpRefusal, type SandboxSession } from './signup-machine.js';
import { signUpResponse } from './signup-response.js';
import { recordUsage, type SandboxAccount, type UsageEvent } from './usage.js';
import { listUsage } from './usage-list.js';

/** Options of {@link createMonetizeNowSandbox}. */
export interface MonetizeNowSandboxOptions {
  /** Default MonetizeNow's US host, so a client with default options is intercepted. */
  baseUrl?: string;
  /** The API key the sandbox accepts in `x-api-key`. Default a random one (see `sandbox.apiKey`). */
  apiKey?: string;
}

/**
 * A stateful in-memory MonetizeNow: the Sign-Up API's session state machine for every action (an illegal
 * step answers with the Sign-Up error shape `{sessionId, error: true, message}`), a small catalog served as
 * page-number lists (`GET /api/products`, `/api/offerings`, `/api/rates`), usage batches
 * (`POST /usage/events`) with per-event failures, and the recorded events read back (`GET /usage/events`, by
 * subscription and time range, paged by `nextPageToken`). Authenticated with `x-api-key`.
 */
export class MonetizeNowSandbox {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly handlers: HttpHandler[];
  readonly faults: SandboxFaults;
  readonly log: WireLog;
  readonly #kit: SandboxKit;
  readonly #catalog = sandboxCatalog();
  readonly #signUp = new SignUpMachine(this.#catalog, () => new Date().toISOString().slice(0, 10));
  readonly #accounts = new Map<string, SandboxAccount>();
  readonly #usage = new Map<string, UsageEvent>();
  // API keys do not expire; forced expiry revokes the key until reset (a rotated key).
  #keyRevoked = false;

  constructor(options: MonetizeNowSandboxOptions = {}) {
    const kit = new SandboxKit(
      { baseUrl: options.baseUrl ?? MONETIZENOW_ENVIRONMENTS.us },
      { errorBody: (status, message) => ({ status, message }), headers: () => ({ 'x-request-id': crypto.randomUUID() }), expireTokens: () => (this.#keyRevoked = true) },
    );
    this.#kit = kit;
    this.baseUrl = kit.baseUrl;
    this.apiKey = options.apiKey ?? `sandbox-key-${crypto.randomUUID()}`;
    this.faults = kit.faults;
    this.log = kit.log;
    this.handlers = this.#routes();
  }

  /** Options for a `MonetizeNowClient` that talks to this sandbox. */
  clientOptions(): { baseUrl: string; apiKey: string } {
    return { baseUrl: this.baseUrl, apiKey: this.apiKey };
  }

  /** What the sandbox holds: sessions (with their state), accounts made by finalized sign-ups, recorded usage. */
  get data(): { sessions: SandboxSession[]; accounts: SandboxAccount[]; usageEvents: UsageEvent[] } {
    return { sessions: [...this.#signUp.sessions.values()], accounts: [...this.#accounts.values()], usageEvents: [...this.#usage.values()] };
  }

  serve(options: ServeOptions = {}): Promise<ServedSandbox> {
    return serveHandlers(this.handlers, this.baseUrl, options);
  }

  reset(): void {
    this.#signUp.sessions.clear();
    this.#accounts.clear();
    this.#usage.clear();
    this.#keyRevoked = false;
    this.faults.clear();
    this.log.clear();
  }

  #authorize(request: Request): void {
    if (this.#keyRevoked || request.headers.get(MONETIZENOW_API_KEY_HEADER) !== this.apiKey) {
      throw new SandboxHttpError(401, { status: 401, message: 'Unauthorized' }, {}, 'missing or wrong x-api-key');
    }
  }

  #signUpStep(kind: 'create' | 'update', body: unknown, sessionId: string | undefined, run: (request: SignUpRequest) => SandboxSession, note: (text: string) => void) {
    try {
      // The SDK's own rules and strict part schemas: the sandbox refuses what the SDK would never send.
      assertSignUpRequest(kind, body);
    } catch (error) {
      if (!(error instanceof RequestValidationError)) throw error;
      throw signUpError(400, sessionId, error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), 'refused by the sign-up rules');
    }
    const request = body as SignUpRequest;
    try {
      const session = run(request);
      if (session.finalized && !this.#accounts.has(session.accountId)) {
        this.#accounts.set(session.accountId, { id: session.accountId, accountName: session.customer!.accountName, subscriptionIds: session.finalized.subscriptionIds });
      }
      note(`${request.action} -> ${request.action === 'ESTIMATE' ? 'nothing saved' : session.state}`);
      return { status: 200, body: signUpResponse(session, request.action) };
    } catch (error) {
      if (!(error instanceof SignUpRefusal)) throw error;
      throw signUpError(error.status, sessionId, error.message, 'illegal step');
    }
  }

  #routes(): HttpHandler[] {
    const kit = this.#kit;
    const list = (items: readonly unknown[]) => (ctx: { request: Request; url: URL }) => {
      this.#authorize(ctx.request);
      const page = numberedPage(items, ctx.url);
      if (typeof page === 'string') throw new SandboxHttpError(400, { status: 400, message: page }, {}, 'bad page');
      return { status: 200, body: page };
    };
    return [
      kit.route('POST', '/api/selfService/signup', async ({ request, json, note }) => {
        this.#authorize(request);
        return this.#signUpStep('create', await json(), undefined, (body) => this.#signUp.create(body).session, note);
      }),
      kit.route('PATCH', '/api/selfService/signup/:sessionId', async ({ request, params, json, note }) => {
        this.#authorize(request);
        return this.#signUpStep('update', await json(), params['sessionId'], (body) => this.#signUp.step(params['sessionId']!, body), note);
      }),
      kit.route('GET', '/api/products', list(this.#catalog.products)),
      kit.route('GET', '/api/products/:productId', ({ request, params }) => {
        this.#authorize(request);
        const product = this.#catalog.products.find((p) => p.id === params['productId']);
        if (!product) throw new SandboxHttpError(404, { status: 404, message: `Product ${params['productId']} not found` }, {}, 'unknown product');
        return { status: 200, body: product };
      }),
      kit.route('GET', '/api/offerings', list(this.#catalog.offerings)),
      kit.route('GET', '/api/rates', list(this.#catalog.rates)),
      kit.route('POST', '/usage/events', async ({ request, json, note }) => {
        this.#authorize(request);
        const batch = await json();
        // The usage service's error body carries its status as a string.
        if (!Array.isArray(batch) || batch.length === 0 || batch.length > 100) {
          throw new SandboxHttpError(400, { status: '400 BAD_REQUEST', message: 'Send an array of 1 to 100 events' }, {}, 'bad batch');
        }
        const result = recordUsage(batch, this.#accounts, this.#usage);
        note(`${batch.length - result.failedEvents.length}/${batch.length} events recorded`);
        return { status: result.status === 'FAILED' ? 400 : 200, body: result };
      }),
      kit.route('GET', '/usage/events', ({ request, url, note }) => {
        this.#authorize(request);
        const page = listUsage(url, this.#accounts, this.#usage);
        if (typeof page === 'string') throw new SandboxHttpError(400, { status: '400 BAD_REQUEST', message: page }, {}, 'bad usage query');
        note(`${page.content.length} of ${page.totalElements} events`);
        return { status: 200, body: page };
      }),
      kit.fallback(),
    ];
  }
}

/** A new, empty MonetizeNow sandbox (see {@link MonetizeNowSandbox}). */
export function createMonetizeNowSandbox(options: MonetizeNowSandboxOptions = {}): MonetizeNowSandbox {
  return new MonetizeNowSandbox(options);
}

function signUpError(status: number, sessionId: string | undefined, message: string, note: string): SandboxHttpError {
  return new SandboxHttpError(status, { sessionId: sessionId ?? '', error: true, message }, {}, note);
}
