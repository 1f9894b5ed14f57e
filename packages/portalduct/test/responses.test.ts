// Forward compatibility: fields PortalDuct sends are kept, unknown shapes never crash, errors are typed.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { BadRequestError, ConflictError, InternalServerError, NotFoundError, PortalDuctClient, ResponseValidationError, type Logger } from '../src/index.js';
import { CLIENT_UUID, CONNECTION_UUID, CREDENTIALS, CUSTOMER_UUID, mockLogin, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup(extraOptions: Record<string, unknown> = {}) {
  const baseUrl = uniqueBaseUrl();
  mockLogin(server, baseUrl);
  return { baseUrl, pd: new PortalDuctClient({ baseUrl, ...CREDENTIALS, ...extraOptions }) };
}

it('keeps every field of a balance, nested ones included', async () => {
  const { baseUrl, pd } = setup();
  const body = { balance: '1200.50', currency: 'USD', as_of: '2026-01-31', debtors: [{ name: 'Target', open: 3, meta: { x: 1 } }], brandNewField: true };
  server.use(http.get(`${baseUrl}/v1/getClientBalance/${CLIENT_UUID}`, () => HttpResponse.json(body)));
  await expect(pd.getClientBalance(CLIENT_UUID)).resolves.toEqual(body);
});

it('accepts invoices as a list or wrapped in an object, fields kept', async () => {
  const { baseUrl, pd } = setup();
  const list = [{ id: 'i1', amount: 10, lines: [{ sku: 'A' }] }, { id: 'i2', unheard_of: null }];
  const wrapped = { invoices: list, next: 'cursor-2', total: 2 };
  let call = 0;
  server.use(http.get(`${baseUrl}/v1/getClientInvoices/${CONNECTION_UUID}`, () => HttpResponse.json(++call === 1 ? list : wrapped)));
  await expect(pd.getClientInvoices(CONNECTION_UUID)).resolves.toEqual(list);
  await expect(pd.getClientInvoices(CONNECTION_UUID)).resolves.toEqual(wrapped);
});

it('returns an unexpected shape unchanged with a warning (lenient), and throws in strict mode', async () => {
  const warnings: string[] = [];
  const logger: Logger = { debug() {}, info() {}, warn: (m) => void warnings.push(m), error() {} };
  const { baseUrl, pd } = setup({ logger });
  server.use(http.get(`${baseUrl}/v1/getClientBalance/${CLIENT_UUID}`, () => HttpResponse.json('1200.50')));
  await expect(pd.getClientBalance(CLIENT_UUID)).resolves.toBe('1200.50');
  expect(warnings.join('\n')).toMatch(/getClientBalance does not match/);
  await expect(pd.getClientBalance(CLIENT_UUID, { validation: 'strict' })).rejects.toBeInstanceOf(ResponseValidationError);
});

it('create calls answer with the body as sent, or undefined when empty', async () => {
  const { baseUrl, pd } = setup();
  server.use(
    http.post(`${baseUrl}/v1/addNewCustomer`, () => HttpResponse.json({ message: 'Customer created', customer: { id: CUSTOMER_UUID, plan: 'x' } })),
    http.post(`${baseUrl}/v1/addNewCustomerClient`, () => new HttpResponse(null, { status: 201 })),
  );
  await expect(pd.addCustomer({ customerUuid: CUSTOMER_UUID })).resolves.toEqual({ message: 'Customer created', customer: { id: CUSTOMER_UUID, plan: 'x' } });
  await expect(pd.addCustomerClient({ customerUuid: CUSTOMER_UUID, clientUuid: CLIENT_UUID })).resolves.toBeUndefined();
  const { response } = await pd.addCustomerClient({ customerUuid: CUSTOMER_UUID, clientUuid: CLIENT_UUID }).withResponse();
  expect(response.status).toBe(201);
});

it('requestBodies renames the guessed wire fields; fields are merged in', async () => {
  const { baseUrl } = setup();
  const bodies: unknown[] = [];
  server.use(http.post(`${baseUrl}/v1/addNewCustomerClient`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({}))));
  const pd = new PortalDuctClient({
    baseUrl,
    ...CREDENTIALS,
    requestBodies: { addCustomerClient: (input) => ({ customerUUID: input.customerUuid, clientUUID: input.clientUuid, ...input.fields }) },
  });
  await pd.addCustomerClient({ customerUuid: CUSTOMER_UUID, clientUuid: CLIENT_UUID, fields: { name: 'Acme Supply' } });
  expect(bodies).toEqual([{ customerUUID: CUSTOMER_UUID, clientUUID: CLIENT_UUID, name: 'Acme Supply' }]);
});

it('maps statuses to typed errors with the vendor message', async () => {
  const { baseUrl, pd } = setup({ maxRetries: 0 });
  server.use(
    http.get(`${baseUrl}/v1/getClientBalance/${CLIENT_UUID}`, () => HttpResponse.json({ message: 'Client not found' }, { status: 404 })),
    http.post(`${baseUrl}/v1/addNewCustomer`, () => HttpResponse.json({ error: 'Customer already exists' }, { status: 409 })),
    http.post(`${baseUrl}/v1/clientsPortalLoginChanges`, () => HttpResponse.text('bad url', { status: 400 })),
  );
  const notFound = await pd.getClientBalance(CLIENT_UUID).catch((e: unknown) => e);
  expect(notFound).toBeInstanceOf(NotFoundError);
  expect((notFound as Error).message).toBe(`PortalDuct API returned 404 for GET /v1/getClientBalance/${CLIENT_UUID}: Client not found. Check the id in the path and that the resource belongs to this account.`);
  const conflict = await pd.addCustomer({ customerUuid: CUSTOMER_UUID }).catch((e: unknown) => e);
  expect(conflict).toBeInstanceOf(ConflictError);
  expect((conflict as ConflictError).body).toEqual({ error: 'Customer already exists' });
  await expect(pd.registerLoginChangesWebhook({ url: 'https://x.example/h' })).rejects.toBeInstanceOf(BadRequestError);
});

it('retries a GET on 503 but never re-sends a POST that may have been applied', async () => {
  const { baseUrl, pd } = setup({ maxRetries: 2 });
  let gets = 0;
  let posts = 0;
  server.use(
    http.get(`${baseUrl}/v1/getClientBalance/${CLIENT_UUID}`, () => (++gets < 3 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ balance: 1 }))),
    http.post(`${baseUrl}/v1/addNewCustomer`, () => (posts++, HttpResponse.json({}, { status: 500 }))),
  );
  await expect(pd.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 1 });
  expect(gets).toBe(3);
  await expect(pd.addCustomer({ customerUuid: CUSTOMER_UUID })).rejects.toBeInstanceOf(InternalServerError);
  expect(posts).toBe(1);
});

it('request() reaches endpoints the SDK does not wrap yet, authenticated', async () => {
  const { baseUrl, pd } = setup();
  const seen: (string | null)[] = [];
  server.use(http.get(`${baseUrl}/v1/somethingPortalDuctDocumentsLater`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json([{ uuid: 'p1' }]))));
  await expect(pd.request<unknown[]>({ method: 'GET', path: '/v1/somethingPortalDuctDocumentsLater' })).resolves.toEqual([{ uuid: 'p1' }]);
  expect(seen).toEqual(['Bearer pd-token-1']);
});
