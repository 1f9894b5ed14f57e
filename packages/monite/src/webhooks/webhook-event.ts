import type { WebhookObjectType } from '../generated/models.js';

/**
 * Fields of every body Monite POSTs to a webhook subscription's URL
 * (`EventResourceForWebhookClient` in the spec's `webhook_notification` callback).
 */
export interface MoniteWebhookEventFields {
  /** Event id; fetch it again with `monite.events.retrieve(id)`. */
  id: string;
  /**
   * What happened, e.g. `created`, `updated`, `onboarding_requirements.updated`. The spec types it as
   * a plain string (Monite's webhook guide lists the actions per object type), so it stays open.
   */
  action: string;
  /** The API version the `object` is rendered in. */
  api_version: string | null;
  description: string;
  /** The entity the event belongs to. */
  entity_id: string;
  webhook_subscription_id: string;
  created_at?: string | null;
  /** The object the event is about, as Monite sent it. */
  object?: unknown;
  [extra: string]: unknown;
}

/** An event about one of the object types the spec lists (`WebhookObjectType`), e.g. `MoniteWebhookEventOf<'payable'>`. */
export interface MoniteWebhookEventOf<T extends WebhookObjectType> extends MoniteWebhookEventFields {
  /** The kind of object the event is about. */
  object_type: T;
}

/** One member per object type of the spec's `WebhookObjectType` enum. */
export type KnownMoniteWebhookEvent = { [T in WebhookObjectType]: MoniteWebhookEventOf<T> }[WebhookObjectType];

/** An event for an object type Monite added after this SDK was generated: accepted, not rejected. */
export interface UnknownMoniteWebhookEvent extends MoniteWebhookEventFields {
  object_type: string & {};
}

/**
 * A verified Monite webhook event: a known object type from the spec, or a newer one.
 * `event.object_type` autocompletes the known types; narrow with {@link isMoniteWebhookEventOf}.
 */
export type MoniteWebhookEvent = KnownMoniteWebhookEvent | UnknownMoniteWebhookEvent;

/**
 * Whether an event is about `objectType`, narrowing it to {@link MoniteWebhookEventOf}.
 * (A plain `event.object_type === 'payable'` cannot narrow: the open fallback also admits `'payable'`.)
 *
 * @example
 * if (isMoniteWebhookEventOf(event, 'payable')) await syncPayable(event.entity_id, event.action);
 */
export function isMoniteWebhookEventOf<T extends WebhookObjectType>(event: MoniteWebhookEvent, objectType: T): event is MoniteWebhookEventOf<T> {
  return event.object_type === objectType;
}
