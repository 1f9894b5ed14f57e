export { constructMoniteWebhookEvent, MONITE_SIGNATURE_HEADER, verifyMoniteWebhook, type VerifyMoniteWebhookOptions } from './verify-webhook.js';
export {
  isMoniteWebhookEventOf,
  type KnownMoniteWebhookEvent,
  type MoniteWebhookEvent,
  type MoniteWebhookEventFields,
  type MoniteWebhookEventOf,
  type UnknownMoniteWebhookEvent,
} from './webhook-event.js';
export type { WebhookObjectType } from '../generated/models.js';
