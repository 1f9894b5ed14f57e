// A webhook receiver for the three vendors, on web-standard Request/Response (so the same handler runs in
// Node, Workers, Deno or Bun). Each route verifies what the vendor lets you verify, then parses.
import { parseMonetizeNowWebhook } from '@x/monetizenow/webhooks';
import { constructMoniteWebhookEvent } from '@x/monite/webhooks';
import { constructLoginChangeDelivery, sharedSecretHeader } from '@x/portalduct/webhooks';

/** Secrets of each vendor's deliveries. */
export interface ReceiverSecrets {
  /** The Monite subscription's `whsec_...` secret (returned once, when the subscription is created). */
  monite: () => string;
  /** PortalDuct signs nothing: a header you agreed with them, or leave undefined to accept unverified. */
  portalductHeader?: { name: string; secret: string };
}

/** What the receiver saw, one line per delivery. */
export type Seen = (line: string) => void;

export function webhookReceiver(secrets: ReceiverSecrets, seen: Seen): (request: Request) => Promise<Response> {
  return async (request) => {
    const path = new URL(request.url).pathname;
    const payload = await request.text();
    try {
      if (path === '/webhooks/monite') {
        // Monite-Signature: HMAC-SHA256 over "<t>.<raw body>" with the subscription secret.
        const event = await constructMoniteWebhookEvent({ payload, signature: request.headers, secret: secrets.monite() });
        seen(`Monite      ${event.object_type}.${event.action} for entity ${event.entity_id} (signature verified)`);
      } else if (path === '/webhooks/portalduct') {
        const header = secrets.portalductHeader;
        const delivery = await constructLoginChangeDelivery({ payload, headers: request.headers, ...(header ? { verify: sharedSecretHeader(header.name, header.secret) } : {}) });
        seen(`PortalDuct  connection ${delivery.connectionUuid} is ${delivery.status}${delivery.needsCredentialRetry ? ' (ask the client to re-enter credentials)' : ''}`);
      } else if (path === '/webhooks/monetizenow') {
        // MonetizeNow publishes no signature scheme: parse, and trust your network controls.
        const event = await parseMonetizeNowWebhook(payload, { headers: request.headers });
        seen(`MonetizeNow ${event.eventType} (event ${event.eventId})`);
      } else {
        return new Response('not found', { status: 404 });
      }
      return new Response(null, { status: 204 });
    } catch (error) {
      seen(`refused a delivery to ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return new Response('invalid delivery', { status: 400 });
    }
  };
}
