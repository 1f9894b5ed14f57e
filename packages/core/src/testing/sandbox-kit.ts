import { http, HttpResponse, type HttpHandler } from 'msw';
import { SandboxFaults, type Fault } from './faults.js';
import { WireLog } from './wire-log.js';
import { WebhookOutbox } from './webhook-outbox.js';

/** A vendor error answer: thrown by a route, sent as JSON with this status. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
    /** A short note for the wire log. */
    readonly note?: string,
  ) {
    super(`sandbox answered ${status}`);
    this.name = 'SandboxHttpError';
  }
}

/** What a route's resolver receives. */
export interface RouteContext {
  request: Request;
  url: URL;
  /** Path parameters, by the names in the route (`/entities/:entity_id`). */
  params: Record<string, string>;
  /** The body parsed as JSON; `undefined` when empty. Throws a 400 (vendor body from `badJson`) when it is not JSON. */
  json(): Promise<unknown>;
  /** Adds a note to this request's wire-log entry. */
  note(text: string): void;
}

/** What a route answers: a Response, or JSON with a status. */
export type RouteResult = Response | { status: number; body?: unknown; headers?: Record<string, string> };

/** Per-vendor behaviour plugged into the kit. */
export interface SandboxVendor {
  /** The error body this vendor sends for an injected fault or an unknown route. */
  errorBody(status: number, message: string): unknown;
  /** Runs before every route, after injected faults: may throw a {@link SandboxHttpError}, may return headers to add. */
  preflight?(request: Request): Record<string, string> | void;
  /** Headers on every answer (request ids, version echo...). */
  headers?(request: Request): Record<string, string>;
  /** Forced token expiry (`faults.expireTokens()`). */
  expireTokens?(): void;
}

export interface SandboxKitOptions {
  /** The vendor's base URL the handlers answer on, e.g. `https://api.sandbox.monite.com/v1`. */
  baseUrl: string;
  /** The `fetch` webhook deliveries use. Default the global one. */
  webhookFetch?: typeof fetch;
}

/** The HTTP methods a sandbox route answers. */
export type SandboxMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The shared machinery of the `@x/<vendor>/testing` sandboxes: msw routes on one base URL, fault injection,
 * a wire log, JSON errors in the vendor's shape, and a webhook outbox.
 */
export class SandboxKit {
  readonly baseUrl: string;
  readonly faults: SandboxFaults;
  readonly log = new WireLog();
  readonly webhooks: WebhookOutbox;
  readonly #vendor: SandboxVendor;

  constructor(options: SandboxKitOptions, vendor: SandboxVendor) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#vendor = vendor;
    this.faults = new SandboxFaults(() => vendor.expireTokens?.());
    this.webhooks = new WebhookOutbox(options.webhookFetch);
  }

  /** An msw handler for `method path` (path relative to the base URL, msw syntax: `/entities/:entity_id`). */
  route(method: SandboxMethod, path: string, resolve: (context: RouteContext) => RouteResult | Promise<RouteResult>): HttpHandler {
    const handlerFor = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete }[method];
    return handlerFor(`${this.baseUrl}${path}`, ({ request, params }) => this.#answer(request, params as Record<string, string>, resolve));
  }

  /** The last handler: anything else under the base URL gets a 404 naming what the sandbox does not implement. */
  fallback(): HttpHandler {
    return http.all(`${this.baseUrl}/*`, ({ request }) =>
      this.#answer(request, {}, (ctx) => {
        throw new SandboxHttpError(404, this.#vendor.errorBody(404, `The sandbox does not implement ${request.method} ${ctx.url.pathname}.`), {}, 'not implemented');
      }),
    );
  }

  async #answer(request: Request, params: Record<string, string>, resolve: (context: RouteContext) => RouteResult | Promise<RouteResult>): Promise<Response> {
    const started = performance.now();
    const url = new URL(request.url);
    const path = url.pathname + url.search;
    const notes: string[] = [];
    const delay = this.faults.nextDelayMs();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const record = (status: number, fault?: string) =>
      this.log.record({ method: request.method, path, status, durationMs: performance.now() - started, ...(fault ? { fault } : {}), ...(notes.length ? { note: notes.join('; ') } : {}) });

    const fault = this.faults.take(request.method, url.pathname);
    if (fault) {
      record(fault.kind === 'drop-connection' ? 0 : fault.kind === 'rate-limit' ? 429 : fault.status, describe(fault));
      return this.#faultResponse(request, fault);
    }
    let extra: Record<string, string> = {};
    try {
      extra = this.#vendor.preflight?.(request) ?? {};
      const context: RouteContext = { request, url, params, json: () => readJson(request, this.#vendor), note: (text) => notes.push(text) };
      const result = await resolve(context);
      const response = result instanceof Response ? result : jsonResponse(result.status, result.body, result.headers);
      for (const [name, value] of Object.entries({ ...this.#vendor.headers?.(request), ...extra })) response.headers.set(name, value);
      record(response.status);
      return response;
    } catch (error) {
      if (!(error instanceof SandboxHttpError)) throw error;
      if (error.note) notes.push(error.note);
      record(error.status);
      return jsonResponse(error.status, error.body, { ...this.#vendor.headers?.(request), ...extra, ...error.headers });
    }
  }

  #faultResponse(request: Request, fault: Fault): Response {
    if (fault.kind === 'drop-connection') return HttpResponse.error();
    const headers = this.#vendor.headers?.(request) ?? {};
    if (fault.kind === 'rate-limit') {
      return jsonResponse(429, this.#vendor.errorBody(429, 'Too many requests (injected by the sandbox).'), { ...headers, 'retry-after': String(fault.retryAfterSeconds) });
    }
    return jsonResponse(fault.status, this.#vendor.errorBody(fault.status, `Server error (injected by the sandbox).`), headers);
  }
}

/** A JSON response; `undefined` body means an empty one (204). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (body === undefined) return new HttpResponse(null, { status, headers });
  return HttpResponse.json(body as never, { status, headers });
}

async function readJson(request: Request, vendor: SandboxVendor): Promise<unknown> {
  const text = await request.clone().text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SandboxHttpError(400, vendor.errorBody(400, 'The request body is not valid JSON.'), {}, 'invalid JSON');
  }
}

function describe(fault: Fault): string {
  if (fault.kind === 'rate-limit') return `429, Retry-After ${fault.retryAfterSeconds}`;
  if (fault.kind === 'server-error') return String(fault.status);
  return 'connection dropped';
}
