/**
 * `@x/portalduct/testing`: a stateful in-memory PortalDuct (login tokens, customers, clients, connections
 * that settle, login-change webhooks, invoices, balances) as msw handlers, or served on 127.0.0.1.
 * Needs `msw` 3 (an optional peer dependency of `@x/portalduct`).
 * @packageDocumentation
 */
export { createPortalDuctSandbox, PortalDuctSandbox, type ConnectPortalInput, type PortalDuctSandboxOptions } from './portalduct-sandbox.js';
export type { SandboxConnection } from './state.js';
export { formatWireEntry, type SandboxFaults, type ServedSandbox, type ServeOptions, type WebhookDelivery, type WireEntry, type WireLog } from '@x/core/testing';
