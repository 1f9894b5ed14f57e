// What MonetizeNow's errors keep when the SDK turns them into its own (SignUpError, the customId hint on a 409),
// and which errors it leaves alone.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  BadRequestError,
  ConflictError,
  monetizeNowErrorDetails,
  MonetizeNowClient,
  RequestValidationError,
  SignUpError,
  vendorCodeOf,
} from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (baseUrl: string) => new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries: 0 });

describe('a SignUpError keeps what the API error knew', () => {
  it('request id, headers, URL, method and body, for a report to MonetizeNow', async () => {
    const baseUrl = uniqueBaseUrl();
    const body = { sessionId: 'cart_7', error: true, message: 'Payment method could not be saved' };
    recordAll(server, baseUrl, () => ({ status: 400, body, headers: { 'x-request-id': 'req_42', 'x-trace': 'abc' } }));
    const error = (await client(baseUrl).signUp.session('cart_7').savePaymentMethod({ paymentToken: 'seti_1' }).catch((e: unknown) => e)) as SignUpError;
    expect(error).toBeInstanceOf(SignUpError);
    expect(error).toMatchObject({ status: 400, requestId: 'req_42', method: 'PATCH', url: `${baseUrl}/api/selfService/signup/cart_7`, body, sessionId: 'cart_7' });
    expect(error.headers['x-trace']).toBe('abc');
    expect(error.message).toMatch(/^MonetizeNow API returned 400 for PATCH \/api\/selfService\/signup\/cart_7: Payment method could not be saved \(request id req_42\)\. Sign-up session cart_7 was saved: fix the request and continue it with signUp\.session\('cart_7'\), or cancel it\.$/);
  });

  it('the wait MonetizeNow asked for, when it is longer than the client will wait', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, () => ({ status: 429, body: { sessionId: 'cart_8', error: true, message: 'Too many sign-ups' }, headers: { 'retry-after': '3600' } }));
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries: 2 });
    const error = (await monetizeNow.signUp.estimate({ quote: QUICK_START.quote }).catch((e: unknown) => e)) as SignUpError;
    expect(error).toBeInstanceOf(SignUpError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(error.message).toMatch(/retry after 3600 s/);
    expect(seen).toHaveLength(1);
  });
});

it('a SignUpError from another installed copy of the package (another version) is still a SignUpError', () => {
  // Errors are recognised by a registry brand, not by the class object: the brand's name is the contract between copies.
  const foreign = Object.assign(Object.create(null) as object, { [Symbol.for('@x/core/monetizenow/SignUpError')]: true });
  expect(foreign).toBeInstanceOf(SignUpError);
  expect(Object.assign(Object.create(null) as object, { [Symbol.for('@x/core/APIError')]: true })).not.toBeInstanceOf(SignUpError);
});

describe('the customId hint on a 409', () => {
  for (const message of ['customId already exists', 'Duplicate custom_id acme-1', 'CUSTOM-ID taken', 'custom id must be unique']) {
    it(`names the conflict when MonetizeNow's message says "${message}"`, async () => {
      const baseUrl = uniqueBaseUrl();
      recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message }, headers: { 'x-request-id': 'req_9' } }));
      const error = (await client(baseUrl).request({ method: 'POST', path: '/api/accounts', body: { accountName: 'Acme' } }).catch((e: unknown) => e)) as ConflictError;
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toMatch(/customId conflict: another record already has this customId/);
      expect(error.message).not.toMatch(/Possibly/);
      // The hint is added; nothing the error knew is lost.
      expect(error).toMatchObject({ status: 409, requestId: 'req_9', method: 'POST', vendorMessage: message, body: { status: 409, message } });
      expect(error.url).toBe(`${baseUrl}/api/accounts`);
    });
  }

  it('finds the customId the request carried wherever it sits in the body', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message: 'Conflict' } }));
    const bodies = [
      { accountName: 'Acme', customId: 'acme-1' },
      { quote: { customId: 'q-1', offerings: [] } },
      [{ accountName: 'Acme' }, { accountName: 'Beta', customId: 'beta-1' }],
      { quote: { offerings: [{ offeringId: 'offr_1', customId: 'line-1' }] } },
    ];
    for (const body of bodies) {
      const error = await client(baseUrl).request({ method: 'POST', path: '/api/accounts', body }).catch((e: unknown) => e);
      expect(error, JSON.stringify(body)).toBeInstanceOf(ConflictError);
      expect((error as Error).message, JSON.stringify(body)).toMatch(/Possibly a customId conflict: this request carries a customId/);
    }
  });

  it('says nothing of a customId the request did not really carry', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message: 'Quote is not in the required state' } }));
    const bodies = [undefined, { customer: { ...QUICK_START.customer, customId: null } }, { accountName: 'Acme', customId: '' }, { customIds: ['a'] }, { note: 'customId' }, ['customId']];
    for (const body of bodies) {
      const error = await client(baseUrl).request({ method: 'POST', path: '/api/quotes/quot_1/process', body }).catch((e: unknown) => e);
      expect(error, JSON.stringify(body)).toBeInstanceOf(ConflictError);
      expect((error as Error).message, JSON.stringify(body)).not.toMatch(/customId/);
    }
  });

  it("leaves a conflict that is not about a customId as it was, the caller's own hint included", async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 409, body: { status: 409, message: 'Quote is not in the required state' } }));
    const error = await client(baseUrl)
      .request({ method: 'POST', path: '/api/quotes/quot_1/process', errorHint: 'Process the quote only once it is approved' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/: Quote is not in the required state\. Process the quote only once it is approved\.$/);
  });

  it('only on a 409: another status about a customId is left as it is', async () => {
    const baseUrl = uniqueBaseUrl();
    recordAll(server, baseUrl, () => ({ status: 400, body: { status: 400, message: 'customId is too long' } }));
    const error = await client(baseUrl).request({ method: 'POST', path: '/api/accounts', body: { accountName: 'Acme', customId: 'x'.repeat(300) } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/: customId is too long\.$/);
  });
});

describe('errors that are not MonetizeNow API errors', () => {
  it('a connection failure passes through unchanged, and has no vendor details', async () => {
    const baseUrl = uniqueBaseUrl();
    server.use(http.all(`${baseUrl}/*`, () => HttpResponse.error()));
    const error = await client(baseUrl).request({ method: 'GET', path: '/api/accounts' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(vendorCodeOf(error)).toBeUndefined();
    expect(monetizeNowErrorDetails(error)).toBeUndefined();
  });

  it('a request refused before sending stays a RequestValidationError', async () => {
    const error = await client(uniqueBaseUrl()).signUp.create({ action: 'ESTIMATE' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).not.toBeInstanceOf(SignUpError);
    expect(monetizeNowErrorDetails(error)).toBeUndefined();
    expect(vendorCodeOf('INVALID_OFFERINGS')).toBeUndefined();
  });
});
