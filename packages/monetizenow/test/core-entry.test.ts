// The small entries: `@x/monetizenow/core` (the client without resource groups: the Sign-Up API, raw calls,
// generated operations run through it) and `@x/monetizenow/resources` (groups and standalone functions that
// take the client), as a user of a size-conscious app calls them.
import { inspect } from 'node:util';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, RequestValidationError } from '@x/core';
import { MonetizeNowCore } from '../src/core.js';
import { MonetizeNowClient } from '../src/index.js';
import { accounts, accountsList, accountsRetrieve, invoicesDownloadPdf, usageAPI } from '../src/resources.js';
import type { AccountId, InvoiceId } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, signUpResponse, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('MonetizeNowCore', () => {
  it('runs the sign-up quick start with the key, and has no resource groups', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, ({ body }) =>
      (body as { action: string }).action === 'FINALIZE'
        ? { body: { sessionId: 'cart_zCrj2ABcd0U1', error: false, action: 'FINALIZE', contract: { id: 'ctrct_1' } } }
        : { body: signUpResponse() },
    );
    const monetizeNow = new MonetizeNowCore({ apiKey: API_KEY, baseUrl });
    const session = await monetizeNow.signUp.createWithPaymentMethod(QUICK_START);
    const done = await session.finalize();
    expect(done.contract?.id).toBe('ctrct_1');
    expect(seen.map((r) => [r.method, r.path, r.headers.get('x-api-key')])).toEqual([
      ['POST', '/api/selfService/signup', API_KEY],
      ['PATCH', '/api/selfService/signup/cart_zCrj2ABcd0U1', API_KEY],
    ]);
    expect('accounts' in monetizeNow).toBe(false);
  });

  it('runs generated operations: a standalone function, a resource group, a list walked page by page', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, ({ path }) => {
      if (path === '/api/accounts') return { body: { content: [{ id: 'acct_1' }], totalElements: 1, totalPages: 1, pageable: { pageNumber: 0, pageSize: 20 } } };
      return { body: { id: 'acct_1', accountName: 'Acme' } };
    });
    const monetizeNow = new MonetizeNowCore({ apiKey: API_KEY, baseUrl });
    expect((await accountsRetrieve(monetizeNow, 'acct_1' as AccountId)).accountName).toBe('Acme');
    expect((await accounts(monetizeNow).retrieve('acct_2' as AccountId)).id).toBe('acct_1');
    expect((await accountsList(monetizeNow).toArray()).map((a) => a.id)).toEqual(['acct_1']);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/accounts/acct_1', 'GET /api/accounts/acct_2', 'GET /api/accounts']);
    for (const request of seen) expect(request.headers.get('x-api-key')).toBe(API_KEY);
  });

  it('downloads a PDF through callBinary', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, () => ({ body: '%PDF' }));
    const pdf = await invoicesDownloadPdf(new MonetizeNowCore({ apiKey: API_KEY, baseUrl }), 'invce_1' as InvoiceId);
    expect(await (await pdf.blob()).text()).toBe('"%PDF"');
    expect(seen[0]!.headers.get('accept')).toBe('application/pdf');
  });

  it('refuses a bad path parameter before sending, and skips request checks when validateRequests is false', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, () => ({ body: { id: 'acct_1' } }));
    const monetizeNow = new MonetizeNowCore({ apiKey: API_KEY, baseUrl });
    await expect(accountsRetrieve(monetizeNow, 42 as never)).rejects.toBeInstanceOf(RequestValidationError);
    expect(seen).toHaveLength(0);
    expect(monetizeNow.checksRequests()).toBe(true);
    expect(monetizeNow.checksRequests({ validateRequests: false })).toBe(false);
    expect(new MonetizeNowCore({ apiKey: API_KEY, baseUrl, validateRequests: false }).checksRequests()).toBe(false);
  });

  it('sends raw calls, and records usage events through usageAPI', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen = recordAll(server, baseUrl, ({ path }) => ({ body: path === '/usage/events' ? { status: 'SUCCESS', failedEvents: [] } : { ok: true } }));
    const monetizeNow = new MonetizeNowCore({ apiKey: API_KEY, baseUrl });
    expect(await monetizeNow.request<{ ok: boolean }>({ method: 'GET', path: '/api/unlisted' })).toEqual({ ok: true });
    const event = { id: 'evt-1', accountId: 'acct_1', subscriptionId: 'sub_1', usageTypeId: 'ut_1', unitsConsumed: 1, timestamp: '2024-01-01T00:00:00Z' };
    const report = await usageAPI(monetizeNow).recordEvents([event as never]);
    expect(report.status).toBe('SUCCESS');
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/unlisted', 'POST /usage/events']);
  });

  it('withOptions returns a client of the same class, on another host, with the same key', async () => {
    const first = uniqueBaseUrl();
    const second = uniqueBaseUrl();
    const seen = recordAll(server, second, () => ({ body: { id: 'acct_1' } }));
    const core = new MonetizeNowCore({ apiKey: API_KEY, baseUrl: first });
    const moved = core.withOptions({ baseUrl: second });
    expect(moved).toBeInstanceOf(MonetizeNowCore);
    expect(moved).not.toBeInstanceOf(MonetizeNowClient);
    expect(moved.baseUrl).toBe(second);
    await accountsRetrieve(moved, 'acct_1' as AccountId);
    expect(seen[0]!.headers.get('x-api-key')).toBe(API_KEY);
    expect(core.withOptions({ environment: 'eu' }).baseUrl).toBe('https://api-eu.monetizeplatform.com');
    expect(new MonetizeNowClient({ apiKey: API_KEY }).withOptions({ timeout: 1000 })).toBeInstanceOf(MonetizeNowClient);
  });

  it('defaults to the US host, refuses an unknown environment and missing options, and never shows the key', () => {
    const core = new MonetizeNowCore({ apiKey: API_KEY });
    expect(core.baseUrl).toBe('https://api.monetizeplatform.com');
    expect(() => new MonetizeNowCore({ apiKey: API_KEY, environment: 'mars' as never })).toThrow(ConfigurationError);
    expect(() => new MonetizeNowCore(undefined as never)).toThrow(/create the client with options/);
    expect(inspect(core)).toBe("MonetizeNowCore { baseUrl: 'https://api.monetizeplatform.com/', apiKey: [REDACTED] }");
    expect(JSON.parse(JSON.stringify(core))).toEqual({ baseUrl: 'https://api.monetizeplatform.com/' });
    expect(inspect(new MonetizeNowClient({ apiKey: API_KEY }))).toMatch(/^MonetizeNowClient \{/);
  });
});
