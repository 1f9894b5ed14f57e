// The Sign-Up API around its rules: each action's required and refused parts exactly, the validateRequests escape
// hatch and its warning, the type checks of responses in strict mode, and what a session object keeps and shows.
import { inspect } from 'node:util';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MonetizeNowClient, RequestValidationError, ResponseValidationError, type Logger, type SignUpResponse } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, signUpResponse, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PM = { paymentMethodName: 'visa', paymentToken: 'seti_1' };
const setup = (options: Partial<ConstructorParameters<typeof MonetizeNowClient>[0]> = {}, reply?: Parameters<typeof recordAll>[2]) => {
  const baseUrl = uniqueBaseUrl();
  const seen = recordAll(server, baseUrl, reply);
  return { seen, monetizeNow: new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries: 0, ...options }) };
};
const refusal = async (call: Promise<unknown>) => {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestValidationError);
  return error as RequestValidationError;
};
const issues = async (call: Promise<unknown>) => (await refusal(call)).issues.map((i) => `${i.path}: ${i.message}`);

describe('what each create action needs', () => {
  for (const action of ['CREATE_AND_FINALIZE', 'CREATE_WITH_PAYMENT_METHOD', 'CREATE_IN_PENDING'] as const) {
    it(`${action} needs a customer and a quote, and takes a bill group`, async () => {
      const { seen, monetizeNow } = setup();
      expect(await issues(monetizeNow.signUp.create({ action } as never))).toEqual([`customer: required for ${action}`, `quote: required for ${action}`]);
      expect(await issues(monetizeNow.signUp.create({ action, quote: QUICK_START.quote } as never))).toEqual([`customer: required for ${action}`]);
      await monetizeNow.signUp.create({ action, ...QUICK_START });
      expect(seen).toHaveLength(1);
    });
  }

  it('ESTIMATE needs only a quote, and takes every other part', async () => {
    const { seen, monetizeNow } = setup();
    expect(await issues(monetizeNow.signUp.create({ action: 'ESTIMATE', customer: QUICK_START.customer } as never))).toEqual(['quote: required for ESTIMATE']);
    await monetizeNow.signUp.create({ action: 'ESTIMATE', ...QUICK_START, paymentMethod: PM });
    expect(seen.map((r) => r.body)).toEqual([{ action: 'ESTIMATE', ...QUICK_START, paymentMethod: PM }]);
  });

  it('CREATE_WITH_PAYMENT_METHOD and CREATE_IN_PENDING take a payment method; CREATE_AND_FINALIZE alone refuses it', async () => {
    const { seen, monetizeNow } = setup();
    await monetizeNow.signUp.createWithPaymentMethod({ ...QUICK_START, paymentMethod: PM });
    await monetizeNow.signUp.createInPending({ ...QUICK_START, paymentMethod: PM });
    expect(seen).toHaveLength(2);
    expect(await issues(monetizeNow.signUp.createAndFinalize({ ...QUICK_START, paymentMethod: PM } as never))).toEqual([
      'paymentMethod: CREATE_AND_FINALIZE does not take a payment method; use CREATE_WITH_PAYMENT_METHOD to collect one',
    ]);
  });

  it('a session id on a create is one problem, told the create way', async () => {
    const { monetizeNow } = setup();
    expect(await issues(monetizeNow.signUp.create({ action: 'ESTIMATE', quote: QUICK_START.quote, sessionId: 'cart_1' } as never))).toEqual([
      'sessionId: ESTIMATE starts a new session and takes no session id; continue an existing session with signUp.update(sessionId, ...)',
    ]);
  });
});

