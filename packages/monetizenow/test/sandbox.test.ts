// The public MonetizeNow sandbox (@x/monetizenow/testing): the Sign-Up state machine for every action
// through the SDK, illegal steps in the seed's error shape, the catalog's page-number lists, usage batches with
// per-event failures, and usage read back through usage.listEvents (other calls raw, through client.request).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { MonetizeNowClient, SignUpError, type SignUpCustomer, type SignUpQuote } from '../src/index.js';
import { createMonetizeNowSandbox, type NumberedPage, type UsageBatchResult } from '../src/testing/index.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let n = 0;
function start() {
  const sandbox = createMonetizeNowSandbox({ baseUrl: `https://monetizenow-${++n}.test` });
  server.use(...sandbox.handlers);
  return { sandbox, monetizeNow: new MonetizeNowClient(sandbox.clientOptions()) };
}

const customer: SignUpCustomer = { accountName: 'Acme Inc', name: 'John Doe', email: 'john@acme.example', billingAddress: { line1: '123 Main St', city: 'San Francisco', state: 'CA', postalCode: '94107', country: 'US' } };
const quote: SignUpQuote = { startDate: '2026-12-01', offerings: [{ offeringId: 'offr_growth', rateId: 'rate_growthMonthly', items: [{ productId: 'prod_seats', quantity: 4 }] }] };

it("runs the seed's quick start: payment method, save it, finalize; the customer gets an account", async () => {
  const { sandbox, monetizeNow } = start();
  const session = await monetizeNow.signUp.createWithPaymentMethod({ customer, billGroup: { autoEmailInvoice: true, collectInvoiceBalanceAutomatically: true }, quote });
  expect(session.id).toMatch(/^cart_/);
  expect(session.stripe).toMatchObject({ setupIntentId: expect.stringMatching(/^seti_/), publicKey: 'pk_test_sandbox' });
  expect(session.response?.quote).toMatchObject({ amount: 100, status: 'DRAFT' });
  await session.savePaymentMethod({ paymentMethodName: 'visa', paymentToken: session.stripe!.setupIntentId });
  const done = await session.finalize();
  expect(done).toMatchObject({ action: 'FINALIZE', quote: { status: 'PROCESSED' }, contract: { id: expect.stringMatching(/^ctrct_/) }, payment: { amount: 100 } });
  expect(sandbox.data.sessions[0]!.state).toBe('FINALIZED');
  expect(sandbox.data.accounts).toEqual([expect.objectContaining({ id: done.customer!.accountId, accountName: 'Acme Inc' })]);
  expect(sandbox.log.entries.map((e) => `${e.method} ${e.status}`)).toEqual(['POST 200', 'PATCH 200', 'PATCH 200']);
});

it('covers every action: estimate saves nothing, pending -> init payment -> cancel, create-and-finalize', async () => {
  const { sandbox, monetizeNow } = start();
  const estimate = await monetizeNow.signUp.estimate({ quote });
  expect(estimate.quote?.amount).toBe(100);
  expect(sandbox.data.sessions).toHaveLength(0);

  const pending = await monetizeNow.signUp.createInPending({ customer, quote });
  expect(pending.paymentMethodInit).toBeUndefined();
  await pending.update({ quote: { offerings: [{ offeringId: 'offr_growth', rateId: 'rate_growthAnnual', items: [{ productId: 'prod_seats', quantity: 2 }] }] } });
  expect(pending.response?.quote?.amount).toBe(540);
  await pending.initPaymentMethod();
  expect(pending.stripe?.clientSecret).toMatch(/^seti_/);
  await pending.cancel();
  expect(sandbox.data.sessions.map((s) => s.state)).toEqual(['CANCELED']);

  const direct = await monetizeNow.signUp.createAndFinalize({ customer, quote });
  expect(direct).toMatchObject({ action: 'CREATE_AND_FINALIZE', quote: { status: 'PROCESSED' }, invoice: { amount: 100 } });
  expect(direct.payment).toBeUndefined();
});

