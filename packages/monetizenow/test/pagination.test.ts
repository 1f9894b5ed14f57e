// Both list styles through @x/core's iterators: page numbers (0-based currentPage, last page totalPages - 1)
// and the usage events' nextPageToken.
import { describe, expect, it } from 'vitest';
import { PaginationError } from '../src/index.js';
import { page, useWireServer, wireClient } from './helpers/billing-wire.js';

const server = useWireServer();
const account = (n: number) => ({ id: `acct_${n}`, accountName: `Account ${n}`, status: 'ACTIVE' });

describe('page-number lists', () => {
  const threePages = () =>
    wireClient(server, ({ query }) => {
      const current = Number(query['currentPage']);
      return { json: page([account(current * 2), account(current * 2 + 1)], current, 3, 2) };
    });

  it('awaits the first page (currentPage 0) and iterates every item with for await, ending at totalPages - 1', async () => {
    const { seen, monetizeNow } = threePages();
    const first = await monetizeNow.accounts.list({ pageSize: 2, status: 'ACTIVE' });
    expect(first.content?.map((a) => a.id)).toEqual(['acct_0', 'acct_1']);
    const ids: string[] = [];
    for await (const a of monetizeNow.accounts.list({ pageSize: 2, status: 'ACTIVE' })) ids.push(a.id!);
    expect(ids).toEqual(['acct_0', 'acct_1', 'acct_2', 'acct_3', 'acct_4', 'acct_5']);
    const walked = seen.slice(1);
    expect(walked.map((r) => r.query['currentPage'])).toEqual(['0', '1', '2']);
    expect(walked.every((r) => r.path === '/api/accounts' && r.query['pageSize'] === '2' && r.query['status'] === 'ACTIVE')).toBe(true);
  });

  it('walks page by page with pages() and stops fetching at toArray({limit})', async () => {
    const { seen, monetizeNow } = threePages();
    const pages = [];
    for await (const p of monetizeNow.accounts.list({ pageSize: 2 }).pages()) pages.push(p.pageable?.pageNumber);
    expect(pages).toEqual([0, 1, 2]);
    seen.length = 0;
    expect((await monetizeNow.accounts.list({ pageSize: 2 }).toArray({ limit: 3 })).map((a) => a.id)).toEqual(['acct_0', 'acct_1', 'acct_2']);
    expect(seen).toHaveLength(2);
  });

  it('starts at the currentPage the caller gives', async () => {
    const { seen, monetizeNow } = threePages();
    const ids = (await monetizeNow.accounts.list({ currentPage: 1, pageSize: 2 }).toArray()).map((a) => a.id);
    expect(ids).toEqual(['acct_2', 'acct_3', 'acct_4', 'acct_5']);
    expect(seen.map((r) => r.query['currentPage'])).toEqual(['1', '2']);
  });

  it('ends on a single empty page', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: page([], 0, 0) }));
    expect(await monetizeNow.invoices.listForBillGroup('acct_1', 'billg_1').toArray()).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('refuses a server that answers an earlier page than asked, naming the operation', async () => {
    const { monetizeNow } = wireClient(server, () => ({ json: page([account(0)], 0, 5, 1) }));
    const error = await monetizeNow.contacts.list().toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/GET \/api\/contacts.*page 1 was requested but the server answered page 0/);
  });
});

describe('usage events: nextPageToken', () => {
  const query = { subscriptionId: 'subs_1', startTime: '2024-01-01T00:00:00Z', endTime: '2024-02-01T00:00:00+0000', pageSize: 5 };
  const event = (n: number) => ({ id: `evt_${n}`, subscriptionId: 'subs_1', unitsConsumed: n, timestamp: '2024-01-02T00:00:00.000+0000' });

  it('follows the token, repeating the filters, until no token comes back', async () => {
    const tokens: Record<string, string | undefined> = { '': 't1', t1: 't2', t2: undefined };
    const { seen, monetizeNow } = wireClient(server, ({ query: q }) => {
      const token = (q['nextPageToken'] as string | undefined) ?? '';
      const n = Object.keys(tokens).indexOf(token);
      return { json: { content: [event(n)], totalElements: 3, totalPages: 3, pageable: { pageSize: 5, nextPageToken: tokens[token] } } };
    });
    const events = await monetizeNow.usage.listEvents(query).toArray();
    expect(events.map((e) => e.id)).toEqual(['evt_0', 'evt_1', 'evt_2']);
    expect(seen.map((r) => r.query['nextPageToken'])).toEqual([undefined, 't1', 't2']);
    for (const r of seen) expect(r).toMatchObject({ path: '/usage/events', query: { subscriptionId: 'subs_1', pageSize: '5', startTime: query.startTime, endTime: query.endTime } });
  });

  it('stops with a PaginationError when a token comes back twice', async () => {
    const { monetizeNow } = wireClient(server, () => ({ json: { content: [event(1)], pageable: { nextPageToken: 'same' } } }));
    await expect(monetizeNow.usage.listEvents(query).toArray()).rejects.toThrow(PaginationError);
  });
});
