import type { HttpHandler } from 'msw';
import { getWebhookSubscriptionsIdOp, getWebhookSubscriptionsOp, postWebhookSubscriptionsOp } from '../../generated/operations.js';
import type { WebhookSubscriptionResourceWithSecret } from '../../generated/models.js';
import { randomToken } from '@x/core/testing';
import { requirePartner } from '../caller.js';
import { moniteError } from '../errors.js';
import type { MoniteInternals } from '../internals.js';
import { operationRoute } from '../operation-route.js';
import { cursorPage } from '../pagination.js';

/** Webhook subscriptions (partner-level): create (201, the only answer carrying the secret), list, get. */
export function webhookRoutes(x: MoniteInternals): HttpHandler[] {
  const withoutSecret = ({ secret: _secret, ...rest }: WebhookSubscriptionResourceWithSecret) => rest;
  return [
    operationRoute(x, postWebhookSubscriptionsOp, 201, ({ body, caller, note }) => {
      requirePartner(caller);
      const subscription: WebhookSubscriptionResourceWithSecret = {
        id: crypto.randomUUID(),
        object_type: body.object_type,
        event_types: body.event_types ?? [],
        url: body.url,
        status: 'enabled',
        secret: randomToken('whsec_'),
      };
      x.state.webhookSubscriptions.set(subscription.id, subscription);
      note(`subscribed ${body.object_type} events`);
      return subscription;
    }),
    operationRoute(x, getWebhookSubscriptionsOp, 200, ({ caller, url }) => {
      requirePartner(caller);
      const all = [...x.state.webhookSubscriptions.values()].map(withoutSecret);
      return cursorPage(all, url, { sortFields: [], filters: { object_type: (s, [v]) => s.object_type === v } });
    }),
    operationRoute(x, getWebhookSubscriptionsIdOp, 200, ({ caller, params }) => {
      requirePartner(caller);
      const found = x.state.webhookSubscriptions.get(params['webhook_subscription_id']!);
      if (!found) throw moniteError(404, 'Webhook subscription was not found.');
      return withoutSecret(found);
    }),
  ];
}
