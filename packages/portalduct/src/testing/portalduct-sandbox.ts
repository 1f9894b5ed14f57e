import { SandboxHttpError, SandboxKit, serveHandlers, type SandboxFaults, type ServedSandbox, type ServeOptions, type WebhookDelivery, type WireLog } from '@x/core/testing';
import type { HttpHandler } from 'msw';
import { isUuid } from '../models/ids.js';
import { PATHS } from '../runtime/paths.js';
import { PortalDuctState, sampleInvoices, type SandboxConnection } from './state.js';

/** Options of {@link createPortalDuctSandbox}. */
export interface PortalDuctSandboxOptions {
  /** Default `https://sandbox.portalduct.test`: PortalDuct has not published its hosts. */
  baseUrl?: string;
  /** The account the sandbox accepts at `POST /v1/login`. Default a sandbox email and a random password. */
  email?: string;
  password?: string;
  /** `expires_in` of a login token, in seconds. Default 3600 (PortalDuct does not publish one). */
  tokenLifetimeSeconds?: number;
  /** A header every webhook delivery carries, to try `sharedSecretHeader` (PortalDuct publishes no signature). */
  webhookHeader?: { name: string; value: string };
  /** The `fetch` webhook deliveries use. Default the global one. */
  webhookFetch?: typeof fetch;
}

/** What {@link PortalDuctSandbox.connectPortal} takes: a Client linking one portal, as the embedded collector would. */
export interface ConnectPortalInput {
  clientUuid: string;
  /** Default `Walmart Retail Link`. */
  portalName?: string;
  /** How the portal login ends. Default `success`. */
  outcome?: 'success' | 'failure';
  /** Milliseconds the connection stays `pending`. Default 20. */
  settleAfterMs?: number;
}

/**
 * A stateful in-memory PortalDuct: login tokens that expire, Customers and Clients under your own UUIDs,
 * Connections that move from `pending` to `success` or `failure` (each change delivered to the registered
 * login-changes URL), and invoices and balances once a Connection succeeds. The wire names follow the SDK's
 * assumptions (`src/assumptions/`), since PortalDuct has published none.
 */
export class PortalDuctSandbox {
  readonly baseUrl: string;
  readonly credentials: { email: string; password: string };
  readonly handlers: HttpHandler[];
  readonly faults: SandboxFaults;
  readonly log: WireLog;
  readonly #kit: SandboxKit;
  readonly #state = new PortalDuctState();
  readonly #options: PortalDuctSandboxOptions;

  constructor(options: PortalDuctSandboxOptions = {}) {
    this.#options = options;
    const kit = new SandboxKit(
      { baseUrl: options.baseUrl ?? 'https://sandbox.portalduct.test', ...(options.webhookFetch ? { webhookFetch: options.webhookFetch } : {}) },
      {
        errorBody: (status, message) => ({ status, message }),
        headers: () => ({ 'x-request-id': crypto.randomUUID() }),
        expireTokens: () => this.#state.tokens.forEach((_, token) => this.#state.tokens.set(token, 0)),
      },
    );
    this.#kit = kit;
    this.baseUrl = kit.baseUrl;
    this.faults = kit.faults;
    this.log = kit.log;
    this.credentials = { email: options.email ?? 'integrations@sandbox.example', password: options.password ?? `sandbox-${crypto.randomUUID()}` };
    this.handlers = this.#routes();
  }

  /** Options for a `PortalDuctClient` that talks to this sandbox. */
  clientOptions(): { baseUrl: string; email: string; password: string } {
    return { baseUrl: this.baseUrl, ...this.credentials };
  }

  /** Deliveries to the registered login-changes URLs, and `flush()` to wait for those in flight. */
  get webhooks(): { deliveries: readonly WebhookDelivery[]; flush(): Promise<void> } {
    return this.#kit.webhooks;
  }

  /** What the sandbox holds. */
  get data(): { customers: string[]; clients: string[]; connections: SandboxConnection[] } {
    const s = this.#state;
    return { customers: [...s.customers.keys()], clients: [...s.clients.keys()], connections: [...s.connections.values()].map((c) => ({ ...c })) };
  }

  /**
   * A Client links a portal, as it would in PortalDuct's embedded Client Credentials Collector (whose API
   * PortalDuct has not published): the Connection starts `pending`, then becomes `success` or `failure`
   * after `settleAfterMs`. Each status is delivered to every registered login-changes URL.
   * Resolves with the Connection once it settled.
   */
  async connectPortal(input: ConnectPortalInput): Promise<SandboxConnection> {
    const client = this.#state.clients.get(input.clientUuid);
    if (!client) throw new Error(`PortalDuct sandbox: no client ${input.clientUuid}; create it with addCustomerClient first.`);
    const connection: SandboxConnection = {
      connectionUuid: crypto.randomUUID(),
      clientUuid: client.clientUuid,
      customerUuid: client.customerUuid,
      portalUuid: crypto.randomUUID(),
      portalName: input.portalName ?? 'Walmart Retail Link',
      status: 'pending',
    };
    this.#state.connections.set(connection.connectionUuid, connection);
    this.#deliver(connection);
    await new Promise((resolve) => setTimeout(resolve, input.settleAfterMs ?? 20));
    connection.status = input.outcome ?? 'success';
    if (connection.status === 'success') this.#state.invoices.set(connection.connectionUuid, sampleInvoices(connection));
    this.#deliver(connection);
    return { ...connection };
  }

