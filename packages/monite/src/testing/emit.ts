import { signTimestampedPayload } from '@x/core';
import type { SandboxKit } from '@x/core/testing';
import { MONITE_SIGNATURE_HEADER } from '../webhooks/verify-webhook.js';
import type { MoniteState } from './state.js';

/**
 * Delivers one event to every enabled subscription for its object type (and action, when the subscription
 * lists event types), signed the way `verifyMoniteWebhook` checks: `Monite-Signature: t=<unix>,v1=<hex
 * HMAC-SHA256 of "<t>.<raw body>">` with the subscription's secret.
 */
export async function emitEvent(
  kit: SandboxKit,
  state: MoniteState,
  nowMs: number,
  event: { objectType: string; action: string; entityId: string; object: unknown; apiVersion: string | null },
): Promise<void> {
  for (const subscription of state.webhookSubscriptions.values()) {
    if (subscription.status !== 'enabled' || subscription.object_type !== event.objectType) continue;
    if (subscription.event_types.length && !subscription.event_types.includes(event.action)) continue;
    const body = JSON.stringify({
      id: crypto.randomUUID(),
      action: event.action,
      api_version: event.apiVersion,
      description: `${event.objectType}_${event.action}`,
      entity_id: event.entityId,
      object_type: event.objectType,
      webhook_subscription_id: subscription.id,
      created_at: new Date(nowMs).toISOString(),
      object: event.object,
    });
    const signature = await signTimestampedPayload({ payload: body, secret: subscription.secret, timestamp: Math.floor(nowMs / 1000) });
    kit.webhooks.send(subscription.url, body, { [MONITE_SIGNATURE_HEADER]: signature });
  }
}
