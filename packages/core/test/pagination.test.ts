import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { InternalServerError, cursorPagination, offsetPagination, pageNumberPagination, type HttpClient } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

interface CursorPage {
  data: number[];
  next: string | null;
}

const CURSOR_PAGES: Record<string, CursorPage> = {
  start: { data: [1, 2], next: 'c2' },
  c2: { data: [3, 4], next: 'c3' },
  c3: { data: [5], next: null },
};

function cursorSetup() {
  const client = makeClient();
  const requested: string[] = [];
  server.use(
    http.get(`${client.options.baseUrl}/items`, ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor') ?? 'start';
      requested.push(cursor);
      return HttpResponse.json(CURSOR_PAGES[cursor], { headers: { 'x-request-id': `req-${cursor}` } });
    }),
  );
  const list = () =>
    cursorPagination<CursorPage, number>({
      fetchPage: (cursor) => client.request<CursorPage>({ method: 'GET', path: '/items', query: { cursor } }),
      items: (page) => page.data,
      nextCursor: (page) => page.next,
    });
  return { client, requested, list };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('cursorPagination', () => {
  it('for await yields every item across 3 pages, in order', async () => {
    const { list, requested } = cursorSetup();
    const items: number[] = [];
    for await (const item of list()) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(requested).toEqual(['start', 'c2', 'c3']);
  });

  it('fetches pages lazily: one request for the first item', async () => {
    const { list, requested } = cursorSetup();
    for await (const item of list()) {
      expect(item).toBe(1);
      break;
    }
    await tick();
    expect(requested).toEqual(['start']);
  });

  it('breaking early stops requesting pages', async () => {
    const { list, requested } = cursorSetup();
    const seen: number[] = [];
    for await (const item of list()) {
      seen.push(item);
      if (item === 3) break;
    }
    await tick();
    expect(seen).toEqual([1, 2, 3]);
    expect(requested).toEqual(['start', 'c2']);
  });

  it('pages() yields whole pages', async () => {
    const { list, requested } = cursorSetup();
    const pages: CursorPage[] = [];
    for await (const page of list().pages()) pages.push(page);
    expect(pages.map((p) => p.data)).toEqual([[1, 2], [3, 4], [5]]);
    expect(requested).toHaveLength(3);
  });

  it('toArray({limit: 3}) requests only the pages needed', async () => {
    const { list, requested } = cursorSetup();
    await expect(list().toArray({ limit: 3 })).resolves.toEqual([1, 2, 3]);
    await tick();
    expect(requested).toEqual(['start', 'c2']);
  });

  it('toArray() collects everything; limit 0 returns nothing', async () => {
    const { list } = cursorSetup();
    await expect(list().toArray()).resolves.toEqual([1, 2, 3, 4, 5]);
    const empty = list();
    await expect(empty.toArray({ limit: 0 })).resolves.toEqual([]);
    await empty; // the first page is requested when the list is created
  });

  it('awaiting the PagePromise gives the first page; withResponse() works on it', async () => {
    const { list, requested } = cursorSetup();
    const promise = list();
    await expect(promise).resolves.toEqual(CURSOR_PAGES['start']);
    const { data, response, requestId } = await promise.withResponse();
    expect(data).toEqual(CURSOR_PAGES['start']);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req-start');
    expect(requested).toEqual(['start']);
  });

  it('a failing page rejects the iteration with the typed error (and nothing else goes unhandled)', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/items`, () => HttpResponse.json({ error: { message: 'boom' } }, { status: 500 })));
    const list = cursorPagination<CursorPage, number>({
      fetchPage: (cursor) => client.request<CursorPage>({ method: 'GET', path: '/items', query: { cursor } }),
      items: (page) => page.data,
      nextCursor: (page) => page.next,
    });
    await expect(list.toArray()).rejects.toBeInstanceOf(InternalServerError);
    await tick();
  });
});

function pageNumberSetup(totalPages: number | null, perPage: number[]) {
  const client = makeClient();
  const requested: number[] = [];
  server.use(
    http.get(`${client.options.baseUrl}/numbered`, ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      requested.push(page);
      const count = perPage[page - 1] ?? 0;
      return HttpResponse.json({ items: Array.from({ length: count }, (_, i) => `p${page}-${i}`), page, total_pages: totalPages });
    }),
  );
  type Page = { items: string[]; page: number; total_pages: number | null };
  const list = pageNumberPagination<Page, string>({
    fetchPage: (page) => client.request<Page>({ method: 'GET', path: '/numbered', query: { page } }),
    items: (page) => page.items,
    currentPage: (page) => page.page,
    totalPages: (page) => page.total_pages,
  });
  return { list, requested };
}

describe('pageNumberPagination', () => {
  it('stops at the total page count', async () => {
    const { list, requested } = pageNumberSetup(3, [2, 2, 2, 2]);
    await expect(list.toArray()).resolves.toEqual(['p1-0', 'p1-1', 'p2-0', 'p2-1', 'p3-0', 'p3-1']);
    expect(requested).toEqual([1, 2, 3]);
  });

  it('without a total, stops at an empty page', async () => {
    const { list, requested } = pageNumberSetup(null, [1, 1]);
    await expect(list.toArray()).resolves.toEqual(['p1-0', 'p2-0']);
    expect(requested).toEqual([1, 2, 3]);
  });
});

function offsetSetup(total: number, limit = 2) {
  const client: HttpClient = makeClient();
  const requested: number[] = [];
  server.use(
    http.get(`${client.options.baseUrl}/offset`, ({ request }) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'));
      requested.push(offset);
      const end = Math.min(offset + limit, total);
      return HttpResponse.json({ rows: Array.from({ length: Math.max(0, end - offset) }, (_, i) => offset + i) });
    }),
  );
  const list = offsetPagination<{ rows: number[] }, number>({
    fetchPage: (offset) => client.request({ method: 'GET', path: '/offset', query: { offset, limit } }),
    items: (page) => page.rows,
    limit,
  });
  return { list, requested };
}

describe('offsetPagination', () => {
  it('stops on a short page', async () => {
    const { list, requested } = offsetSetup(5);
    await expect(list.toArray()).resolves.toEqual([0, 1, 2, 3, 4]);
    expect(requested).toEqual([0, 2, 4]);
  });

  it('stops on an empty page when the total is a multiple of the limit', async () => {
    const { list, requested } = offsetSetup(4);
    await expect(list.toArray()).resolves.toEqual([0, 1, 2, 3]);
    expect(requested).toEqual([0, 2, 4]);
  });

  it('iterating the same list twice yields the same items', async () => {
    const { list, requested } = offsetSetup(5);
    await expect(list.toArray()).resolves.toEqual([0, 1, 2, 3, 4]);
    await expect(list.toArray()).resolves.toEqual([0, 1, 2, 3, 4]);
    expect(requested).toEqual([0, 2, 4, 2, 4]);
  });
});
