/**
 * `@x/monetizenow/core`: the client without the billing API's resource groups, for the smallest bundles. The
 * Sign-Up API needs nothing else (`new MonetizeNowCore({ apiKey }).signUp`); pass the client to the standalone
 * operations or resource factories of `@x/monetizenow/resources` for billing calls:
 * `accountsCreate(monetizeNow, body)`, `accounts(monetizeNow).create(body)`.
 * @packageDocumentation
 */
export { MonetizeNowCore, type MonetizeNowClientOptions } from './client/monetizenow-core.js';
export { MONETIZENOW_API_KEY_HEADER } from './auth/api-key.js';
export { MONETIZENOW_ENVIRONMENTS, type MonetizeNowEnvironment } from './runtime/environments.js';
export type { MonetizeNowRequestOptions, Operation, OperationArgs, OperationRunner } from './runtime/operation.js';
export { SignUpAPI } from './signup/signup-api.js';
export { SignUpSession } from './signup/signup-session.js';
