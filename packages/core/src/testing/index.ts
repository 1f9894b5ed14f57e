/**
 * `@x/core/testing`: the shared machinery of the vendor sandboxes (`@x/monite/testing`,
 * `@x/portalduct/testing`, `@x/monetizenow/testing`): fault knobs, a wire log, webhook deliveries and
 * serving msw handlers on a real 127.0.0.1 server. Needs `msw` (an optional peer dependency).
 * @packageDocumentation
 */
export { SandboxFaults, type Fault, type FaultCount, type FaultMatch } from './faults.js';
export { WireLog, formatWireEntry, type WireEntry } from './wire-log.js';
export { WebhookOutbox, type WebhookDelivery } from './webhook-outbox.js';
export { RateWindow, type RateDecision } from './rate-window.js';
export { SandboxKit, SandboxHttpError, jsonResponse, type RouteContext, type RouteResult, type SandboxKitOptions, type SandboxMethod, type SandboxVendor } from './sandbox-kit.js';
export { serveHandlers, type ServeOptions, type ServedSandbox } from './serve.js';
export { uuid, prefixedId, randomToken } from './ids.js';
