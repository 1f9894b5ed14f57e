/**
 * `@x/portalduct`: a typed client for PortalDuct's documented integration flow (B2B procurement data from
 * vendor portals), on @x/core. Names PortalDuct has not published are isolated in `src/assumptions/`.
 * @packageDocumentation
 */
export { PortalDuctClient, type RawRequest } from './client/portalduct-client.js';
export type { PortalDuctClientOptions, PortalDuctEnvironment, PortalDuctRequestOptions } from './client/options.js';
export type { PortalDuctAuthOptions, RefreshEndpoint } from './auth/options.js';
export { defaultLoginBody, defaultTokenFromResponse, LOGIN_PATH, type LoginCredentials, type PortalDuctToken } from './assumptions/login.js';
export { defaultRequestBodies, type RequestBodies } from './assumptions/request-bodies.js';
export { defaultReadDelivery } from './assumptions/login-change-delivery.js';
export { isPortalDuctTokenExpired } from './runtime/profile.js';
export { PATHS } from './runtime/paths.js';
export { isUuid, type ClientUuid, type ConnectionRef, type ConnectionUuid, type CustomerUuid, type PortalUuid } from './models/ids.js';
export type { AddCustomerClientInput, AddCustomerInput, ExtraFields, RegisterLoginChangesWebhookInput } from './models/inputs.js';
export type {
  AddCustomerClientResponse,
  AddCustomerResponse,
  ClientBalance,
  ClientInvoicesResponse,
  Invoice,
  RegisterWebhookResponse,
  VendorRecord,
} from './models/records.js';
export { VERSION } from './version.js';
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
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  SDKError,
  UnprocessableEntityError,
  type Logger,
  type LogLevel,
  type OpenEnum,
  type ValidationMode,
  type WithResponse,
} from '@x/core';