describe('what each later step needs', () => {
  it('UPDATE takes any one part', async () => {
    const { seen, monetizeNow } = setup();
    const session = monetizeNow.signUp.session('cart_1');
    await session.update({ customer: QUICK_START.customer });
    await session.update({ billGroup: { autoEmailInvoice: false } });
    await session.update({ quote: QUICK_START.quote });
    await session.update({ paymentMethod: PM });
    expect(seen.map((r) => Object.keys(r.body as object))).toEqual([
      ['customer', 'action'],
      ['billGroup', 'action'],
      ['quote', 'action'],
      ['paymentMethod', 'action'],
    ]);
  });

  it('INIT_PAYMENT_METHOD and FINALIZE take parts, or none', async () => {
    const { seen, monetizeNow } = setup();
    const session = monetizeNow.signUp.session('cart_1');
    await session.initPaymentMethod({ billGroup: { autoEmailInvoice: true } });
    await session.finalize({ customer: QUICK_START.customer, quote: QUICK_START.quote });
    await session.finalize();
    expect(seen.map((r) => r.body)).toEqual([
      { action: 'INIT_PAYMENT_METHOD', billGroup: { autoEmailInvoice: true } },
      { action: 'FINALIZE', customer: QUICK_START.customer, quote: QUICK_START.quote },
      { action: 'FINALIZE' },
    ]);
  });

  it('UPDATE with nothing to update is one problem of the whole request', async () => {
    const { monetizeNow } = setup();
    expect((await refusal(monetizeNow.signUp.update('cart_1', { action: 'UPDATE' } as never))).issues).toEqual([
      { path: '', message: 'UPDATE needs something to update: one of customer, billGroup, quote, paymentMethod' },
    ]);
  });

  it('CANCEL refuses every part, each named', async () => {
    const { seen, monetizeNow } = setup();
    const body = { action: 'CANCEL', ...QUICK_START, paymentMethod: PM };
    expect(await issues(monetizeNow.signUp.update('cart_1', body as never))).toEqual(
      ['customer', 'billGroup', 'quote', 'paymentMethod'].map((part) => `${part}: CANCEL takes nothing but the action; remove ${part}`),
    );
    expect(seen).toHaveLength(0);
  });

  it('a session id in the body is one problem, told the update way', async () => {
    const { monetizeNow } = setup();
    expect(await issues(monetizeNow.signUp.update('cart_1', { action: 'FINALIZE', sessionId: 'cart_1' } as never))).toEqual([
      'sessionId: the session id goes in the path (signUp.update(sessionId, body)), not in the body',
    ]);
  });

  it('refuses a blank or non-string session id before anything is sent', async () => {
    const { seen, monetizeNow } = setup();
    for (const id of ['   ', 5, null]) {
      const error = await refusal(monetizeNow.signUp.update(id as never, { action: 'FINALIZE' }));
      expect(error.message).toMatch(/^Invalid sign-up step; nothing was sent\./);
      expect(error.issues).toEqual([{ path: 'sessionId', message: `a session id such as cart_..., from the response of a create step; got ${JSON.stringify(id)}` }]);
    }
    expect(seen).toHaveLength(0);
  });
});

describe('requests that are not sign-up requests', () => {
  it('says which endpoint refused a body that is not an object', async () => {
    const { monetizeNow } = setup();
    for (const body of [null, [], ['ESTIMATE'], 42]) {
      const create = await refusal(monetizeNow.signUp.create(body as never));
      expect(create.message).toMatch(/^Invalid sign-up create \(POST \/api\/selfService\/signup\) request; nothing was sent\./);
      expect(create.issues).toEqual([{ path: '', message: 'expected an object with an action, e.g. { action: "ESTIMATE", quote }' }]);
      const update = await refusal(monetizeNow.signUp.update('cart_1', body as never));
      expect(update.message).toMatch(/^Invalid sign-up step \(PATCH \/api\/selfService\/signup\/\{sessionId\}\) request; nothing was sent\./);
    }
  });

  it('lists the actions each endpoint takes, and says when none was given', async () => {
    const { monetizeNow } = setup();
    expect(await issues(monetizeNow.signUp.create({ quote: QUICK_START.quote } as never))).toEqual([
      'action: must be one of "CREATE_AND_FINALIZE", "CREATE_WITH_PAYMENT_METHOD", "CREATE_IN_PENDING", "ESTIMATE", got nothing',
    ]);
    expect(await issues(monetizeNow.signUp.update('cart_1', { action: 'ADD_PAYMENT_METHOD' } as never))).toEqual([
      'action: must be one of "INIT_PAYMENT_METHOD", "UPDATE", "FINALIZE", "CANCEL", got "ADD_PAYMENT_METHOD"',
    ]);
    expect(await issues(monetizeNow.signUp.update('cart_1', { action: 7 } as never))).toEqual([
      'action: must be one of "INIT_PAYMENT_METHOD", "UPDATE", "FINALIZE", "CANCEL", got 7',
    ]);
    expect(await issues(monetizeNow.signUp.create({ action: 'CANCEL' } as never))).toEqual([
      "action: CANCEL continues an existing session: call signUp.update(sessionId, { action: 'CANCEL', ... })",
    ]);
    expect(await issues(monetizeNow.signUp.update('cart_1', { action: 'CREATE_IN_PENDING', ...QUICK_START } as never))).toEqual([
      "action: CREATE_IN_PENDING starts a new session: call signUp.create({ action: 'CREATE_IN_PENDING', ... })",
    ]);
  });

  it('names the action of a refused request', async () => {
    const { monetizeNow } = setup();
    expect((await refusal(monetizeNow.signUp.create({ action: 'ESTIMATE' } as never))).message).toMatch(/^Invalid sign-up ESTIMATE request; nothing was sent\./);
  });
});

