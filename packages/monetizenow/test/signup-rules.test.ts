// The compile-time rules, checked again at run time: a RequestValidationError, and nothing is sent.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MonetizeNowClient, RequestValidationError } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PM = { paymentMethodName: 'visa', paymentToken: 'seti_1' };

// Requests a JavaScript caller (or an `as any`) could send, each with the message that must explain it.
const BAD_CREATES: [string, unknown, RegExp][] = [
  ['a payment method on CREATE_AND_FINALIZE', { action: 'CREATE_AND_FINALIZE', ...QUICK_START, paymentMethod: PM }, /paymentMethod: CREATE_AND_FINALIZE does not take a payment method; use CREATE_WITH_PAYMENT_METHOD/],
  ['a session id on a create', { action: 'CREATE_IN_PENDING', ...QUICK_START, sessionId: 'cart_1' }, /sessionId: CREATE_IN_PENDING starts a new session and takes no session id/],
  ['no customer on CREATE_WITH_PAYMENT_METHOD', { action: 'CREATE_WITH_PAYMENT_METHOD', quote: QUICK_START.quote }, /customer: required for CREATE_WITH_PAYMENT_METHOD/],
  ['no quote on CREATE_AND_FINALIZE', { action: 'CREATE_AND_FINALIZE', customer: QUICK_START.customer }, /quote: required for CREATE_AND_FINALIZE/],
  ['no quote on ESTIMATE', { action: 'ESTIMATE' }, /quote: required for ESTIMATE/],
  ['a later action on create', { action: 'FINALIZE' }, /FINALIZE continues an existing session: call signUp.update\(sessionId/],
  ['an unknown action', { action: 'CREATE' }, /action: must be one of "CREATE_AND_FINALIZE", .*got "CREATE"/],
  ['no action', { quote: QUICK_START.quote }, /action: must be one of/],
  ['not an object', 'ESTIMATE', /expected an object with an action/],
  ['a misspelt field', { action: 'ESTIMATE', quote: QUICK_START.quote, billgroup: {} }, /unknown field "billgroup"/],
  ['a customer without email', { action: 'CREATE_IN_PENDING', quote: QUICK_START.quote, customer: { accountName: 'Acme', name: 'J' } }, /customer.email: required/],
  ['an offering without rate', { action: 'ESTIMATE', quote: { offerings: [{ offeringId: 'offr_1' }] } }, /quote.offerings\[0\].rateId: required/],
  ['a quantity as text', { action: 'ESTIMATE', quote: { offerings: [{ offeringId: 'o', rateId: 'r', items: [{ productId: 'p', quantity: '2' }] }] } }, /quantity: expected number, got string/],
  ['a start date that is not a date', { action: 'ESTIMATE', quote: { startDate: '01/01/2024', offerings: [] } }, /quote.startDate: must be a valid date/],
];

const BAD_UPDATES: [string, unknown, unknown, RegExp][] = [
  ['UPDATE with nothing to update', 'cart_1', { action: 'UPDATE' }, /UPDATE needs something to update: one of customer, billGroup, quote, paymentMethod/],
  ['CANCEL with data', 'cart_1', { action: 'CANCEL', quote: QUICK_START.quote }, /quote: CANCEL takes nothing but the action/],
  ['a session id in the body', 'cart_1', { action: 'FINALIZE', sessionId: 'cart_1' }, /sessionId: the session id goes in the path/],
  ['a create action on update', 'cart_1', { action: 'ESTIMATE', quote: QUICK_START.quote }, /ESTIMATE starts a new session: call signUp.create/],
  ['an empty session id', '', { action: 'FINALIZE' }, /sessionId: a session id such as cart_/],
  ['no session id', undefined, { action: 'CANCEL' }, /sessionId: a session id such as cart_.*got nothing/],
  ['a payment method without token', 'cart_1', { action: 'UPDATE', paymentMethod: { paymentMethodName: 'visa' } }, /paymentMethod.paymentToken: required/],
];

describe('run-time rules', () => {
  for (const [name, body, message] of BAD_CREATES) {
    it(`refuses ${name} and sends nothing`, async () => {
      const baseUrl = uniqueBaseUrl();
      const seen = recordAll(server, baseUrl);
      const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl });
      const error = await monetizeNow.signUp.create(body as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as Error).message).toMatch(/nothing was sent/);
      expect((error as Error).message).toMatch(message);
      expect(seen).toHaveLength(0);
    });
  }
  for (const [name, sessionId, body, message] of BAD_UPDATES) {
    it(`refuses ${name} and sends nothing`, async () => {
      const baseUrl = uniqueBaseUrl();
      const seen = recordAll(server, baseUrl);
      const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl });
      const error = await monetizeNow.signUp.update(sessionId as never, body as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as Error).message).toMatch(message);
      expect(seen).toHaveLength(0);
    });
  }

  it('checks session steps the same way', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl);
    const session = new MonetizeNowClient({ apiKey: API_KEY, baseUrl }).signUp.session('cart_1');
    await expect(session.update({} as never)).rejects.toThrow(RequestValidationError);
    await expect(session.savePaymentMethod({ paymentToken: '' })).rejects.toThrow(/paymentMethod.paymentToken: must be at least 1 characters/);
    await expect(new MonetizeNowClient({ apiKey: API_KEY, baseUrl }).signUp.createAndFinalize({ ...QUICK_START, paymentMethod: PM } as never)).rejects.toThrow(
      RequestValidationError,
    );
    expect(seen).toHaveLength(0);
  });

  it('lists every problem at once', async () => {
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl: uniqueBaseUrl() });
    const error = (await monetizeNow.signUp.create({ action: 'CREATE_AND_FINALIZE', paymentMethod: PM, sessionId: 'x' } as never).catch((e: unknown) => e)) as RequestValidationError;
    expect(error.issues.map((i) => i.path)).toEqual(['sessionId', 'customer', 'quote', 'paymentMethod']);
  });

  it('sends the parts as given with validateRequests: false, with a warning, but still checks the action', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl);
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, error: () => {}, warn: (m: string) => warnings.push(m) };
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl, logger, validateRequests: false });
    await monetizeNow.signUp.create({ action: 'ESTIMATE', quote: QUICK_START.quote, newField: 1 } as never);
    expect(seen[0]!.body).toEqual({ action: 'ESTIMATE', quote: QUICK_START.quote, newField: 1 });
    expect(warnings.join()).toMatch(/signUp.create: request validation is off/);
    await expect(monetizeNow.signUp.create({ action: 'FINALIZE' } as never)).rejects.toThrow(RequestValidationError);
    expect(seen).toHaveLength(1);
  });
});
