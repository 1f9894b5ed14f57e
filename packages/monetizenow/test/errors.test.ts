// MonetizeNow's error bodies mapped onto @x/core's errors, the Sign-Up error shape, and the retry policy.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  InternalServerError,
  monetizeNowErrorDetails,
  MonetizeNowClient,
  NotFoundError,
  RateLimitError,
  SignUpError,
  vendorCodeOf,
} from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (baseUrl: string, maxRetries = 0) => new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries });

describe('the three error bodies', () => {
  it('billing {status, message} keeps the message', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 404, body: { status: 404, message: 'Account acct_1 not found' } }));
    const error = await client(baseUrl).request({ method: 'GET', path: '/api/accounts/acct_1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as APIError).vendorMessage).toBe('Account acct_1 not found');
    expect((error as Error).message).toMatch(/^MonetizeNow API returned 404 for GET \/api\/accounts\/acct_1: Account acct_1 not found/);
    expect(vendorCodeOf(error)).toBeUndefined();
    expect(monetizeNowErrorDetails(error)).toMatchObject({ kind: 'billing', message: 'Account acct_1 not found' });
  });

  it('billing validation errors list their subErrors', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 400, body: { status: 400, message: 'Validation failed', subErrors: [{ field: 'name', message: 'must not be blank' }] } }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/api/products', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as APIError).vendorMessage).toBe('Validation failed: name: must not be blank');
  });

  it('usage {status: "400 BAD_REQUEST", message} keeps the reason as vendorCode', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 400, body: { status: '400 BAD_REQUEST', message: 'timestamp is required' } }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/usage/events', body: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as APIError).vendorMessage).toBe('timestamp is required');
    expect(vendorCodeOf(error)).toBe('BAD_REQUEST');
    expect((error as { vendorCode?: string }).vendorCode).toBe('BAD_REQUEST');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ vendorCode: 'BAD_REQUEST', status: 400 });
  });

  it('self-service {operation, error: {errorCode, details, context}} keeps the code, details and context', async () => {
    const baseUrl = uniqueBaseUrl();
    const body = { operation: 'provisionContract', error: { errorCode: 'INVALID_OFFERINGS', details: 'Offering offr_1 is not active', context: { offeringId: 'offr_1' } } };
    recordAll(server, baseUrl, () => ({ status: 400, body }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/api/selfService/checkout', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as APIError).vendorMessage).toBe('INVALID_OFFERINGS: Offering offr_1 is not active');
    expect(vendorCodeOf(error)).toBe('INVALID_OFFERINGS');
    expect(monetizeNowErrorDetails(error)).toMatchObject({ kind: 'self-service', operation: 'provisionContract', context: { offeringId: 'offr_1' } });
  });

  it('self-service errors with message instead of details', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 400, body: { operation: 'calculatePrices', error: { errorCode: 'UNCONFIGURED_CURRENCY', message: 'JPY is not configured' } } }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/api/selfService/pricing', body: {} }).catch((e: unknown) => e);
    expect((error as APIError).vendorMessage).toBe('UNCONFIGURED_CURRENCY: JPY is not configured');
  });

  it('an unknown body still gives a typed error', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 401, body: { whatever: true } }));
    const error = await client(baseUrl).request({ method: 'GET', path: '/api/accounts' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/returned 401 for GET \/api\/accounts\. Check the credentials/);
  });
});

describe('customId conflicts', () => {
  it('says so when MonetizeNow names the customId', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message: 'Custom Id already exists' } }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/api/accounts', body: { accountName: 'Acme', customId: 'acme-1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/409 for POST \/api\/accounts: Custom Id already exists\. customId conflict: another record already has this customId/);
    expect((error as Error).stack).toMatch(/customId conflict/);
  });

  it('says it may be one when the request carried a customId', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message: 'Conflict' } }));
    const error = await client(baseUrl).signUp.createInPending({ ...QUICK_START, customer: { ...QUICK_START.customer, customId: 'acme-1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/Possibly a customId conflict: this request carries a customId/);
  });

  it('leaves other conflicts alone', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message: 'Offering is not archived' } }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/api/offerings/offr_1/archive' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).not.toMatch(/customId/);
  });
});

