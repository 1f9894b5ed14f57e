import type { MonetizeNowWebhookEventType } from './event-types.js';

/**
 * The envelope MonetizeNow POSTs to your webhook URL: `{eventId, userId, sentTime, eventType, data}`.
 * Respond with 200. Fields MonetizeNow adds later are kept.
 */
export interface MonetizeNowWebhookEnvelope<Type extends string = string> {
  /** The event's id; use it to ignore a delivery you already handled. */
  eventId: string;
  /** The MonetizeNow user whose action caused the event. Not every event may have one. */
  userId?: string | null;
  /** When the event was sent, ISO 8601; the offset may lack a colon (`+0000`): parse with `parseMonetizeNowTimestamp`. */
  sentTime: string;
  eventType: Type;
  /** The record the event is about. MonetizeNow does not publish its shape per event, so it is untyped. */
  data: unknown;
  [field: string]: unknown;
}

/** An event of a type MonetizeNow documents; narrow on `eventType`. */
export type KnownMonetizeNowWebhookEvent = { [T in MonetizeNowWebhookEventType]: MonetizeNowWebhookEnvelope<T> }[MonetizeNowWebhookEventType];

/** An event of a type this SDK does not know yet (added by MonetizeNow later): kept, not rejected. */
export type UnknownMonetizeNowWebhookEvent = MonetizeNowWebhookEnvelope<string & {}>;

/** Any MonetizeNow webhook event: a documented one, or the open fallback. */
export type MonetizeNowWebhookEvent = KnownMonetizeNowWebhookEvent | UnknownMonetizeNowWebhookEvent;