describe('validateRequests: false', () => {
  const capture = () => {
    const warnings: string[] = [];
    const logger: Logger = { debug: () => {}, info: () => {}, error: () => {}, warn: (message: string) => warnings.push(message) };
    return { warnings, logger };
  };

  it('on one step: that step sends its parts as given, with a warning naming it, to the logger of the call', async () => {
    const client = capture();
    const call = capture();
    const { seen, monetizeNow } = setup({ logger: client.logger });
    await monetizeNow.signUp.update('cart_1', { action: 'CANCEL', quote: QUICK_START.quote } as never, { validateRequests: false, logger: call.logger });
    expect(seen.map((r) => r.body)).toEqual([{ action: 'CANCEL', quote: QUICK_START.quote }]);
    expect(call.warnings).toEqual(['signUp.update: request validation is off; the parts are sent as given (only the action is checked)']);
    expect(client.warnings).toEqual([]);
    // The next call checks again.
    await refusal(monetizeNow.signUp.update('cart_1', { action: 'CANCEL', quote: QUICK_START.quote } as never));
    expect(seen).toHaveLength(1);
  });

  it('for the client: every step, unless a call asks for the checks', async () => {
    const { warnings, logger } = capture();
    const { seen, monetizeNow } = setup({ logger, validateRequests: false });
    await monetizeNow.signUp.update('cart_1', { action: 'UPDATE' } as never);
    expect(seen).toHaveLength(1);
    expect(warnings).toEqual(['signUp.update: request validation is off; the parts are sent as given (only the action is checked)']);
    await refusal(monetizeNow.signUp.update('cart_1', { action: 'UPDATE' } as never, { validateRequests: true }));
    await refusal(monetizeNow.signUp.create({ action: 'ESTIMATE' } as never, { validateRequests: true }));
    expect(seen).toHaveLength(1);
  });

  it('the warning follows the log level of the client, or of the call', async () => {
    const { warnings, logger } = capture();
    const { seen, monetizeNow } = setup({ logger, logLevel: 'error', validateRequests: false });
    await monetizeNow.signUp.estimate({ quote: QUICK_START.quote });
    expect(warnings).toEqual([]);
    await monetizeNow.signUp.estimate({ quote: QUICK_START.quote }, { logLevel: 'warn' });
    expect(warnings).toEqual(['signUp.create: request validation is off; the parts are sent as given (only the action is checked)']);
    expect(seen).toHaveLength(2);
  });
});

describe('responses', () => {
  const wrongTypes: [string, Record<string, unknown>][] = [
    ['sessionId', { sessionId: 5 }],
    ['error', { error: 'no' }],
    ['action', { action: 1 }],
    ['customer.accountId', { customer: { accountId: 5 } }],
    ['customer.contactEmail', { customer: { contactEmail: false } }],
    ['quote.amount', { quote: { amount: '100.00' } }],
    ['quote.status', { quote: { status: 3 } }],
    ['quote.offerings[0].amount', { quote: { offerings: [{ amount: '1' }] } }],
    ['quote.offerings[0].items[0].quantity', { quote: { offerings: [{ items: [{ quantity: 'two' }] }] } }],
    ['invoice.amount', { invoice: { amount: '1' } }],
    ['invoice.items[0].id', { invoice: { items: [{ id: 9 }] } }],
    ['payment.amount', { payment: { amount: '1' } }],
    ['billGroup.id', { billGroup: { id: 1 } }],
    ['contract.id', { contract: { id: 1 } }],
    ['paymentMethodInit.stripe.clientSecret', { paymentMethodInit: { stripe: { clientSecret: 5 } } }],
  ];
  for (const [path, overrides] of wrongTypes) {
    it(`in strict mode, a ${path} of the wrong type is reported with the step that got it`, async () => {
      const { monetizeNow } = setup({ validation: 'strict' }, () => ({ body: signUpResponse(overrides), headers: { 'x-request-id': 'req_1' } }));
      const error = await monetizeNow.signUp.session('cart_1').finalize().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual([path]);
      expect((error as Error).message).toMatch(/^The response of signUp\.update FINALIZE does not match/);
    });
  }

  it('a create step that gives no session id cannot become a session, and says which step', async () => {
    const { monetizeNow } = setup({}, () => ({ body: signUpResponse({ sessionId: '' }), headers: { 'x-request-id': 'req_5' } }));
    const error = (await monetizeNow.signUp.createWithPaymentMethod(QUICK_START).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/^The response of signUp CREATE_WITH_PAYMENT_METHOD does not match/);
    expect(error.requestId).toBe('req_5');
    expect(error.issues).toEqual([{ path: 'sessionId', message: 'missing: MonetizeNow returned no session id, so the session cannot be continued' }]);
  });

  it('nor one with an empty body when response validation is off', async () => {
    const { monetizeNow } = setup({ validation: 'off' }, () => ({ body: null as never }));
    const error = await monetizeNow.signUp.createInPending(QUICK_START).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/signUp CREATE_IN_PENDING/);
  });
});

