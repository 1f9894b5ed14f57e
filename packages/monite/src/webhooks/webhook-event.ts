import type { OpenEnum } from '@x/core';

/**
 * The body Monite POSTs to a webhook subscription's URL
 * (`EventResourceForWebhookClient` in the spec's `webhook_notification` callback).
 */
export interface MoniteWebhookEvent {
  /** Event id; fetch it again with `monite.events.retrieve(id)`. */
  id: string;
  /** What happened, e.g. `created`, `updated`, `onboarding_requirements.updated`. */
  action: string;
  /** The API version the `object` is rendered in. */
  api_version: string | null;
  description: string;
  /** The entity the event belongs to. */
  entity_id: string;
  /** The kind of object, e.g. `payable`, `receivable`, `entity_user`. */
  object_type: OpenEnum<'entity' | 'entity_user' | 'payable' | 'receivable' | 'counterpart' | 'role' | 'payment_link' | 'payment_intent'>;
  webhook_subscription_id: string;
  created_at?: string | null;
  /** The object the event is about, as Monite sent it. */
  object?: unknown;
  [extra: string]: unknown;
}
