/**
 * The webhook events MonetizeNow lists (the "Webhooks" table of its API description,
 * https://docs.monetizenow.io/reference/webhooks-1), spelled exactly as MonetizeNow spells them:
 * `dunning.step.tiggered` is the vendor's spelling.
 */
export const MONETIZENOW_WEBHOOK_EVENT_TYPES = [
  'account.created',
  'account.updated',
  'contact.created',
  'contact.updated',
  'quote.created',
  'quote.updated',
  'quote.accepted',
  'quote.processed',
  'quote.cancelled',
  'quote.offering.created',
  'quote.offering.updated',
  'quote.offering.deleted',
  'opportunity.created',
  'opportunity.updated',
  'offering.created',
  'offering.updated',
  'contract.created',
  'contract.updated',
  'rate.created',
  'rate.updated',
  'rate.deleted',
  'price.deleted',
  'dunning.step.tiggered',
] as const;

/** A webhook event type MonetizeNow documents. */
export type MonetizeNowWebhookEventType = (typeof MONETIZENOW_WEBHOOK_EVENT_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(MONETIZENOW_WEBHOOK_EVENT_TYPES);

/** Whether `eventType` is one MonetizeNow documents. */
export function isKnownMonetizeNowEventType(eventType: string): eventType is MonetizeNowWebhookEventType {
  return KNOWN.has(eventType);
}
