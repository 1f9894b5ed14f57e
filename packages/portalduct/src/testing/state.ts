/** A Connection the sandbox holds: one Client's credentials for one Portal. */
export interface SandboxConnection {
  connectionUuid: string;
  clientUuid: string;
  customerUuid: string;
  portalUuid: string;
  portalName: string;
  status: 'pending' | 'success' | 'failure';
}

/** A Client the sandbox holds. */
export interface SandboxClient {
  clientUuid: string;
  customerUuid: string;
  fields: Record<string, unknown>;
}

/** Everything the PortalDuct sandbox holds. */
export class PortalDuctState {
  readonly customers = new Map<string, { customerUuid: string; fields: Record<string, unknown> }>();
  readonly clients = new Map<string, SandboxClient>();
  readonly connections = new Map<string, SandboxConnection>();
  /** Invoices per connection, filled when a connection succeeds. */
  readonly invoices = new Map<string, Record<string, unknown>[]>();
  readonly webhookUrls: string[] = [];
  readonly tokens = new Map<string, number>();

  clear(): void {
    this.customers.clear();
    this.clients.clear();
    this.connections.clear();
    this.invoices.clear();
    this.webhookUrls.length = 0;
    this.tokens.clear();
  }
}

/** Invoices a successful connection "collects": deterministic per connection, so tests can assert them. */
export function sampleInvoices(connection: SandboxConnection): Record<string, unknown>[] {
  return [1, 2, 3].map((n) => ({
    invoice_number: `${connection.portalName.slice(0, 3).toUpperCase()}-${connection.connectionUuid.slice(0, 4)}-${n}`,
    amount: 1250 * n,
    currency: 'USD',
    status: n === 3 ? 'paid' : 'open',
    due_date: `2026-12-${String(10 * n).padStart(2, '0')}`,
    connection_uuid: connection.connectionUuid,
  }));
}
