// Pagination always ends: a repeated cursor, endless empty pages, a page number
// that does not advance, or an offset the server ignores stop with an error
// naming the operation instead of fetching pages forever.
import { describe, expect, it } from 'vitest';
import { APIPromise, PaginationError, cursorPagination, offsetPagination, pageNumberPagination } from '../src/index.js';

const page = <T>(value: T) => new APIPromise(Promise.resolve({ data: value, response: new Response(), requestId: undefined }));

describe('cursor pagination', () => {
  it('a server repeating next_pagination_token stops with a PaginationError naming the operation', async () => {
    let fetched = 0;
    const list = cursorPagination({
      operation: 'GET /payables',
      fetchPage: () => {
        fetched++;
        return page({ data: [fetched], next: 'same-token' });
      },
      items: (p) => p.data,
      nextCursor: (p) => p.next,
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of list) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).operation).toBe('GET /payables');
    expect((error as Error).message).toMatch(/GET \/payables.*"same-token" a second time/);
    expect(fetched).toBe(2);
    expect(seen).toEqual([1, 2]);
  });

  it('a cycle of two cursors is caught too', async () => {
    let n = 0;
    const list = cursorPagination({
      fetchPage: () => page({ data: [++n], next: n % 2 ? 'a' : 'b' }),
      items: (p) => p.data,
      nextCursor: (p) => p.next,
    });
    await expect(list.toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(n).toBe(3);
  });

  it('empty pages with ever new cursors stop after 10 in a row', async () => {
    let n = 0;
    const list = cursorPagination({
      operation: 'GET /comments',
      fetchPage: () => page({ data: [] as number[], next: `t${++n}` }),
      items: (p) => p.data,
      nextCursor: (p) => p.next,
    });
    await expect(list.toArray()).rejects.toThrow(/GET \/comments: the server returned 10 empty pages in a row/);
    expect(n).toBe(10);
  });

  it('distinct cursors are followed to the end, and iterating twice walks the list twice', async () => {
    const pages: Record<string, { data: number[]; next?: string }> = { start: { data: [1], next: 'b' }, b: { data: [], next: 'c' }, c: { data: [2] } };
    const list = cursorPagination({ fetchPage: (c) => page(pages[c ?? 'start']!), items: (p) => p.data, nextCursor: (p) => p.next });
    expect(await list.toArray()).toEqual([1, 2]);
    expect(await list.toArray()).toEqual([1, 2]);
  });
});

describe('page-number pagination', () => {
  it('a server answering page 1 to every request stops instead of looping', async () => {
    let fetched = 0;
    const list = pageNumberPagination({
      operation: 'GET /api/accounts',
      fetchPage: () => {
        fetched++;
        return page({ content: [fetched], number: 1, totalPages: 5 });
      },
      items: (p) => p.content,
      currentPage: (p) => p.number,
      totalPages: (p) => p.totalPages,
    });
    await expect(list.toArray()).rejects.toThrow(/GET \/api\/accounts: page 2 was requested but the server answered page 1/);
    expect(fetched).toBe(2);
  });

  it('0-based pages end at totalPages - 1', async () => {
    const asked: number[] = [];
    const list = pageNumberPagination({
      firstPage: 0,
      fetchPage: (n) => {
        asked.push(n);
        return page({ content: [n], number: n, totalPages: 3 });
      },
      items: (p) => p.content,
      currentPage: (p) => p.number,
      totalPages: (p) => p.totalPages,
    });
    expect(await list.toArray()).toEqual([0, 1, 2]);
    expect(asked).toEqual([0, 1, 2]);
  });
});

describe('offset pagination', () => {
  it('a server that ignores the offset (the same full page each time) stops after the second page', async () => {
    const offsets: number[] = [];
    const list = offsetPagination({
      operation: 'GET /entities',
      limit: 2,
      fetchPage: (offset) => {
        offsets.push(offset);
        return page({ data: [{ id: 'a' }, { id: 'b' }] });
      },
      items: (p) => p.data,
    });
    await expect(list.toArray()).rejects.toThrow(/GET \/entities: the page at offset 2 repeats the page at offset 0/);
    expect(offsets).toEqual([0, 2]);
  });

  it('real progress is followed to the short last page', async () => {
    const all = [1, 2, 3, 4, 5];
    const list = offsetPagination({ limit: 2, fetchPage: (offset) => page({ data: all.slice(offset, offset + 2) }), items: (p) => p.data });
    expect(await list.toArray()).toEqual(all);
  });
});