describe('a session object', () => {
  it('starts from a response it is given, and shows its id and latest action, never its payment secrets', async () => {
    const { seen, monetizeNow } = setup({}, () => ({ body: signUpResponse({ action: 'FINALIZE', paymentMethodInit: undefined }) }));
    const created = signUpResponse() as unknown as SignUpResponse;
    const session = monetizeNow.signUp.session('cart_zCrj2ABcd0U1', created);
    expect(seen).toHaveLength(0);
    expect(session.response).toBe(created);
    expect(session.stripe?.clientSecret).toBe('seti_1P0qjFFlgb12q7bae7hXtrof_secret_test');
    expect(JSON.stringify(session)).toBe('{"id":"cart_zCrj2ABcd0U1","action":"CREATE_WITH_PAYMENT_METHOD"}');
    expect(inspect(session)).toBe('SignUpSession { id: "cart_zCrj2ABcd0U1", action: "CREATE_WITH_PAYMENT_METHOD" }');
    await session.finalize();
    // The latest response replaces the earlier one; what the payment form needs stays from the step that sent it.
    expect(session.response?.action).toBe('FINALIZE');
    expect(session.paymentMethodInit?.stripe?.publicKey).toBe('pk_test_example');
    expect(inspect(session)).toBe('SignUpSession { id: "cart_zCrj2ABcd0U1", action: "FINALIZE" }');
    expect(inspect(session)).not.toContain('secret');
    expect(inspect(monetizeNow.signUp)).toBe('SignUpAPI { }');
  });

  it('without any response yet, has nothing to show', () => {
    const { monetizeNow } = setup();
    const session = monetizeNow.signUp.session('cart_1');
    expect(session.paymentMethodInit).toBeUndefined();
    expect(session.stripe).toBeUndefined();
    expect(JSON.stringify(session)).toBe('{"id":"cart_1"}');
  });

  it('a later paymentMethodInit replaces the earlier one', async () => {
    const next = { stripe: { customerId: 'cus_2', setupIntentId: 'seti_2', clientSecret: 'seti_2_secret', publicKey: 'pk_2' } };
    const { monetizeNow } = setup({}, () => ({ body: signUpResponse({ action: 'INIT_PAYMENT_METHOD', paymentMethodInit: next }) }));
    const session = monetizeNow.signUp.session('cart_1', signUpResponse() as unknown as SignUpResponse);
    await session.initPaymentMethod();
    expect(session.stripe?.setupIntentId).toBe('seti_2');
  });

  it('passes per-call options on to every step', async () => {
    const { seen, monetizeNow } = setup();
    const session = monetizeNow.signUp.session('cart_1');
    const options = { headers: { 'x-trace-id': 'trace-7' } };
    await session.initPaymentMethod({}, options);
    await session.update({ customer: QUICK_START.customer }, options);
    await session.savePaymentMethod(PM, options);
    await session.finalize({}, options);
    await session.cancel(options);
    await monetizeNow.signUp.createAndFinalize(QUICK_START, options);
    await monetizeNow.signUp.createWithPaymentMethod(QUICK_START, options);
    await monetizeNow.signUp.createInPending(QUICK_START, options);
    await monetizeNow.signUp.estimate({ quote: QUICK_START.quote }, options);
    expect(seen.map((r) => r.headers.get('x-trace-id'))).toEqual(Array(9).fill('trace-7'));
  });
});
