// Lists whose pages leave fields out (no content, no pageable, no totalPages), usage events resumed from a kept
// token, and per-call options on every page.
import { describe, expect, it } from 'vitest';
import { page, useWireServer, wireClient } from './helpers/billing-wire.js';

const server = useWireServer();
const account = (n: number) => ({ id: `acct_${n}`, accountName: `Account ${n}` });

describe('page-number lists', () => {
  it('a page without content has no items', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: { totalElements: 0, totalPages: 1, pageable: { pageNumber: 0, pageSize: 20 } } }));
    expect(await monetizeNow.accounts.list().toArray()).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('pages without pageable are numbered as they were asked for', async () => {
    const { seen, monetizeNow } = wireClient(server, ({ query }) => {
      const current = Number(query['currentPage']);
      return { json: { content: [account(current)], totalElements: 3, totalPages: 3 } };
    });
    expect((await monetizeNow.accounts.list({ pageSize: 1 }).toArray()).map((a) => a.id)).toEqual(['acct_0', 'acct_1', 'acct_2']);
    expect(seen.map((r) => r.query['currentPage'])).toEqual(['0', '1', '2']);
  });

  it('pages without totalPages are walked until an empty one, from the first page or a later one', async () => {
    const { seen, monetizeNow } = wireClient(server, ({ query }) => {
      const current = Number(query['currentPage']);
      return { json: { content: current < 3 ? [account(current)] : [], pageable: { pageNumber: current } } };
    });
    expect((await monetizeNow.accounts.list().toArray()).map((a) => a.id)).toEqual(['acct_0', 'acct_1', 'acct_2']);
    expect(seen.map((r) => r.query['currentPage'])).toEqual(['0', '1', '2', '3']);
    seen.length = 0;
    expect((await monetizeNow.accounts.list({ currentPage: 1 }).toArray()).map((a) => a.id)).toEqual(['acct_1', 'acct_2']);
    expect(seen.map((r) => r.query['currentPage'])).toEqual(['1', '2', '3']);
  });

  it('refuses a server stuck on one page, whichever page it is', async () => {
    // Asked for page 0, it answers page 1 (taken as it says); asked for page 2, page 1 again.
    const { seen, monetizeNow } = wireClient(server, () => ({ json: page([account(1)], 1, 5, 1) }));
    const error = await monetizeNow.accounts.list({ pageSize: 1 }).toArray().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/page 2 was requested but the server answered page 1/);
    expect(seen.map((r) => r.query['currentPage'])).toEqual(['0', '2']);
  });

  it('sends per-call options with every page', async () => {
    const { seen, monetizeNow } = wireClient(server, ({ query }) => {
      const current = Number(query['currentPage']);
      return { json: page([account(current)], current, 2, 1) };
    });
    await monetizeNow.accounts.list({ pageSize: 1 }, { headers: { 'x-trace-id': 'trace-3' } }).toArray();
    expect(seen.map((r) => r.headers.get('x-trace-id'))).toEqual(['trace-3', 'trace-3']);
  });
});

describe('usage events', () => {
  const query = { subscriptionId: 'subs_1', startTime: '2024-01-01T00:00:00Z', endTime: '2024-02-01T00:00:00Z' };
  const event = (n: number) => ({ id: `evt_${n}`, subscriptionId: 'subs_1', unitsConsumed: n, timestamp: '2024-01-02T00:00:00Z' });

  it('resume from a token the caller kept, and follow the tokens from there', async () => {
    const next: Record<string, string | undefined> = { t1: 't2', t2: undefined };
    const { seen, monetizeNow } = wireClient(server, ({ query: q }) => {
      const token = q['nextPageToken'] as string;
      return { json: { content: [event(Number(token.slice(1)))], pageable: { nextPageToken: next[token] } } };
    });
    const events = await monetizeNow.usage.listEvents({ ...query, nextPageToken: 't1' }).toArray();
    expect(events.map((e) => e.id)).toEqual(['evt_1', 'evt_2']);
    expect(seen.map((r) => r.query['nextPageToken'])).toEqual(['t1', 't2']);
  });

  it('a page without content or pageable ends the list with no items', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: {} }));
    expect(await monetizeNow.usage.listEvents(query).toArray()).toEqual([]);
    expect(seen).toHaveLength(1);
  });
});
