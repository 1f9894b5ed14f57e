// PortalDuct's step-by-step integration flow end to end: login → customer → client → webhook registration →
// status delivery → invoices and balance.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { loginChangeWebhookHandler, PortalDuctClient, type LoginChangeDelivery } from '../src/index.js';
import { CLIENT_UUID, CONNECTION_UUID, CREDENTIALS, CUSTOMER_UUID, mockLogin, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('runs the five documented steps with one login and the token on every call', async () => {
  const baseUrl = uniqueBaseUrl();
  const logins = mockLogin(server, baseUrl);
  const calls: { method: string; path: string; auth: string | null; body: unknown }[] = [];
  const record = async (request: Request) => {
    const text = await request.text();
    calls.push({ method: request.method, path: new URL(request.url).pathname, auth: request.headers.get('authorization'), body: text ? JSON.parse(text) : undefined });
  };
  server.use(
    http.post(`${baseUrl}/v1/addNewCustomer`, async ({ request }) => (await record(request), HttpResponse.json({ uuid: CUSTOMER_UUID, created: true }, { status: 201 }))),
    http.post(`${baseUrl}/v1/addNewCustomerClient`, async ({ request }) => (await record(request), HttpResponse.json({ uuid: CLIENT_UUID }, { status: 201 }))),
    http.post(`${baseUrl}/v1/clientsPortalLoginChanges`, async ({ request }) => (await record(request), new HttpResponse(null, { status: 204 }))),
    http.get(`${baseUrl}/v1/getClientInvoices/:connection`, async ({ request }) => (await record(request), HttpResponse.json([{ invoice_number: 'INV-1', amount: 120.5 }]))),
    http.get(`${baseUrl}/v1/getClientBalance/:client`, async ({ request }) => (await record(request), HttpResponse.json({ balance: 1200, currency: 'USD' }))),
  );

  // Step 1: the token is obtained on first use.
  const portalduct = new PortalDuctClient({ baseUrl, environment: 'sandbox', ...CREDENTIALS });
  // Step 2 and 3: Customer and Client with the platform's own UUIDs.
  await expect(portalduct.addCustomer({ customerUuid: CUSTOMER_UUID, fields: { name: 'Acme Factoring' } })).resolves.toEqual({ uuid: CUSTOMER_UUID, created: true });
  await expect(portalduct.addCustomerClient({ customerUuid: CUSTOMER_UUID, clientUuid: CLIENT_UUID })).resolves.toEqual({ uuid: CLIENT_UUID });
  // The login-changes webhook, then (Step 4, in the browser) the Client hands over portal credentials.
  await expect(portalduct.registerLoginChangesWebhook({ url: 'https://platform.example/hooks/portalduct' })).resolves.toBeUndefined();

  // Step 5: deliveries move the connection from pending to success.
  const seen: LoginChangeDelivery[] = [];
  const handler = loginChangeWebhookHandler({ onDelivery: (delivery) => void seen.push(delivery) });
  for (const status of ['Pending', 'Success']) {
    const response = await handler(
      new Request('https://platform.example/hooks/portalduct', {
        method: 'POST',
        body: JSON.stringify({ status, connection_uuid: CONNECTION_UUID, client_uuid: CLIENT_UUID }),
      }),
    );
    expect(response.status).toBe(200);
  }
  expect(seen.map((d) => [d.status, d.needsCredentialRetry, d.connectionUuid])).toEqual([
    ['pending', false, CONNECTION_UUID],
    ['success', false, CONNECTION_UUID],
  ]);

  // Then the data: invoices by connection, balance by client.
  await expect(portalduct.getClientInvoices(seen[1]!.connectionUuid!)).resolves.toEqual([{ invoice_number: 'INV-1', amount: 120.5 }]);
  await expect(portalduct.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 1200, currency: 'USD' });

  expect(logins.bodies).toEqual([{ email: CREDENTIALS.email, password: CREDENTIALS.password }]);
  expect(calls).toEqual([
    { method: 'POST', path: '/v1/addNewCustomer', auth: 'Bearer pd-token-1', body: { customer_uuid: CUSTOMER_UUID, name: 'Acme Factoring' } },
    { method: 'POST', path: '/v1/addNewCustomerClient', auth: 'Bearer pd-token-1', body: { customer_uuid: CUSTOMER_UUID, client_uuid: CLIENT_UUID } },
    { method: 'POST', path: '/v1/clientsPortalLoginChanges', auth: 'Bearer pd-token-1', body: { url: 'https://platform.example/hooks/portalduct' } },
    { method: 'GET', path: `/v1/getClientInvoices/${CONNECTION_UUID}`, auth: 'Bearer pd-token-1', body: undefined },
    { method: 'GET', path: `/v1/getClientBalance/${CLIENT_UUID}`, auth: 'Bearer pd-token-1', body: undefined },
  ]);
});

it('reports a failed portal login as needing the credential retry experience', async () => {
  const seen: LoginChangeDelivery[] = [];
  const handler = loginChangeWebhookHandler({ onDelivery: (delivery) => void seen.push(delivery) });
  const response = await handler(new Request('https://platform.example/hook', { method: 'POST', body: JSON.stringify({ status: 'Failure', connection_uuid: CONNECTION_UUID }) }));
  expect(response.status).toBe(200);
  expect(seen[0]).toMatchObject({ status: 'failure', rawStatus: 'Failure', needsCredentialRetry: true, connectionUuid: CONNECTION_UUID });
});
