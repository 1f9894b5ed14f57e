export { constructMoniteWebhookEvent, MONITE_SIGNATURE_HEADER, verifyMoniteWebhook, type VerifyMoniteWebhookOptions } from './verify-webhook.js';
export type { MoniteWebhookEvent } from './webhook-event.js';