it("answers illegal steps with the seed's error shape, which the SDK raises as SignUpError", async () => {
  const { sandbox, monetizeNow } = start();
  const pending = await monetizeNow.signUp.createInPending({ customer, quote });
  // A payment method before payment collection was initialised.
  const early = await pending.savePaymentMethod({ paymentToken: 'seti_x' }).catch((e: unknown) => e);
  expect(early).toBeInstanceOf(SignUpError);
  expect(early).toMatchObject({ status: 400, sessionId: pending.id });
  await pending.cancel();
  // Nothing moves a canceled session.
  for (const step of [() => pending.finalize(), () => pending.update({ customer }), () => pending.initPaymentMethod(), () => pending.cancel()]) {
    await expect(step()).rejects.toMatchObject({ status: 409, body: { sessionId: pending.id, error: true, message: expect.stringContaining('canceled') } });
  }
  await expect(monetizeNow.signUp.session('cart_missing').finalize()).rejects.toMatchObject({ status: 404 });
  await expect(monetizeNow.signUp.estimate({ quote: { offerings: [{ offeringId: 'offr_none', rateId: 'rate_x' }] } })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('INVALID_OFFERINGS') });
  expect(sandbox.data.sessions.map((s) => s.state)).toEqual(['CANCELED']);
});

it('refuses a request the SDK would refuse (rules and strict parts), in the sign-up error shape', async () => {
  const { sandbox } = start();
  const response = await fetch(`${sandbox.baseUrl}/api/selfService/signup`, {
    method: 'POST',
    headers: { 'x-api-key': sandbox.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'CREATE_AND_FINALIZE', customer, quote, paymentMethod: { paymentToken: 'seti_1' } }),
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ sessionId: '', error: true, message: expect.stringContaining('paymentMethod') });
  const noKey = await fetch(`${sandbox.baseUrl}/api/products`);
  expect(noKey.status).toBe(401);
});

it('serves the catalog as 0-based page-number lists', async () => {
  const { monetizeNow } = start();
  const pages: string[][] = [];
  for (let currentPage = 0; ; currentPage++) {
    const page = await monetizeNow.request<NumberedPage<{ id: string }>>({ method: 'GET', path: '/api/products', query: { currentPage, pageSize: 2 } });
    pages.push(page.content.map((p) => p.id));
    if (currentPage + 1 >= page.totalPages) break;
  }
  expect(pages).toEqual([['prod_seats', 'prod_apiCalls'], ['prod_onboarding']]);
  const rates = await monetizeNow.request<NumberedPage<{ id: string }>>({ method: 'GET', path: '/api/rates' });
  expect(rates).toMatchObject({ totalElements: 2, pageable: { pageNumber: 0, pageSize: 20 } });
  await expect(monetizeNow.request({ method: 'GET', path: '/api/offerings', query: { pageSize: 101 } })).rejects.toMatchObject({ status: 400 });
});

it('records usage batches with per-event failures; an all-failed batch is a 400 with the same body', async () => {
  const { sandbox, monetizeNow } = start();
  const done = await monetizeNow.signUp.createAndFinalize({ customer, quote });
  const accountId = done.customer!.accountId;
  const subscriptionId = sandbox.data.accounts[0]!.subscriptionIds[0]!;
  const event = (id: string, extra: object = {}) => ({ id, accountId, subscriptionId, usageTypeId: 'usgt_apiCalls', unitsConsumed: 10, timestamp: '2026-12-02T10:00:00Z', ...extra });
  const partial = await monetizeNow.request<UsageBatchResult>({ method: 'POST', path: '/usage/events', body: [event('e1'), event('e1'), event('e2', { accountId: 'acct_nobody' }), event('e3')] });
  expect(partial.status).toBe('PARTIAL');
  expect(partial.failedEvents.map((f) => f.reason)).toEqual(['duplicate event id e1', 'account acct_nobody not found']);
  expect(sandbox.data.usageEvents.map((e) => e.id)).toEqual(['e1', 'e3']);
  await expect(monetizeNow.request({ method: 'POST', path: '/usage/events', body: [event('e1')] })).rejects.toMatchObject({ status: 400, body: { status: 'FAILED' } });
});

