/**
 * `@x/monetizenow`: a typed client for MonetizeNow: the billing API generated from MonetizeNow's OpenAPI file
 * (156 operations in 20 resource groups), the tenant API key, US and EU hosts, the Sign-Up API with a session
 * object, typed errors and webhook parsing.
 * @packageDocumentation
 */
export { MonetizeNowClient, type MonetizeNowClientOptions } from './client/monetizenow-client.js';
export { MonetizeNowCore } from './client/monetizenow-core.js';
export { MONETIZENOW_API_KEY_HEADER } from './auth/api-key.js';
export { MONETIZENOW_ENVIRONMENTS, type MonetizeNowEnvironment } from './runtime/environments.js';
export type { MonetizeNowRequestOptions } from './runtime/transport.js';
// What `MonetizeNowCore.call` takes: the static description of a billing operation and its arguments.
export type { Operation, OperationArgs, OperationRunner } from './runtime/operation.js';
export { VERSION } from './version.js';

// The billing API: types, query types and the resource interfaces (generated from the vendor's spec).
export * from './generated/index.js';
export type { UsageAPI } from './usage/usage-api.js';
export { USAGE_EVENTS_PER_REQUEST, type RecordUsageEventsResult } from './usage/record-usage-events.js';

// Sign-Up API
export { SignUpAPI } from './signup/signup-api.js';
export { SignUpSession } from './signup/signup-session.js';
export type * from './signup/parts.js';
export type * from './signup/responses.js';
export {
  SIGN_UP_CREATE_ACTIONS,
  SIGN_UP_UPDATE_ACTIONS,
  type CancelRequest,
  type CreateAndFinalizeRequest,
  type CreateInPendingRequest,
  type CreateWithPaymentMethodRequest,
  type EstimateRequest,
  type FinalizeRequest,
  type InitPaymentMethodRequest,
  type PartsOf,
  type SignUpAction,
  type SignUpCreateRequest,
  type SignUpRequest,
  type SignUpUpdateRequest,
  type UpdateRequest,
} from './signup/requests.js';

// Errors
export { SignUpError } from './errors/signup-error.js';
export { monetizeNowErrorDetails, vendorCodeOf } from './errors/map-error.js';
export { extractMonetizeNowMessage, parseMonetizeNowErrorBody, type MonetizeNowErrorDetails } from './errors/error-body.js';

// Values
export type * from './values/ids.js';
export type { Amount, DateString, Quantity } from './values/amount.js';
export { normalizeMonetizeNowTimestamp, parseMonetizeNowTimestamp } from './values/timestamps.js';

export * from './webhooks/index.js';

// The error classes and helpers users meet, so one import is enough.
export {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  SDKError,
  UnprocessableEntityError,
  type Logger,
  type LogLevel,
  BinaryBody,
  type OpenEnum,
  type PagePromise,
  type ValidationMode,
  type WithResponse,
} from '@x/core';
