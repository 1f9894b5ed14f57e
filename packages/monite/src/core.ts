/**
 * `@x/monite/core`: the client without resource groups, for the smallest
 * bundles. Pass it to standalone operations from `@x/monite/resources`:
 * `entitiesCreate(monite, body)`, or to a resource factory: `entities(monite).create(body)`.
 * @packageDocumentation
 */
export { MoniteCore, type MoniteClientOptions } from './client/monite-core.js';
export { MONITE_ENVIRONMENTS, type MoniteEnvironment } from './runtime/environments.js';
export type { MoniteRequestOptions, Operation, OperationArgs, OperationRunner } from './runtime/operation.js';
