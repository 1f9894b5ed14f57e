/**
 * `@x/monite/testing`: a stateful in-memory Monite (tokens, entities, roles, entity users, webhook
 * subscriptions) as msw handlers, or served on 127.0.0.1, so you can test your Monite integration without
 * Monite. Needs `msw` 3 (an optional peer dependency of `@x/monite`).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createMoniteSandbox } from '@x/monite/testing';
 * const sandbox = createMoniteSandbox();
 * setupServer(...sandbox.handlers).listen({ onUnhandledFrame: 'error' });
 * const monite = new MoniteClient(sandbox.clientOptions());
 * @packageDocumentation
 */
export { createMoniteSandbox, MoniteSandbox, type MoniteSandboxOptions } from './monite-sandbox.js';
export { MONITE_EXPIRED_TOKEN_MESSAGE, moniteErrorBody, type ValidationDetail } from './errors.js';
export { formatWireEntry, type Fault, type FaultCount, type FaultMatch, type SandboxFaults, type ServedSandbox, type ServeOptions, type WebhookDelivery, type WireEntry, type WireLog } from '@x/core/testing';
