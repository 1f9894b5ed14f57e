// Webhook events: a union over the spec's webhook object types, with an open fallback.
import { describe, expectTypeOf, it } from 'vitest';
import { isMoniteWebhookEventOf, type MoniteWebhookEvent, type MoniteWebhookEventOf, type WebhookObjectType } from '../src/webhooks/index.js';

declare const event: MoniteWebhookEvent;

describe('MoniteWebhookEvent', () => {
  it('lists the known object types and still admits new ones', () => {
    expectTypeOf<'payable'>().toMatchTypeOf<MoniteWebhookEvent['object_type']>();
    expectTypeOf<'object_type_from_2030'>().toMatchTypeOf<MoniteWebhookEvent['object_type']>();
    expectTypeOf<WebhookObjectType>().toMatchTypeOf<MoniteWebhookEvent['object_type']>();
  });

  it('narrows with isMoniteWebhookEventOf', () => {
    if (isMoniteWebhookEventOf(event, 'payable')) {
      expectTypeOf(event).toEqualTypeOf<MoniteWebhookEventOf<'payable'>>();
      expectTypeOf(event.object_type).toEqualTypeOf<'payable'>();
    }
    // @ts-expect-error: not an object type Monite sends
    isMoniteWebhookEventOf(event, 'payabel');
  });

  it('keeps the common fields typed', () => {
    expectTypeOf(event.entity_id).toEqualTypeOf<string>();
    expectTypeOf(event.action).toEqualTypeOf<string>();
    expectTypeOf(event.object).toEqualTypeOf<unknown>();
  });
});