  serve(options: ServeOptions = {}): Promise<ServedSandbox> {
    return serveHandlers(this.handlers, this.baseUrl, options);
  }

  reset(): void {
    this.#state.clear();
    this.faults.clear();
    this.log.clear();
  }

  #deliver(connection: SandboxConnection): void {
    const body = JSON.stringify({
      status: connection.status,
      connection_uuid: connection.connectionUuid,
      client_uuid: connection.clientUuid,
      customer_uuid: connection.customerUuid,
      portal_uuid: connection.portalUuid,
      portal_name: connection.portalName,
    });
    const header = this.#options.webhookHeader;
    for (const url of this.#state.webhookUrls) this.#kit.webhooks.send(url, body, header ? { [header.name]: header.value } : {});
  }

  #authorize(request: Request): void {
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    const expiresAt = token ? this.#state.tokens.get(token) : undefined;
    // ASSUMPTION (the SDK's too): an expired or unknown token is a 401.
    if (expiresAt === undefined || Date.now() >= expiresAt) throw fail(401, 'Token expired or invalid', 'token expired or unknown');
  }

  #routes(): HttpHandler[] {
    const kit = this.#kit;
    const s = this.#state;
    const path = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');
    const lifetime = this.#options.tokenLifetimeSeconds ?? 3600;
    return [
      kit.route('POST', '/v1/login', async ({ json, note }) => {
        const body = record(await json());
        if (body['email'] !== this.credentials.email || body['password'] !== this.credentials.password) throw fail(401, 'Invalid email or password', 'bad credentials');
        const token = `pd_${crypto.randomUUID().replaceAll('-', '')}`;
        s.tokens.set(token, Date.now() + lifetime * 1000);
        note('token issued');
        return { status: 200, body: { token, expires_in: lifetime } };
      }),
      kit.route('POST', PATHS.addNewCustomer, async ({ request, json, note }) => {
        this.#authorize(request);
        const body = record(await json());
        const uuid = requireUuid(body, 'customer_uuid');
        if (s.customers.has(uuid)) throw fail(409, `Customer ${uuid} already exists`, 'duplicate customer');
        const { customer_uuid: _, ...fields } = body;
        s.customers.set(uuid, { customerUuid: uuid, fields });
        note(`customer ${uuid}`);
        return { status: 200, body: { customer_uuid: uuid, ...fields } };
      }),
      kit.route('POST', PATHS.addNewCustomerClient, async ({ request, json, note }) => {
        this.#authorize(request);
        const body = record(await json());
        const customerUuid = requireUuid(body, 'customer_uuid');
        const clientUuid = requireUuid(body, 'client_uuid');
        if (!s.customers.has(customerUuid)) throw fail(404, `Customer ${customerUuid} not found`, 'unknown customer');
        if (s.clients.has(clientUuid)) throw fail(409, `Client ${clientUuid} already exists`, 'duplicate client');
        const { customer_uuid: _c, client_uuid: _k, ...fields } = body;
        s.clients.set(clientUuid, { clientUuid, customerUuid, fields });
        note(`client ${clientUuid}`);
        return { status: 200, body: { customer_uuid: customerUuid, client_uuid: clientUuid, ...fields } };
      }),
      kit.route('POST', PATHS.clientsPortalLoginChanges, async ({ request, json, note }) => {
        this.#authorize(request);
        const url = record(await json())['url'];
        if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw fail(400, 'url must be an absolute http(s) URL', 'bad url');
        if (!s.webhookUrls.includes(url)) s.webhookUrls.push(url);
        note('webhook registered');
        return { status: 200, body: { url, registered: true } };
      }),
      kit.route('GET', path(PATHS.getClientInvoices), ({ request, params }) => {
        this.#authorize(request);
        const connection = s.connections.get(params['connection_uuid']!);
        if (!connection) throw fail(404, `Connection ${params['connection_uuid']} not found`, 'unknown connection');
        return { status: 200, body: s.invoices.get(connection.connectionUuid) ?? [] };
      }),
      kit.route('GET', path(PATHS.getClientBalance), ({ request, params }) => {
        this.#authorize(request);
        const client = s.clients.get(params['clientUUID']!);
        if (!client) throw fail(404, `Client ${params['clientUUID']} not found`, 'unknown client');
        const open = [...s.connections.values()]
          .filter((c) => c.clientUuid === client.clientUuid)
          .flatMap((c) => s.invoices.get(c.connectionUuid) ?? [])
          .filter((i) => i['status'] === 'open')
          .reduce((sum, i) => sum + Number(i['amount']), 0);
        return { status: 200, body: { client_uuid: client.clientUuid, balance: open, currency: 'USD', as_of: new Date().toISOString() } };
      }),
      kit.fallback(),
    ];
  }
}

/** A new, empty PortalDuct sandbox (see {@link PortalDuctSandbox}). */
export function createPortalDuctSandbox(options: PortalDuctSandboxOptions = {}): PortalDuctSandbox {
  return new PortalDuctSandbox(options);
}

function fail(status: number, message: string, note: string): SandboxHttpError {
  return new SandboxHttpError(status, { status, message }, {}, note);
}

function record(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail(400, 'Expected a JSON object body', 'bad body');
  return value as Record<string, unknown>;
}

function requireUuid(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || !isUuid(value)) throw fail(400, `${field} must be a UUID`, `bad ${field}`);
  return value;
}