it('reads recorded usage back through usage.listEvents: one subscription, a time range, a usage type, nextPageToken pages', async () => {
  const { sandbox, monetizeNow } = start();
  const done = await monetizeNow.signUp.createAndFinalize({ customer, quote });
  const accountId = done.customer!.accountId;
  const subscriptionId = sandbox.data.accounts[0]!.subscriptionIds[0]!;
  // Twelve events on 12 days of December, recorded newest first; one before the range; one without a subscription.
  const december = Array.from({ length: 12 }, (_, i) => ({ id: `evt-${i}`, accountId, subscriptionId, usageTypeId: 'usgt_apiCalls', unitsConsumed: i, timestamp: `2026-12-${String(12 - i).padStart(2, '0')}T10:00:00Z` }));
  const before = { ...december[0]!, id: 'evt-november', timestamp: '2026-11-30T23:59:59Z' };
  const { subscriptionId: _s, ...noSubscription } = { ...december[0]!, id: 'evt-nosub', timestamp: '2026-12-20T10:00:00.000+0000', ratedPrice: 2.5 };
  await monetizeNow.usage.recordEvents([...december, before, noSubscription]);
  expect(sandbox.data.usageEvents).toHaveLength(14);

  const range = { subscriptionId, startTime: '2026-12-01T00:00:00Z', endTime: '2027-01-01T00:00:00Z' };
  const seq = sandbox.log.lastSeq;
  const ids: string[] = [];
  for await (const event of monetizeNow.usage.listEvents({ ...range, pageSize: 5 })) ids.push(event.id!);
  // Oldest first; the event recorded without a subscription counts for its account's subscription.
  expect(ids).toEqual([...december.map((e) => e.id).reverse(), 'evt-nosub']);
  const pages = sandbox.log.since(seq).map((e) => e.path);
  expect(pages).toHaveLength(3);
  expect(pages.slice(1).every((p) => /[?&]nextPageToken=/.test(p))).toBe(true);

  const first = await monetizeNow.usage.listEvents({ ...range, pageSize: 5 });
  expect(first).toMatchObject({ totalElements: 13, totalPages: 3, pageable: { pageSize: 5, nextPageToken: expect.any(String) } });
  expect(first.content![0]).toEqual({ id: 'evt-11', accountId, subscriptionId, usageTypeId: 'usgt_apiCalls', unitsConsumed: 11, timestamp: '2026-12-01T10:00:00Z' });
  const last = await monetizeNow.usage.listEvents({ ...range, pageSize: 5, nextPageToken: first.pageable!.nextPageToken! }).then((p) => monetizeNow.usage.listEvents({ ...range, pageSize: 5, nextPageToken: p.pageable!.nextPageToken! }));
  expect(last.pageable).toEqual({ pageSize: 5 });
  expect(last.content!.at(-1)).toMatchObject({ id: 'evt-nosub', subscriptionId, ratedPrice: 2.5 });

  // The time range is [startTime, endTime); another usage type or another subscription has nothing.
  expect((await monetizeNow.usage.listEvents({ ...range, startTime: '2026-11-30T00:00:00Z', endTime: '2026-12-01T10:00:00Z' }).toArray()).map((e) => e.id)).toEqual(['evt-november']);
  expect(await monetizeNow.usage.listEvents({ ...range, usageTypeId: 'usgt_storage' }).toArray()).toEqual([]);
  expect((await monetizeNow.usage.listEvents({ ...range, usageTypeIds: ['usgt_storage', 'usgt_apiCalls'] }).toArray())).toHaveLength(13);
  expect(await monetizeNow.usage.listEvents({ ...range, subscriptionId: 'subs_nobody' }).toArray()).toEqual([]);

  // What the SDK would never send is refused in the usage service's error shape.
  await expect(monetizeNow.request({ method: 'GET', path: '/usage/events', query: { startTime: range.startTime, endTime: range.endTime } })).rejects.toMatchObject({ status: 400, body: { status: '400 BAD_REQUEST', message: 'subscriptionId is required' } });
  await expect(monetizeNow.request({ method: 'GET', path: '/usage/events', query: { ...range, pageSize: 4 } })).rejects.toMatchObject({ status: 400, body: { message: 'pageSize must be between 5 and 100' } });
  await expect(monetizeNow.request({ method: 'GET', path: '/usage/events', query: { ...range, nextPageToken: 'forged' } })).rejects.toMatchObject({ status: 400, body: { message: 'nextPageToken is not valid' } });
  await expect(monetizeNow.request({ method: 'GET', path: '/usage/events', query: { ...range, endTime: 'yesterday' } })).rejects.toMatchObject({ status: 400, body: { message: 'endTime must be an ISO 8601 date-time' } });
});

it('fault knobs: an injected 429 with Retry-After on a read is retried; a revoked key answers 401', async () => {
  const { sandbox, monetizeNow } = start();
  sandbox.faults.rateLimit({ retryAfterSeconds: 0, method: 'GET' });
  await monetizeNow.request({ method: 'GET', path: '/api/offerings' });
  expect(sandbox.log.entries.map((e) => e.status)).toEqual([429, 200]);
  sandbox.faults.expireTokens();
  await expect(monetizeNow.request({ method: 'GET', path: '/api/offerings' })).rejects.toMatchObject({ status: 401 });
});
