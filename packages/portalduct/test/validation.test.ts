// Invalid input is a RequestValidationError naming the field, and nothing (not even a login) is sent.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ConfigurationError, PortalDuctClient, RequestValidationError } from '../src/index.js';
import { CLIENT_UUID, CREDENTIALS, CUSTOMER_UUID, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
let requests = 0;
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function client() {
  const baseUrl = uniqueBaseUrl();
  requests = 0;
  server.use(http.all(`${baseUrl}/*`, () => (requests++, HttpResponse.json({ token: 't' }))));
  return new PortalDuctClient({ baseUrl, ...CREDENTIALS });
}

const cases: [string, (pd: PortalDuctClient) => PromiseLike<unknown>, RegExp][] = [
  ['addCustomer without a UUID', (pd) => pd.addCustomer({} as never), /input of addCustomer.*customerUuid: required, expected string/],
  ['addCustomer with a non-UUID', (pd) => pd.addCustomer({ customerUuid: 'acme-42' }), /customerUuid: must be a UUID \(8-4-4-4-12 hex digits/],
  ['addCustomer with a misspelt key', (pd) => pd.addCustomer({ customerUUID: CUSTOMER_UUID } as never), /unknown field "customerUUID"/],
  ['addCustomer with non-object fields', (pd) => pd.addCustomer({ customerUuid: CUSTOMER_UUID, fields: 'name' as never }), /fields: expected record, got string/],
  ['addCustomerClient without the customer', (pd) => pd.addCustomerClient({ clientUuid: CLIENT_UUID } as never), /customerUuid: required/],
  ['addCustomerClient with a number', (pd) => pd.addCustomerClient({ customerUuid: CUSTOMER_UUID, clientUuid: 42 as never }), /clientUuid: expected string, got number/],
  ['registerLoginChangesWebhook with a relative URL', (pd) => pd.registerLoginChangesWebhook({ url: '/hooks' }), /url: must be an absolute http\(s\) URL/],
  ['registerLoginChangesWebhook with ftp', (pd) => pd.registerLoginChangesWebhook({ url: 'ftp://x.example/h' }), /url: must be an absolute http\(s\) URL/],
  ['getClientInvoices with a path-traversing id', (pd) => pd.getClientInvoices('../getClientBalance/x'), /connectionUuid of getClientInvoices.*must be a UUID/],
  ['getClientBalance with undefined', (pd) => pd.getClientBalance(undefined as never), /clientUuid of getClientBalance.*required/],
];

for (const [label, call, message] of cases) {
  it(`rejects ${label} before sending anything`, async () => {
    const pd = client();
    const error = (await Promise.resolve(call(pd)).catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('nothing was sent');
    expect(requests).toBe(0);
  });
}

it('request() refuses absolute URLs, so the token never leaves baseUrl', async () => {
  const pd = client();
  await expect(pd.request({ method: 'GET', path: 'https://elsewhere.example/v1/x' })).rejects.toBeInstanceOf(ConfigurationError);
  await expect(pd.request({ method: 'GET', path: '//elsewhere.example/v1/x' })).rejects.toBeInstanceOf(ConfigurationError);
  expect(requests).toBe(0);
});

it('per-call idempotencyKey is refused (PortalDuct publishes none)', async () => {
  const pd = client();
  await expect(pd.getClientBalance(CLIENT_UUID, { idempotencyKey: 'k' } as never)).rejects.toThrow(/does not publish idempotency keys/);
  expect(requests).toBe(0);
});
