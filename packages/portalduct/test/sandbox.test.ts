// The public PortalDuct sandbox (@x/portalduct/testing) against the SDK: the five integration steps,
// connections settling with login-change deliveries, token expiry, faults and a real 127.0.0.1 server.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { NotFoundError, PortalDuctClient } from '../src/index.js';
import { createPortalDuctSandbox } from '../src/testing/index.js';
import { constructLoginChangeDelivery, sharedSecretHeader, type LoginChangeDelivery } from '../src/webhooks/index.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let n = 0;
function start(options: Parameters<typeof createPortalDuctSandbox>[0] = {}) {
  const sandbox = createPortalDuctSandbox({ baseUrl: `https://portalduct-${++n}.test`, ...options });
  server.use(...sandbox.handlers);
  return { sandbox, portalduct: new PortalDuctClient(sandbox.clientOptions()) };
}

it('walks the integration steps; a connection goes pending -> success, each delivered; invoices and balance follow', async () => {
  const { sandbox, portalduct } = start({ webhookHeader: { name: 'x-hook-secret', value: 'hook-secret-1' } });
  const deliveries: LoginChangeDelivery[] = [];
  server.use(
    http.post('https://app.test/portalduct', async ({ request }) => {
      deliveries.push(await constructLoginChangeDelivery({ payload: await request.text(), headers: request.headers, verify: sharedSecretHeader('x-hook-secret', 'hook-secret-1') }));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const customerUuid = crypto.randomUUID();
  const clientUuid = crypto.randomUUID();
  await portalduct.registerLoginChangesWebhook({ url: 'https://app.test/portalduct' });
  expect(await portalduct.addCustomer({ customerUuid })).toMatchObject({ customer_uuid: customerUuid });
  expect(await portalduct.addCustomerClient({ customerUuid, clientUuid })).toMatchObject({ client_uuid: clientUuid });

  const connection = await sandbox.connectPortal({ clientUuid, portalName: 'Ariba' });
  await sandbox.webhooks.flush();
  expect(deliveries.map((d) => [d.status, d.connectionUuid, d.clientUuid])).toEqual([
    ['pending', connection.connectionUuid, clientUuid],
    ['success', connection.connectionUuid, clientUuid],
  ]);
  const invoices = await portalduct.getClientInvoices(connection.connectionUuid);
  expect(invoices).toHaveLength(3);
  expect(await portalduct.getClientBalance(clientUuid)).toMatchObject({ client_uuid: clientUuid, balance: 3750, currency: 'USD' });
  expect(sandbox.log.count({ method: 'POST', path: '/v1/login' })).toBe(1);
});

it('a failed portal login is delivered as failure (credential retry) and collects no invoices', async () => {
  const { sandbox, portalduct } = start();
  const seen: string[] = [];
  server.use(http.post('https://app.test/hook', async ({ request }) => (seen.push(((await request.json()) as { status: string }).status), new HttpResponse(null, { status: 200 }))));
  const customerUuid = crypto.randomUUID();
  const clientUuid = crypto.randomUUID();
  await portalduct.registerLoginChangesWebhook({ url: 'https://app.test/hook' });
  await portalduct.addCustomer({ customerUuid });
  await portalduct.addCustomerClient({ customerUuid, clientUuid });
  const connection = await sandbox.connectPortal({ clientUuid, outcome: 'failure' });
  await sandbox.webhooks.flush();
  expect(seen).toEqual(['pending', 'failure']);
  expect(await portalduct.getClientInvoices(connection.connectionUuid)).toEqual([]);
});

it('refuses duplicates and unknown parents, and 404s unknown connections', async () => {
  const { portalduct } = start();
  const customerUuid = crypto.randomUUID();
  await portalduct.addCustomer({ customerUuid });
  await expect(portalduct.addCustomer({ customerUuid })).rejects.toMatchObject({ status: 409 });
  await expect(portalduct.addCustomerClient({ customerUuid: crypto.randomUUID(), clientUuid: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
  await expect(portalduct.getClientInvoices(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
});

it('expired tokens answer 401; the SDK logs in again and replays once', async () => {
  const { sandbox, portalduct } = start();
  await portalduct.addCustomer({ customerUuid: crypto.randomUUID() });
  sandbox.faults.expireTokens();
  await portalduct.addCustomer({ customerUuid: crypto.randomUUID() });
  expect(sandbox.log.entries.map((e) => `${e.path} ${e.status}`)).toEqual([
    '/v1/login 200',
    '/v1/addNewCustomer 200',
    '/v1/addNewCustomer 401',
    '/v1/login 200',
    '/v1/addNewCustomer 200',
  ]);
});

it('injected 503 on a GET is retried; a dropped POST is not replayed', async () => {
  const { sandbox, portalduct } = start();
  const customerUuid = crypto.randomUUID();
  const clientUuid = crypto.randomUUID();
  await portalduct.addCustomer({ customerUuid });
  await portalduct.addCustomerClient({ customerUuid, clientUuid });
  sandbox.faults.serverError({ method: 'GET', times: 2 });
  await portalduct.getClientBalance(clientUuid);
  expect(sandbox.log.filter({ method: 'GET' }).map((e) => e.status)).toEqual([503, 503, 200]);
  sandbox.faults.dropConnection({ method: 'POST' });
  await expect(portalduct.addCustomer({ customerUuid: crypto.randomUUID() })).rejects.toMatchObject({ name: 'APIConnectionError' });
  expect(sandbox.data.customers).toHaveLength(1);
});

it('serves on 127.0.0.1 for other runtimes', async () => {
  server.close();
  const sandbox = createPortalDuctSandbox();
  const served = await sandbox.serve();
  try {
    const portalduct = new PortalDuctClient({ ...sandbox.credentials, baseUrl: served.url });
    const customerUuid = crypto.randomUUID();
    await portalduct.addCustomer({ customerUuid });
    expect(sandbox.data.customers).toEqual([customerUuid]);
  } finally {
    await served.close();
    server.listen({ onUnhandledFrame: 'error' } as never);
  }
});
