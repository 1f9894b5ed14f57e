/**
 * `@x/monite`: a typed client for every public operation of the Monite API
 * (version 2024-05-25), with partner and entity-user tokens handled for you.
 * @packageDocumentation
 */
export { MoniteClient } from './client/monite-client.js';
export { MoniteCore, type DerivedState, type MoniteClientOptions, type SharedState } from './client/monite-core.js';
export type { MoniteCredentials } from './auth/monite-tokens.js';
export { MONITE_ENVIRONMENTS, type MoniteEnvironment } from './runtime/environments.js';
export { isMoniteTokenExpired } from './runtime/profile.js';
export type { MoniteRequestOptions, Operation, OperationArgs, OperationRunner } from './runtime/operation.js';
export { DEFAULT_MONITE_VERSION, VERSION } from './version.js';
export * from './webhooks/index.js';
export * from './generated/index.js';

// The error classes and helpers users meet, so one import is enough.
export {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  BinaryBody,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PagePromise,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  SDKError,
  UnprocessableEntityError,
  WebhookVerificationError,
  requestIdOf,
  type Logger,
  type RateLimitOptions,
  type LogLevel,
  type OpenEnum,
  type ValidationMode,
  type WithResponse,
} from '@x/core';
