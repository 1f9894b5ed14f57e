// Starts the receiver on 127.0.0.1 and lets the Monite and PortalDuct sandboxes deliver to it; MonetizeNow
// webhooks are configured in its UI (no API, no sandbox delivery), so a sample envelope is posted instead.
// With WEBHOOK_PORT set it keeps running for real deliveries (MONITE_WEBHOOK_SECRET, PORTALDUCT_WEBHOOK_HEADER
// and PORTALDUCT_WEBHOOK_SECRET configure the checks).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MoniteClient } from '@x/monite';
import { createMoniteSandbox } from '@x/monite/testing';
import { PortalDuctClient } from '@x/portalduct';
import { createPortalDuctSandbox } from '@x/portalduct/testing';
import { webhookReceiver } from './receiver.ts';

let moniteSecret = process.env['MONITE_WEBHOOK_SECRET'] ?? '';
const portalductHeader = { name: process.env['PORTALDUCT_WEBHOOK_HEADER'] ?? 'x-webhook-secret', secret: process.env['PORTALDUCT_WEBHOOK_SECRET'] ?? `demo-${crypto.randomUUID()}` };
const lines: string[] = [];
const handle = webhookReceiver({ monite: () => moniteSecret, portalductHeader }, (line) => {
  lines.push(line);
  console.log(`  received: ${line}`);
});

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])));
  const response = await handle(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined }));
  res.writeHead(response.status).end(await response.text());
});
const port = Number(process.env['WEBHOOK_PORT'] ?? 0);
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
console.log(`Webhook receiver on ${base}/webhooks/{monite,portalduct,monetizenow}`);
if (process.env['WEBHOOK_PORT']) {
  console.log('Waiting for deliveries (Ctrl-C to stop).');
} else {
  const monite = createMoniteSandbox();
  const moniteServer = await monite.serve();
  const portalduct = createPortalDuctSandbox({ webhookHeader: { name: portalductHeader.name, value: portalductHeader.secret } });
  const portalductServer = await portalduct.serve();
  try {
    const moniteClient = new MoniteClient({ ...monite.credentials, baseUrl: moniteServer.url });
    moniteSecret = (await moniteClient.webhookSubscriptions.create({ object_type: 'entity', url: `${base}/webhooks/monite` })).secret;
    await moniteClient.entities.create({ type: 'individual', email: 'jo@example.com', address: { city: 'Berlin', country: 'DE', line1: 'Street 1', postal_code: '10115' }, individual: { first_name: 'Jo', last_name: 'Doe' } });
    await monite.webhooks.flush();

    const pd = new PortalDuctClient({ ...portalduct.credentials, baseUrl: portalductServer.url });
    const customerUuid = crypto.randomUUID();
    const clientUuid = crypto.randomUUID();
    await pd.registerLoginChangesWebhook({ url: `${base}/webhooks/portalduct` });
    await pd.addCustomer({ customerUuid });
    await pd.addCustomerClient({ customerUuid, clientUuid });
    await portalduct.connectPortal({ clientUuid, outcome: 'failure' });
    await portalduct.webhooks.flush();

    const sample = { eventId: 'evt_sample1', userId: 'usr_sample', sentTime: new Date().toISOString(), eventType: 'invoice.paid', data: { id: 'invc_sample', amount: 50 } };
    await fetch(`${base}/webhooks/monetizenow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sample) });
    // A forged Monite delivery is refused.
    await fetch(`${base}/webhooks/monite`, { method: 'POST', headers: { 'monite-signature': 't=1,v1=00' }, body: '{}' });
    if (lines.length !== 5) throw new Error(`expected 5 deliveries, saw ${lines.length}`);
  } finally {
    await Promise.all([moniteServer.close(), portalductServer.close()]);
    server.close();
  }
}
