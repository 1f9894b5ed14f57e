// One representative call per resource group on the wire: method, path, query and body as sent (with the API
// key, never as an argument), and the parsed response as returned.
import { describe, expect, it } from 'vitest';
import { BinaryBody, MonetizeNowClient } from '../src/index.js';
import { page, useWireServer, wireClient, type WireReply, type WireRequest } from './helpers/billing-wire.js';
import { API_KEY } from './helpers/mock-monetizenow.js';

const server = useWireServer();

interface Case {
  group: string;
  call: (mn: MonetizeNowClient) => PromiseLike<unknown>;
  expect: Partial<Pick<WireRequest, 'method' | 'path' | 'query' | 'body'>>;
  reply: WireReply;
  result: unknown;
}

const account = { id: 'acct_jgPH8G33rELY6LQa', accountName: 'Acme', status: 'ACTIVE', createDate: '2023-07-28T06:01:22.684+0000' };
const price = { productId: 'prod_1', from: 0, amount: 10.5, priceModel: 'FLAT' as const };

const cases: Case[] = [
  {
    group: 'accounts',
    call: (mn) => mn.accounts.retrieve('acct_jgPH8G33rELY6LQa'),
    expect: { method: 'GET', path: '/api/accounts/acct_jgPH8G33rELY6LQa' },
    reply: { json: { ...account, futureField: 1 } },
    result: { ...account, futureField: 1 },
  },
  {
    group: 'accountDocuments',
    call: (mn) => mn.accountDocuments.list('acct_1', { currentPage: 0, pageSize: 5 }),
    expect: { method: 'GET', path: '/api/accounts/acct_1/accountDocuments', query: { currentPage: '0', pageSize: '5' } },
    reply: { json: page([{ id: 'doc_1' }], 0, 1) },
    result: page([{ id: 'doc_1' }], 0, 1),
  },
  {
    group: 'billGroups',
    call: (mn) => mn.billGroups.update('acct_1', 'billg_1', { name: 'Main', billDay: 1, netTerms: 'NET_30', status: 'ACTIVE', ccEmails: ['ap@acme.example'] }),
    expect: { method: 'PUT', path: '/api/accounts/acct_1/billGroups/billg_1', body: { name: 'Main', billDay: 1, netTerms: 'NET_30', status: 'ACTIVE', ccEmails: ['ap@acme.example'] } },
    reply: { json: { id: 'billg_1', name: 'Main', netTerms: 'NET_NEW' } },
    result: { id: 'billg_1', name: 'Main', netTerms: 'NET_NEW' },
  },
  {
    group: 'contacts',
    call: (mn) => mn.contacts.createForAccount('acct_1', { fullName: 'Ann Lee', email: 'ann@acme.example', status: 'ACTIVE', primary: true }),
    expect: { method: 'POST', path: '/api/accounts/acct_1/contacts', body: { fullName: 'Ann Lee', email: 'ann@acme.example', status: 'ACTIVE', primary: true } },
    reply: { status: 201, json: { id: 'cntct_1', fullName: 'Ann Lee' } },
    result: { id: 'cntct_1', fullName: 'Ann Lee' },
  },
  {
    group: 'contracts',
    call: (mn) => mn.contracts.amend('ctrct_1', undefined, { amendmentDate: '2024-06-01' }),
    expect: { method: 'POST', path: '/api/contracts/ctrct_1/amend', query: { amendmentDate: '2024-06-01' }, body: undefined },
    reply: { json: { id: 'quote_2', type: 'AMENDMENT', status: 'DRAFT' } },
    result: { id: 'quote_2', type: 'AMENDMENT', status: 'DRAFT' },
  },
  {
    group: 'creditNotes',
    call: (mn) => mn.creditNotes.create('invce_1', { type: 'ADJUSTMENT', amount: 25.5, refundable: false, refundReason: 'BILLING_ERROR' }),
    expect: { method: 'POST', path: '/api/invoices/invce_1/creditNotes', body: { type: 'ADJUSTMENT', amount: 25.5, refundable: false, refundReason: 'BILLING_ERROR' } },
    reply: { status: 201, json: { id: 'crnit_1', amount: 25.5, status: 'APPLIED' } },
    result: { id: 'crnit_1', amount: 25.5, status: 'APPLIED' },
  },
  {
    group: 'credits',
    call: (mn) => mn.credits.retrieve('crdt_1'),
    expect: { method: 'GET', path: '/api/credits/crdt_1' },
    reply: { json: { id: 'crdt_1', amount: 100, amountRemaining: 40.25, status: 'ACTIVE' } },
    result: { id: 'crdt_1', amount: 100, amountRemaining: 40.25, status: 'ACTIVE' },
  },
  {
    group: 'invoices',
    call: async (mn) => {
      const pdf = await mn.invoices.downloadPdf('invce_1');
      expect(pdf).toBeInstanceOf(BinaryBody);
      return new Uint8Array(await pdf.arrayBuffer());
    },
    expect: { method: 'GET', path: '/api/invoices/invce_1/print' },
    reply: { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), contentType: 'application/pdf' },
    result: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
  },
  {
    group: 'offerings',
    call: (mn) => mn.offerings.create({ name: 'Pro', status: 'ACTIVE', type: 'SUBSCRIPTION', productIds: ['prod_1'] }),
    expect: { method: 'POST', path: '/api/offerings', body: { name: 'Pro', status: 'ACTIVE', type: 'SUBSCRIPTION', productIds: ['prod_1'] } },
    reply: { status: 201, json: { id: 'offr_1', name: 'Pro' } },
    result: { id: 'offr_1', name: 'Pro' },
  },
  {
    group: 'opportunities',
    call: (mn) => mn.opportunities.linkQuote('opp_1', 'quote_1'),
    expect: { method: 'PUT', path: '/api/opportunities/opp_1/quotes/quote_1/link' },
    reply: { status: 201, json: { opportunityId: 'opp_1', quoteId: 'quote_1' } },
    result: { opportunityId: 'opp_1', quoteId: 'quote_1' },
  },
  {
    group: 'paymentGateways',
    call: (mn) => mn.paymentGateways.createSetupIntent('pmtgw_1', 'cus_1'),
    expect: { method: 'POST', path: '/api/paymentGateways/pmtgw_1/gatewayAccounts/cus_1/setupIntent' },
    reply: { status: 201, json: { setupIntentId: 'seti_1' } },
    result: { setupIntentId: 'seti_1' },
  },
  {
    group: 'paymentMethods',
    call: (mn) => mn.paymentMethods.create('acct_1', { paymentToken: 'seti_1', paymentGatewayId: 'pmtgw_1', paymentMethodName: 'Visa' }),
    expect: { method: 'POST', path: '/api/accounts/acct_1/paymentMethods', body: { paymentToken: 'seti_1', paymentGatewayId: 'pmtgw_1', paymentMethodName: 'Visa' } },
    reply: { status: 201, json: { id: 'pmtm_1', status: 'ACTIVE', lastFour: '4242' } },
    result: { id: 'pmtm_1', status: 'ACTIVE', lastFour: '4242' },
  },
  {
    group: 'payments',
    call: (mn) => mn.payments.payInvoice('acct_1', 'invce_1', { paymentMethodId: 'pmtm_1', amount: 99.99 }),
    expect: { method: 'POST', path: '/api/accounts/acct_1/payments/invoice/invce_1/pay', body: { paymentMethodId: 'pmtm_1', amount: 99.99 } },
    reply: { status: 201, json: { id: 'pmt_1', currency: 'USD', amount: 99.99, paymentStatus: 'SUCCESS' } },
    result: { id: 'pmt_1', currency: 'USD', amount: 99.99, paymentStatus: 'SUCCESS' },
  },
  {
    group: 'priceUplifts',
    call: (mn) => mn.priceUplifts.retrieve('pucfg_1'),
    expect: { method: 'GET', path: '/api/priceUplift/pucfg_1' },
    reply: { json: { id: 'pucfg_1', type: 'APPLY_TO_ALL_PRODUCTS' } },
    result: { id: 'pucfg_1', type: 'APPLY_TO_ALL_PRODUCTS' },
  },
  {
    group: 'products',
    call: (mn) => mn.products.search({ query: 'Seats', pageSize: 10 }),
    expect: { method: 'GET', path: '/api/products/search', query: { query: 'Seats', pageSize: '10' } },
    reply: { json: page([{ id: 'prod_1', name: 'Seats', status: 'ACTIVE', productType: 'ADVANCE' }], 0, 1) },
    result: page([{ id: 'prod_1', name: 'Seats', status: 'ACTIVE', productType: 'ADVANCE' }], 0, 1),
  },
  {
    group: 'quotes',
    call: (mn) => mn.quotes.cancel('quote_1', { reason: 'CUSTOMER_DECLINED' }),
    expect: { method: 'POST', path: '/api/quotes/quote_1/cancel', query: { reason: 'CUSTOMER_DECLINED' } },
    reply: { json: { id: 'quote_1', status: 'CANCELED' } },
    result: { id: 'quote_1', status: 'CANCELED' },
  },
  {
    group: 'rates',
    call: (mn) =>
      mn.rates.create('offr_1', {
        rateType: 'CATALOG', name: 'Monthly', status: 'ACTIVE', currency: 'USD', billingFrequency: 'MONTHLY', subscriptionTiming: 'ADVANCE',
        quotable: true, revenueChannels: ['SALES'], prices: [price],
      }),
    expect: {
      method: 'POST', path: '/api/offerings/offr_1/rates',
      body: { rateType: 'CATALOG', name: 'Monthly', status: 'ACTIVE', currency: 'USD', billingFrequency: 'MONTHLY', subscriptionTiming: 'ADVANCE', quotable: true, revenueChannels: ['SALES'], prices: [price] },
    },
    reply: { status: 201, json: { id: 'rate_1', name: 'Monthly', createDate: '2023-05-24T17:52:10.977+0000' } },
    result: { id: 'rate_1', name: 'Monthly', createDate: '2023-05-24T17:52:10.977+0000' },
  },
  {
    group: 'subscriptions',
    call: (mn) => mn.subscriptions.retrieve('subs_1', { includeInactiveItems: true }),
    expect: { method: 'GET', path: '/api/subscriptions/subs_1', query: { includeInactiveItems: 'true' } },
    reply: { json: { id: 'subs_1', billingStatus: 'ACTIVE', mrr: 120.5 } },
    result: { id: 'subs_1', billingStatus: 'ACTIVE', mrr: 120.5 },
  },
  {
    group: 'trials',
    call: (mn) => mn.trials.listForAccount('acct_1'),
    expect: { method: 'GET', path: '/api/accounts/acct_1/trials' },
    reply: { json: page([{ id: 'trl_1', status: 'ACTIVE' }], 0, 1) },
    result: page([{ id: 'trl_1', status: 'ACTIVE' }], 0, 1),
  },
  {
    group: 'usage',
    call: (mn) => mn.usage.retrieveConsumption({ subscriptionId: 'subs_1', usageTypeId: 'ustyp_1', startTime: '2024-01-01T00:00:00Z', endTime: '2024-02-01T00:00:00+0000' }),
    expect: { method: 'GET', path: '/usage/consumption', query: { subscriptionId: 'subs_1', usageTypeId: 'ustyp_1', startTime: '2024-01-01T00:00:00Z', endTime: '2024-02-01T00:00:00+0000' } },
    reply: { json: { unitsConsumed: 42, ratedUnitsConsumed: 40, totalRatedPrice: 12.34 } },
    result: { unitsConsumed: 42, ratedUnitsConsumed: 40, totalRatedPrice: 12.34 },
  },
];

