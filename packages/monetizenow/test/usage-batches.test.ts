// usage.recordEvents beyond the happy path: against the stateful sandbox (per-event failures over several
// requests), edge sizes, refused batches without entries, what withResponse() reports, and per-call options.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionError, BadRequestError, InternalServerError, MonetizeNowClient, type UsageEventRequest } from '../src/index.js';
import { createMonetizeNowSandbox } from '../src/testing/index.js';
import { API_KEY, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const event = (id: string, extra: Partial<UsageEventRequest> = {}): UsageEventRequest => ({
  id,
  accountId: 'acct_1',
  subscriptionId: 'subs_1',
  usageTypeId: 'usgt_apiCalls',
  unitsConsumed: 1,
  timestamp: '2026-12-02T10:00:00Z',
  ...extra,
});
const events = (count: number, prefix = 'e') => Array.from({ length: count }, (_, i) => event(`${prefix}${i}`));

/** A client whose POST /usage/events answers come from `reply`; records each batch it was sent. */
function usageServer(reply: (batch: UsageEventRequest[], n: number) => Response, options: { maxRetries?: number } = {}) {
  const baseUrl = uniqueBaseUrl();
  const batches: UsageEventRequest[][] = [];
  const headers: Headers[] = [];
  server.use(
    http.post(`${baseUrl}/usage/events`, async ({ request }) => {
      const batch = (await request.json()) as UsageEventRequest[];
      batches.push(batch);
      headers.push(request.headers);
      return reply(batch, batches.length);
    }),
  );
  return { batches, headers, monetizeNow: new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries: options.maxRetries ?? 0 }) };
}
const recorded = (requestId?: string) => HttpResponse.json({ status: 'SUCCESS', failedEvents: [] }, requestId ? { headers: { 'x-request-id': requestId } } : {});

describe('against the sandbox', () => {
  it('records 150 events in two requests and reports, across both, the events it refused', async () => {
    const sandbox = createMonetizeNowSandbox({ baseUrl: uniqueBaseUrl() });
    server.use(...sandbox.handlers);
    const monetizeNow = new MonetizeNowClient({ ...sandbox.clientOptions(), maxRetries: 0 });
    const done = await monetizeNow.signUp.createAndFinalize({
      customer: { accountName: 'Acme Inc', name: 'John Doe', email: 'john@acme.example' },
      quote: { offerings: [{ offeringId: 'offr_growth', rateId: 'rate_growthMonthly', items: [{ productId: 'prod_seats', quantity: 4 }] }] },
    });
    const accountId = done.customer!.accountId;
    const subscriptionId = sandbox.data.accounts[0]!.subscriptionIds[0]!;
    const batch = Array.from({ length: 150 }, (_, i) => event(`evt-${i}`, { accountId, subscriptionId }));
    batch[10] = event('evt-10', { accountId: 'acct_nobody', subscriptionId });
    batch[120] = event('evt-3', { accountId, subscriptionId }); // the id of an event of the first request

    const result = await monetizeNow.usage.recordEvents(batch);
    expect(result).toEqual({
      status: 'PARTIAL',
      requests: 2,
      failedEvents: [
        { event: expect.objectContaining({ id: 'evt-10' }), reason: 'account acct_nobody not found' },
        { event: expect.objectContaining({ id: 'evt-3' }), reason: 'duplicate event id evt-3' },
      ],
    });
    expect(sandbox.data.usageEvents).toHaveLength(148);
    // Sending the same events again counts none twice: every one comes back as a duplicate or refused again.
    const again = await monetizeNow.usage.recordEvents(batch);
    expect(again.status).toBe('FAILED');
    expect(again.failedEvents).toHaveLength(150);
    expect(sandbox.data.usageEvents).toHaveLength(148);
  });

  it("sends an empty list once and lets MonetizeNow's answer stand", async () => {
    const sandbox = createMonetizeNowSandbox({ baseUrl: uniqueBaseUrl() });
    server.use(...sandbox.handlers);
    const monetizeNow = new MonetizeNowClient({ ...sandbox.clientOptions(), maxRetries: 0 });
    const error = await monetizeNow.usage.recordEvents([]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ vendorCode: 'BAD_REQUEST', vendorMessage: 'Send an array of 1 to 100 events' });
    expect(sandbox.log.entries.map((e) => `${e.method} ${e.status}`)).toEqual(['POST 400']);
  });
});

describe('batch sizes', () => {
  it('sends 101 events as 100 + 1, and exactly 200 as 100 + 100', async () => {
    const { batches, monetizeNow } = usageServer(() => recorded());
    expect((await monetizeNow.usage.recordEvents(events(101))).requests).toBe(2);
    expect(batches.map((b) => b.length)).toEqual([100, 1]);
    expect(batches[1]![0]!.id).toBe('e100');
    batches.length = 0;
    expect(await monetizeNow.usage.recordEvents(events(200))).toEqual({ status: 'SUCCESS', failedEvents: [], requests: 2 });
    expect(batches.map((b) => b.length)).toEqual([100, 100]);
  });

  it('takes a single event passed on its own (a JavaScript caller) as a list of one', async () => {
    const { batches, monetizeNow } = usageServer(() => recorded());
    expect((await monetizeNow.usage.recordEvents(event('solo') as never)).requests).toBe(1);
    expect(batches).toEqual([[event('solo')]]);
  });

  it('an empty list is one request; nothing refused is SUCCESS', async () => {
    const { batches, monetizeNow } = usageServer(() => recorded());
    expect(await monetizeNow.usage.recordEvents([])).toEqual({ status: 'SUCCESS', failedEvents: [], requests: 1 });
    expect(batches).toEqual([[]]);
  });
});

