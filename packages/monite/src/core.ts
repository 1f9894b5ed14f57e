/**
 * `@x/monite/core`: the client without resource groups, for the smallest
 * bundles. Combine with factories from `@x/monite/resources`:
 * `entities(monite.runner).create(...)`.
 * @packageDocumentation
 */
export { MoniteCore, type MoniteClientOptions } from './client/monite-core.js';
export { MONITE_ENVIRONMENTS, type MoniteEnvironment } from './runtime/environments.js';
export type { MoniteRequestOptions, Operation, OperationRunner } from './runtime/operation.js';