describe('one call per resource group on the wire', () => {
  it('covers all 20 groups', () => {
    expect(new Set(cases.map((c) => c.group)).size).toBe(20);
  });

  for (const c of cases) {
    it(`${c.group}: ${c.expect.method} ${c.expect.path}`, async () => {
      const { seen, monetizeNow } = wireClient(server, () => c.reply);
      expect(await c.call(monetizeNow)).toEqual(c.result);
      expect(seen).toHaveLength(1);
      const [request] = seen;
      expect(request).toMatchObject({ method: c.expect.method, path: c.expect.path, query: c.expect.query ?? {} });
      if ('body' in c.expect) expect(request!.body).toEqual(c.expect.body);
      expect(request!.headers.get('x-api-key')).toBe(API_KEY);
    });
  }
});

describe('errors and retries of billing calls', () => {
  it("maps the billing API's {status, message} body (no vendor code) and does not retry a PUT on 503", async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ status: 503, json: { status: 503, message: 'Service unavailable' } }), { maxRetries: 2 });
    const error = await monetizeNow.products.activate('prod_1').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, vendorMessage: 'Service unavailable', vendorCode: undefined });
    expect(seen).toHaveLength(1);
  });

  it('retries a GET on 503, and a POST on 429 after Retry-After', async () => {
    let calls = 0;
    const read = wireClient(server, () => (++calls < 3 ? { status: 503, json: { status: 503, message: 'busy' } } : { json: account }), { maxRetries: 2 });
    expect(await read.monetizeNow.accounts.retrieve('acct_1')).toEqual(account);
    expect(read.seen).toHaveLength(3);
    let posts = 0;
    const write = wireClient(server, () => (++posts < 2 ? { status: 429, json: { status: 429, message: 'slow down' }, headers: { 'retry-after': '0' } } : { status: 201, json: account }), { maxRetries: 2 });
    expect(await write.monetizeNow.accounts.create({ accountName: 'Acme', status: 'ACTIVE' })).toEqual(account);
    expect(write.seen).toHaveLength(2);
  });
});