describe('the Sign-Up error shape {sessionId, error: true, message}', () => {
  it('becomes a SignUpError with the session id on a 4xx', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 400, body: { sessionId: 'cart_zCrj2ABcd0U1', error: true, message: 'Rate rate_1 is not available for self-service' } }));
    const error = await client(baseUrl).signUp.session('cart_zCrj2ABcd0U1').finalize().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignUpError);
    expect(error).toBeInstanceOf(APIError);
    const signUpError = error as SignUpError;
    expect(signUpError.sessionId).toBe('cart_zCrj2ABcd0U1');
    expect(signUpError.status).toBe(400);
    expect(signUpError.vendorMessage).toBe('Rate rate_1 is not available for self-service');
    expect(signUpError.name).toBe('SignUpError');
    expect(signUpError.message).toMatch(/returned 400 for PATCH \/api\/selfService\/signup\/cart_zCrj2ABcd0U1: Rate rate_1 is not available for self-service\. Sign-up session cart_zCrj2ABcd0U1 was saved/);
    expect(monetizeNowErrorDetails(error)).toMatchObject({ kind: 'sign-up', sessionId: 'cart_zCrj2ABcd0U1' });
  });

  it('becomes a SignUpError on a 200 too', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 200, body: { sessionId: 'cart_9', error: true, message: 'Payment method could not be saved' } }));
    const error = await client(baseUrl).signUp.createWithPaymentMethod(QUICK_START).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignUpError);
    expect((error as SignUpError).status).toBe(200);
    expect((error as SignUpError).sessionId).toBe('cart_9');
    expect((error as Error).message).toMatch(/returned 200 for POST \/api\/selfService\/signup: Payment method could not be saved/);
  });

  it('without a saved session', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 200, body: { error: true, message: 'Invalid offering' } }));
    const error = (await client(baseUrl).signUp.estimate({ quote: QUICK_START.quote }).catch((e: unknown) => e)) as SignUpError;
    expect(error.sessionId).toBeUndefined();
    expect(error.message).toMatch(/No sign-up session was saved/);
  });

  it('in strict validation mode as well', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 200, body: { sessionId: 'cart_9', error: true, message: 'nope' } }));
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl, validation: 'strict' });
    await expect(monetizeNow.signUp.estimate({ quote: QUICK_START.quote })).rejects.toBeInstanceOf(SignUpError);
  });

  it('is not confused with other API errors', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 400, body: { status: 400, message: 'bad' } }));
    const error = await client(baseUrl).signUp.estimate({ quote: QUICK_START.quote }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).not.toBeInstanceOf(SignUpError);
  });
});

describe('retries (MonetizeNow publishes no idempotency keys)', () => {
  it('retries a read on 5xx', async () => {
    const baseUrl = uniqueBaseUrl();
    let calls = 0;
    const seen = recordAll(server, baseUrl, () => (++calls === 1 ? { status: 503, body: { status: 503, message: 'busy' } } : { body: { content: [] } }));
    await expect(client(baseUrl, 2).request({ method: 'GET', path: '/api/accounts' })).resolves.toEqual({ content: [] });
    expect(seen).toHaveLength(2);
  });

  it('never retries a sign-up write on 5xx', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, () => ({ status: 500, body: { status: 500, message: 'boom' } }));
    await expect(client(baseUrl, 2).signUp.createInPending(QUICK_START)).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(1);
  });

  it('retries a sign-up write on 429 after Retry-After', async () => {
    const baseUrl = uniqueBaseUrl();
    let calls = 0;
    const seen = recordAll(server, baseUrl, () => (++calls === 1 ? { status: 429, body: { status: 429, message: 'slow down' }, headers: { 'retry-after': '0' } } : { body: { sessionId: 'cart_1', error: false, action: 'ESTIMATE' } }));
    await expect(client(baseUrl, 2).signUp.estimate({ quote: QUICK_START.quote })).resolves.toMatchObject({ sessionId: 'cart_1' });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body).toEqual(seen[0]!.body);
  });

  it('gives up with RateLimitError when out of retries', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 429, body: { status: 429, message: 'slow down' }, headers: { 'retry-after': '0' } }));
    await expect(client(baseUrl, 0).signUp.estimate({ quote: QUICK_START.quote })).rejects.toBeInstanceOf(RateLimitError);
  });

  it('refuses an idempotency key rather than send a header MonetizeNow ignores', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl);
    await expect(client(baseUrl).signUp.estimate({ quote: QUICK_START.quote }, { idempotencyKey: 'k' } as never)).rejects.toBeInstanceOf(ConfigurationError);
    expect(seen).toHaveLength(0);
  });
});
