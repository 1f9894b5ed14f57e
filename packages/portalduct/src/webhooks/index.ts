/**
 * `@x/portalduct/webhooks`: parse PortalDuct's portal-login-changes deliveries. Usable on its own
 * (e.g. in an edge function) without the client.
 * @packageDocumentation
 */
export {
  parseLoginChangeDelivery,
  type LoginChangeDelivery,
  type ParseLoginChangeOptions,
  type WebhookPayload,
} from './login-change-delivery.js';
export {
  constructLoginChangeDelivery,
  loginChangeWebhookHandler,
  type ConstructLoginChangeOptions,
  type LoginChangeHandlerOptions,
} from './handler.js';
export { sharedSecretHeader, sharedSecretQuery, type WebhookCheck, type WebhookRequestParts } from './verify.js';
export { CONNECTION_STATUSES, needsCredentialRetry, normalizeConnectionStatus, type ConnectionStatus } from '../models/connection-status.js';
export type { DeliveryFields } from '../assumptions/login-change-delivery.js';
export { WebhookVerificationError } from '@x/core';
