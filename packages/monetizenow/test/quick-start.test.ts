// The Sign-Up API's quick start ("Sign-up with credit card and pay upfront"), step by step, on the wire.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { MonetizeNowClient, SignUpSession } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, signUpResponse, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('creates with payment method, reads paymentMethodInit, saves the payment method, finalizes', async () => {
  const baseUrl = uniqueBaseUrl();
  const seen = recordAll(server, baseUrl, ({ body }) => {
    const action = (body as { action: string }).action;
    if (action === 'CREATE_WITH_PAYMENT_METHOD') return { body: signUpResponse() };
    if (action === 'UPDATE') return { body: signUpResponse({ action: 'ADD_PAYMENT_METHOD', paymentMethodInit: undefined }) };
    return { body: { sessionId: 'cart_zCrj2ABcd0U1', error: false, action: 'FINALIZE', contract: { id: 'ctrct_1' }, billGroup: { id: 'billg_1' }, quote: { id: 'quot_1', amount: 100, startDate: '2024-01-01', status: 'PROCESSED', offerings: [] } } };
  });
  const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl });

  // 1. Create a session with the intent of collecting a payment method.
  const session = await monetizeNow.signUp.createWithPaymentMethod(QUICK_START);
  expect(session).toBeInstanceOf(SignUpSession);
  expect(session.id).toBe('cart_zCrj2ABcd0U1');
  // 2. What the gateway form needs.
  expect(session.stripe).toMatchObject({ customerId: 'cus_JKl2ABcd0U1', setupIntentId: 'seti_1P0qjFFlgb12q7bae7hXtrof' });
  expect(session.paymentMethodInit?.stripe?.clientSecret).toBe('seti_1P0qjFFlgb12q7bae7hXtrof_secret_test');
  // 3. Save the payment method the gateway returned.
  const saved = await session.savePaymentMethod({ paymentMethodName: 'visa', paymentToken: 'seti_1P0qjFFlgb12q7baCrgo9cfu' });
  expect(saved.action).toBe('ADD_PAYMENT_METHOD');
  expect(session.stripe?.setupIntentId).toBe('seti_1P0qjFFlgb12q7bae7hXtrof'); // kept from the create step
  // 4. Finalize, with the payment method again as the quick start does.
  const done = await session.finalize({ paymentMethod: { paymentMethodName: 'visa', paymentToken: 'seti_1P0qjFFlgb12q7baCrgo9cfu' } });
  expect(done.action).toBe('FINALIZE');
  expect(done.contract?.id).toBe('ctrct_1');
  expect(session.response).toBe(done);

  expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
    'POST /api/selfService/signup',
    'PATCH /api/selfService/signup/cart_zCrj2ABcd0U1',
    'PATCH /api/selfService/signup/cart_zCrj2ABcd0U1',
  ]);
  expect(seen[0]!.body).toEqual({ action: 'CREATE_WITH_PAYMENT_METHOD', ...QUICK_START });
  expect(seen[1]!.body).toEqual({ action: 'UPDATE', paymentMethod: { paymentMethodName: 'visa', paymentToken: 'seti_1P0qjFFlgb12q7baCrgo9cfu' } });
  expect(seen[2]!.body).toEqual({ action: 'FINALIZE', paymentMethod: { paymentMethodName: 'visa', paymentToken: 'seti_1P0qjFFlgb12q7baCrgo9cfu' } });
  for (const request of seen) {
    expect(request.headers.get('x-api-key')).toBe(API_KEY);
    expect(request.headers.get('content-type')).toMatch(/application\/json/);
  }
});

it('keeps fields the docs omit and accepts enum values added later', async () => {
  const baseUrl = uniqueBaseUrl();
  recordAll(server, baseUrl, () => ({ body: signUpResponse({ action: 'SOMETHING_NEW', trial: { id: 'trl_1' }, quote: { id: 'quot_1', amount: 99.95, startDate: '2024-01-01', status: 'SENT', offerings: [], amountWithoutTax: 90 } }) }));
  const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl, validation: 'strict' });
  const estimate = await monetizeNow.signUp.estimate({ quote: QUICK_START.quote });
  expect(estimate.action).toBe('SOMETHING_NEW');
  expect(estimate['trial']).toEqual({ id: 'trl_1' });
  expect(estimate.quote?.amount).toBe(99.95);
  expect(estimate.quote?.['amountWithoutTax']).toBe(90);
});
