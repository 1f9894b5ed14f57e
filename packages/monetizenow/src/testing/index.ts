/**
 * `@x/monetizenow/testing`: a stateful in-memory MonetizeNow (the Sign-Up session state machine, a small
 * catalog as page-number lists, usage batches with per-event failures and the events read back) as msw handlers, or served on
 * 127.0.0.1. Needs `msw` 3 (an optional peer dependency of `@x/monetizenow`).
 * @packageDocumentation
 */
export { createMonetizeNowSandbox, MonetizeNowSandbox, type MonetizeNowSandboxOptions } from './monetizenow-sandbox.js';
export { TRANSITIONS, type SandboxSession, type SessionState } from './signup-machine.js';
export type { SandboxProduct, SandboxOffering, SandboxRate } from './catalog.js';
export type { NumberedPage } from './page.js';
export type { PricedQuote } from './pricing.js';
export type { SandboxAccount, UsageBatchResult, UsageEvent } from './usage.js';
export type { UsageEventPage } from './usage-list.js';
export { formatWireEntry, type SandboxFaults, type ServedSandbox, type ServeOptions, type WireEntry, type WireLog } from '@x/core/testing';
