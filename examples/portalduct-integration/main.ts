// PortalDuct's "Step-by-Step Integration" (https://docs.portalduct.com/docs/step-by-step-integration) with
// @x/portalduct: token, customer, client, the Client links a portal (status pending -> success), invoices and
// balance. Against the sandbox from @x/portalduct/testing unless PORTALDUCT_API_URL, PORTALDUCT_EMAIL and
// PORTALDUCT_PASSWORD are set.
import { PortalDuctClient } from '@x/portalduct';
import { createPortalDuctSandbox } from '@x/portalduct/testing';

const env = (name: string) => process.env[name]?.trim() || undefined;
const real = env('PORTALDUCT_API_URL') && env('PORTALDUCT_EMAIL') && env('PORTALDUCT_PASSWORD');
const sandbox = real ? undefined : createPortalDuctSandbox();
const served = await sandbox?.serve();
const portalduct = served
  ? new PortalDuctClient({ ...sandbox!.credentials, baseUrl: served.url })
  : new PortalDuctClient({ baseUrl: env('PORTALDUCT_API_URL')!, email: env('PORTALDUCT_EMAIL')!, password: () => env('PORTALDUCT_PASSWORD')! });
console.log(served ? `PortalDuct sandbox on ${served.url}` : 'Against the real PortalDuct API');

try {
  // Step 1: the token is obtained with POST /v1/login on the first call, cached, and renewed on a 401.
  // Steps 2-3: your platform's UUIDs become PortalDuct's.
  const customerUuid = crypto.randomUUID();
  const clientUuid = crypto.randomUUID();
  await portalduct.addCustomer({ customerUuid });
  console.log(`2. customer ${customerUuid}`);
  await portalduct.addCustomerClient({ customerUuid, clientUuid });
  console.log(`3. client ${clientUuid}`);

  if (sandbox) {
    // Step 4 happens in PortalDuct's embedded Client Credentials Collector; the sandbox plays the Client.
    const connection = await sandbox.connectPortal({ clientUuid, portalName: 'Ariba' });
    console.log(`4-5. connection ${connection.connectionUuid}: pending -> ${connection.status}`);
    const invoices = await portalduct.getClientInvoices(connection.connectionUuid);
    console.log(`   ${Array.isArray(invoices) ? invoices.length : 0} invoices collected`);
    const balance = await portalduct.getClientBalance(clientUuid);
    console.log(`   balance ${String(balance['balance'])} ${String(balance['currency'])}`);

    // Token expiry: the SDK logs in again and replays the call once.
    sandbox.faults.expireTokens();
    await portalduct.getClientBalance(clientUuid);
    console.log('\nWhat went over the wire:');
    for (const e of sandbox.log.entries) console.log(`   ${e.method} ${e.path} -> ${e.status}${e.note ? `  (${e.note})` : ''}`);
  } else {
    console.log('4. Now embed the Client Credentials Collector for this client; its status arrives on your login-changes webhook.');
  }
} finally {
  await served?.close();
}
