import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { SetupServer } from 'msw/node';

let counter = 0;

/** A unique base URL per test, so handlers of different tests never meet. */
export function uniqueBaseUrl(): string {
  counter++;
  return `https://monetizenow-${counter}.test`;
}

/** One request as the mock server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/**
 * Answers every request under `baseUrl` with `reply(request)` (default: the seed's response) and records it,
 * so tests can assert method, path and body, or that nothing was sent.
 */
export function recordAll(
  server: SetupServer,
  baseUrl: string,
  reply: (seen: SeenRequest) => { status?: number; body?: JsonBodyType; headers?: Record<string, string> } = () => ({ body: signUpResponse() }),
): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const text = await request.text();
      const entry: SeenRequest = { method: request.method, path: new URL(request.url).pathname, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      seen.push(entry);
      const { status = 200, body, headers } = reply(entry);
      return HttpResponse.json(body ?? null, { status, ...(headers ? { headers } : {}) });
    }),
  );
  return seen;
}

/** The response of the seed's quick start (step 1), with the interface's `action` and `error` added. */
export function signUpResponse(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sessionId: 'cart_zCrj2ABcd0U1',
    error: false,
    action: 'CREATE_WITH_PAYMENT_METHOD',
    customer: {
      accountName: 'Acme Inc',
      name: 'John Doe',
      email: 'john@example.com',
      billingAddress: { line1: '123 Main St', city: 'San Francisco', state: 'CA', postalCode: '94107', country: 'US' },
    },
    billGroup: { autoEmailInvoice: true, collectInvoiceBalanceAutomatically: true },
    paymentMethodInit: {
      stripe: {
        customerId: 'cus_JKl2ABcd0U1',
        setupIntentId: 'seti_1P0qjFFlgb12q7bae7hXtrof',
        clientSecret: 'seti_1P0qjFFlgb12q7bae7hXtrof_secret_test',
        publicKey: 'pk_test_example',
      },
    },
    quote: {
      amountWithoutTax: 100,
      amount: 100,
      startDate: '2024-01-01',
      offerings: [
        {
          amountWithoutTax: 100,
          amount: 100,
          offeringId: 'offr_EoqyNVChm1kwT',
          rateId: 'rate_aCTj2kwzyd0U5',
          items: [{ productId: 'prod_a9sElJSR3TbyP', quantity: 1, amountWithoutTax: 100, amount: 100 }],
        },
      ],
    },
    ...overrides,
  };
}

/** The seed's quick-start request parts. */
export const QUICK_START = {
  customer: {
    accountName: 'Acme Inc',
    name: 'John Doe',
    email: 'john@example.com',
    billingAddress: { line1: '123 Main St', city: 'San Francisco', state: 'CA', postalCode: '94107', country: 'US' },
  },
  billGroup: { autoEmailInvoice: true, collectInvoiceBalanceAutomatically: true },
  quote: {
    startDate: '2024-01-01',
    offerings: [{ offeringId: 'offr_EoqyNVChm1kwT', rateId: 'rate_aCTj2kwzyd0U5', items: [{ productId: 'prod_a9sElJSR3TbyP', quantity: 1 }] }],
  },
};

export const API_KEY = 'mn_live_SECRET_key_7c1e9a';
