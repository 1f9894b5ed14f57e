/**
 * `@x/core`: the shared auth and transport of the `@x` SDKs.
 *
 * Vendor packages compose an {@link HttpClient} with a {@link VendorProfile};
 * users meet the errors, auth helpers, pagination and webhook helpers below.
 * @packageDocumentation
 */

// Client and calls
export { HttpClient } from './client/http-client.js';
export { ClientFamily } from './client/client-family.js';
export { APIPromise, requestIdOf, type WithResponse, type CallResult } from './client/api-promise.js';
export { BinaryBody } from './client/binary-body.js';
export type { ClientOptions, RequestOptions, SharedOptions, VendorProfile } from './client/options.js';
export type { HttpMethod, RequestSpec } from './client/request-spec.js';

// Auth
export type { AuthContext, AuthStrategy } from './auth/auth-strategy.js';
export { apiKey, bearerToken, missingCredentials, noAuth } from './auth/static-auth.js';
export { TokenAuth, type AccessToken, type TokenAuthOptions } from './auth/token-auth.js';
export { clientCredentials, parseOAuthToken, passwordLogin, tokenEndpointAuth, tokenErrorHint, type TokenEndpointOptions } from './auth/token-endpoint.js';
export { resolveSupplier, type Supplier } from './internal/supplier.js';

// Errors
export { SDKError } from './errors/sdk-error.js';
export { APIError, type APIErrorInit } from './errors/api-error.js';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors/status-errors.js';
export { APIConnectionError, APITimeoutError, APIUserAbortError } from './errors/connection-errors.js';
export { PaginationError } from './errors/pagination-error.js';
export {
  ConfigurationError,
  RequestValidationError,
  ResponseValidationError,
  WebhookVerificationError,
  type ValidationIssue,
} from './errors/validation-errors.js';
export { extractVendorMessage, makeAPIError } from './errors/error-factory.js';

// Validation
export { validateRequest, validateResponse, type ValidationMode } from './validation/validate.js';
export { formatIssues } from './validation/format-issues.js';
export type { OpenEnum } from './validation/open-enum.js';

// Retries
export { backoffDelay, parseRetryAfter } from './retry/backoff.js';
export { isRetryable, type AttemptFailure } from './retry/retry-policy.js';

// Rate limits
export { RateLimiter, type RateLimitOptions } from './rate/rate-limiter.js';

// Pagination
export { PagePromise, cursorPagination, offsetPagination, pageNumberPagination, type PageWalker } from './pagination/page-promise.js';

// Webhooks
export { hmacSha256Hex, timingSafeEqual } from './webhooks/hmac.js';
export {
  parseSignatureHeader,
  signTimestampedPayload,
  verifyTimestampedSignature,
  type SignatureHeader,
  type VerifyTimestampedSignatureOptions,
} from './webhooks/verify-signature.js';

// Logging
export { LevelLogger, type Logger, type LogLevel } from './logging/logger.js';
export { REDACTED, redactBody, redactHeaders, redactUrl } from './logging/redact.js';

// Helpers for vendor packages
export { VERSION } from './version.js';
export { buildUrl, fillPath } from './internal/url.js';
export { inspectSymbol } from './internal/inspect.js';
export { brandClass } from './internal/brand.js';