describe('refused batches', () => {
  it('a 400 report without entries means every event of that request failed, with the reason MonetizeNow gave', async () => {
    const { monetizeNow } = usageServer((batch) =>
      batch[0]!.id === 'e0' ? HttpResponse.json({ status: 'FAILED', failedEvents: [], message: 'Subscription is not active' }, { status: 400 }) : recorded(),
    );
    const result = await monetizeNow.usage.recordEvents(events(103));
    expect(result.status).toBe('PARTIAL');
    expect(result.failedEvents).toHaveLength(100);
    expect(result.failedEvents[0]).toEqual({ event: event('e0'), reason: 'Subscription is not active' });
    expect(result.failedEvents[99]!.event).toEqual(event('e99'));
  });

  it("without a message, the reason says the events were refused", async () => {
    const { monetizeNow } = usageServer(() => HttpResponse.json({ status: 'FAILED', failedEvents: [] }, { status: 400 }));
    const result = await monetizeNow.usage.recordEvents(events(2));
    expect(result).toEqual({ status: 'FAILED', requests: 1, failedEvents: [{ event: event('e0'), reason: 'refused' }, { event: event('e1'), reason: 'refused' }] });
  });

  it('a report on another status than 400 is thrown, not read as failed events', async () => {
    const { monetizeNow } = usageServer(() => HttpResponse.json({ status: 'FAILED', failedEvents: [] }, { status: 500 }));
    await expect(monetizeNow.usage.recordEvents(events(2))).rejects.toBeInstanceOf(InternalServerError);
  });

  it('a 400 whose failedEvents is not a list is thrown', async () => {
    const { monetizeNow } = usageServer(() => HttpResponse.json({ status: 'FAILED', failedEvents: 'all of them' }, { status: 400 }));
    await expect(monetizeNow.usage.recordEvents(events(2))).rejects.toBeInstanceOf(BadRequestError);
  });

  it('a 400 without a body is thrown', async () => {
    const { monetizeNow } = usageServer(() => new HttpResponse(null, { status: 400 }));
    await expect(monetizeNow.usage.recordEvents(events(2))).rejects.toBeInstanceOf(BadRequestError);
  });

  it('a 400 with a body that is not JSON is thrown', async () => {
    const { monetizeNow } = usageServer(() => new HttpResponse('Bad Request', { status: 400, headers: { 'content-type': 'text/plain' } }));
    await expect(monetizeNow.usage.recordEvents(events(2))).rejects.toBeInstanceOf(BadRequestError);
  });

  it('a connection failure on a later request is thrown after the earlier ones were sent', async () => {
    const { batches, monetizeNow } = usageServer((_, n) => (n === 1 ? recorded() : HttpResponse.error()));
    await expect(monetizeNow.usage.recordEvents(events(150))).rejects.toBeInstanceOf(APIConnectionError);
    expect(batches).toHaveLength(2);
  });

  it('a success without a report counts as every event recorded', async () => {
    const { monetizeNow } = usageServer(() => HttpResponse.json({ status: 'SUCCESS' }));
    expect(await monetizeNow.usage.recordEvents(events(3))).toEqual({ status: 'SUCCESS', failedEvents: [], requests: 1 });
  });
});

describe('withResponse()', () => {
  it("gives the last request's response and request id", async () => {
    const { monetizeNow } = usageServer((_, n) => recorded(`req_${n}`));
    const { data, response, requestId } = await monetizeNow.usage.recordEvents(events(150)).withResponse();
    expect(data.requests).toBe(2);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_2');
  });

  it('when every request was refused, a 400 response and no request id', async () => {
    const { monetizeNow } = usageServer(() => HttpResponse.json({ status: 'FAILED', failedEvents: [] }, { status: 400, headers: { 'x-request-id': 'req_x' } }));
    const { data, response, requestId } = await monetizeNow.usage.recordEvents(events(2)).withResponse();
    expect(data.status).toBe('FAILED');
    expect(response.status).toBe(400);
    expect(requestId).toBeUndefined();
  });
});

describe('per-call options', () => {
  it('apply to every request of the batch', async () => {
    const { headers, monetizeNow } = usageServer(() => recorded());
    await monetizeNow.usage.recordEvents(events(150), { headers: { 'x-trace-id': 'trace-1' } });
    expect(headers.map((h) => h.get('x-trace-id'))).toEqual(['trace-1', 'trace-1']);
  });

  it('validateRequests: false sends the events as given; the client setting is the default a call can override', async () => {
    // The bad event is in the second request: checked, nothing at all is sent.
    const bad = [...events(120), { ...event('bad'), id: '' }];
    const { batches, monetizeNow } = usageServer(() => recorded());
    await monetizeNow.usage.recordEvents(bad, { validateRequests: false });
    expect(batches).toEqual([bad.slice(0, 100), bad.slice(100)]);

    const lax = new MonetizeNowClient({ apiKey: API_KEY, baseUrl: monetizeNow.baseUrl, maxRetries: 0, validateRequests: false });
    await lax.usage.recordEvents(bad);
    expect(batches).toHaveLength(4);
    await expect(lax.usage.recordEvents(bad, { validateRequests: true })).rejects.toThrow(/^Invalid request body for POST \/usage\/events; nothing was sent\..*\[120\]\.id/s);
    expect(batches).toHaveLength(4);
  });
});
