/**
 * `@x/monetizenow/webhooks`: parse MonetizeNow webhook deliveries without loading the client.
 * @packageDocumentation
 */
export { isKnownMonetizeNowEventType, MONETIZENOW_WEBHOOK_EVENT_TYPES, type MonetizeNowWebhookEventType } from './event-types.js';
export { isKnownMonetizeNowWebhookEvent, parseMonetizeNowWebhook, type ParseMonetizeNowWebhookOptions, type WebhookHeaders } from './parse-webhook.js';
export type { KnownMonetizeNowWebhookEvent, MonetizeNowWebhookEnvelope, MonetizeNowWebhookEvent, UnknownMonetizeNowWebhookEvent } from './webhook-event.js';
export { normalizeMonetizeNowTimestamp, parseMonetizeNowTimestamp } from '../values/timestamps.js';
export { WebhookVerificationError } from '@x/core';
