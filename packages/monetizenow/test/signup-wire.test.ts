// Every Sign-Up action on the wire: method, path and body, through the raw methods, the helpers and the session.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MonetizeNowClient, ResponseValidationError, type SignUpCreateRequest, type SignUpUpdateRequest } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, signUpResponse, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const SESSION = 'cart_avkfeFeadLoj';
const PM = { paymentMethodName: 'visa', paymentToken: 'seti_1P0qjFFlgb12q7baCrgo9cfu' };
const setup = () => {
  const baseUrl = uniqueBaseUrl();
  const seen = recordAll(server, baseUrl);
  return { seen, monetizeNow: new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries: 0 }) };
};

describe('create actions: POST /api/selfService/signup', () => {
  const creates: SignUpCreateRequest[] = [
    { action: 'CREATE_AND_FINALIZE', ...QUICK_START },
    { action: 'CREATE_WITH_PAYMENT_METHOD', ...QUICK_START },
    { action: 'CREATE_IN_PENDING', ...QUICK_START },
    { action: 'ESTIMATE', quote: QUICK_START.quote },
  ];
  for (const request of creates) {
    it(`sends ${request.action} as given`, async () => {
      const { seen, monetizeNow } = setup();
      await monetizeNow.signUp.create(request);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ method: 'POST', path: '/api/selfService/signup', body: request });
    });
  }

  it('sends the same bodies through the helpers', async () => {
    const { seen, monetizeNow } = setup();
    await monetizeNow.signUp.createAndFinalize(QUICK_START);
    const withPm = await monetizeNow.signUp.createWithPaymentMethod(QUICK_START);
    const pending = await monetizeNow.signUp.createInPending({ customer: QUICK_START.customer, quote: QUICK_START.quote });
    await monetizeNow.signUp.estimate({ quote: QUICK_START.quote });
    expect(withPm.id).toBe('cart_zCrj2ABcd0U1');
    expect(pending.id).toBe('cart_zCrj2ABcd0U1');
    expect(seen.map((r) => [r.method, r.path, (r.body as { action: string }).action])).toEqual([
      ['POST', '/api/selfService/signup', 'CREATE_AND_FINALIZE'],
      ['POST', '/api/selfService/signup', 'CREATE_WITH_PAYMENT_METHOD'],
      ['POST', '/api/selfService/signup', 'CREATE_IN_PENDING'],
      ['POST', '/api/selfService/signup', 'ESTIMATE'],
    ]);
    expect(seen[2]!.body).toEqual({ action: 'CREATE_IN_PENDING', customer: QUICK_START.customer, quote: QUICK_START.quote });
    expect(seen[3]!.body).toEqual({ action: 'ESTIMATE', quote: QUICK_START.quote });
  });

  it('leaves quantities out when the caller does: MonetizeNow applies the catalog minimum', async () => {
    const { seen, monetizeNow } = setup();
    const quote = { offerings: [{ offeringId: 'offr_1', rateId: 'rate_1' }, { offeringId: 'offr_2', rateId: 'rate_2', items: [{ productId: 'prod_1' }] }] };
    await monetizeNow.signUp.estimate({ quote });
    expect(seen[0]!.body).toEqual({ action: 'ESTIMATE', quote });
  });
});

describe('later steps: PATCH /api/selfService/signup/{sessionId}', () => {
  const updates: SignUpUpdateRequest[] = [
    { action: 'INIT_PAYMENT_METHOD' },
    { action: 'UPDATE', paymentMethod: PM },
    { action: 'UPDATE', quote: QUICK_START.quote, billGroup: { autoEmailInvoice: false } },
    { action: 'FINALIZE' },
    { action: 'FINALIZE', paymentMethod: PM },
    { action: 'CANCEL' },
  ];
  for (const request of updates) {
    it(`sends ${request.action} ${JSON.stringify(Object.keys(request).slice(1))}`, async () => {
      const { seen, monetizeNow } = setup();
      await monetizeNow.signUp.update(SESSION, request);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ method: 'PATCH', path: `/api/selfService/signup/${SESSION}`, body: request });
    });
  }

  it('sends every step of a resumed session', async () => {
    const { seen, monetizeNow } = setup();
    const session = monetizeNow.signUp.session(SESSION);
    expect(session.response).toBeUndefined();
    await session.initPaymentMethod();
    expect(session.stripe?.setupIntentId).toBe('seti_1P0qjFFlgb12q7bae7hXtrof');
    await session.update({ customer: QUICK_START.customer });
    await session.savePaymentMethod(PM);
    await session.finalize();
    await session.cancel();
    expect(seen.every((r) => r.method === 'PATCH' && r.path === `/api/selfService/signup/${SESSION}`)).toBe(true);
    expect(seen.map((r) => r.body)).toEqual([
      { action: 'INIT_PAYMENT_METHOD' },
      { action: 'UPDATE', customer: QUICK_START.customer },
      { action: 'UPDATE', paymentMethod: PM },
      { action: 'FINALIZE' },
      { action: 'CANCEL' },
    ]);
  });

  it('encodes the session id into the path', async () => {
    const { seen, monetizeNow } = setup();
    await monetizeNow.signUp.update('cart_a/b?c', { action: 'CANCEL' });
    expect(seen[0]!.path).toBe('/api/selfService/signup/cart_a%2Fb%3Fc');
  });

  it('keeps withResponse() on every method', async () => {
    const { monetizeNow } = setup();
    const { data, response } = await monetizeNow.signUp.session(SESSION).cancel().withResponse();
    expect(response.status).toBe(200);
    expect(data.sessionId).toBe('cart_zCrj2ABcd0U1');
    const created = await monetizeNow.signUp.createInPending(QUICK_START).withResponse();
    expect(created.data.id).toBe('cart_zCrj2ABcd0U1');
  });
});

it('refuses to build a session from a response without a session id', async () => {
  const baseUrl = uniqueBaseUrl();
  recordAll(server, baseUrl, () => ({ body: signUpResponse({ sessionId: undefined }) }));
  const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl });
  const error = await monetizeNow.signUp.createInPending(QUICK_START).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseValidationError);
  expect(String(error)).toMatch(/sessionId: missing/);
});
