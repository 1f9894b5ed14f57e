// The Worker: POST /onboard creates a Monite entity and a PortalDuct customer with the same UUID;
// POST /webhooks/monite verifies a Monite delivery. Web-standard APIs only (no nodejs_compat).
import { MoniteClient } from '@x/monite';
import { constructMoniteWebhookEvent } from '@x/monite/webhooks';
import { PortalDuctClient } from '@x/portalduct';

/** The Worker's bindings (wrangler.toml vars and secrets in production). */
export interface Env {
  MONITE_BASE_URL?: string;
  MONITE_CLIENT_ID: string;
  MONITE_CLIENT_SECRET: string;
  MONITE_WEBHOOK_SECRET?: string;
  PORTALDUCT_API_URL: string;
  PORTALDUCT_EMAIL: string;
  PORTALDUCT_PASSWORD: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/onboard') {
      const { legalName, email } = (await request.json()) as { legalName: string; email: string };
      const monite = new MoniteClient({ clientId: env.MONITE_CLIENT_ID, clientSecret: env.MONITE_CLIENT_SECRET, ...(env.MONITE_BASE_URL ? { baseUrl: env.MONITE_BASE_URL } : {}) });
      const portalduct = new PortalDuctClient({ baseUrl: env.PORTALDUCT_API_URL, email: env.PORTALDUCT_EMAIL, password: env.PORTALDUCT_PASSWORD });
      const entity = await monite.entities.create({
        type: 'organization',
        email,
        address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115' },
        organization: { legal_name: legalName },
      });
      await portalduct.addCustomer({ customerUuid: entity.id });
      return Response.json({ moniteEntityId: entity.id, portalductCustomerUuid: entity.id, status: entity.status });
    }
    if (request.method === 'POST' && path === '/webhooks/monite') {
      try {
        const event = await constructMoniteWebhookEvent({ payload: await request.text(), signature: request.headers, secret: env.MONITE_WEBHOOK_SECRET ?? '' });
        return Response.json({ received: `${event.object_type}.${event.action}` });
      } catch {
        return new Response('invalid signature', { status: 400 });
      }
    }
    return new Response('not found', { status: 404 });
  },
};
