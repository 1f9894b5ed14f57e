// Edges of the three pagination styles: where a walk stops, what it requests,
// and what its errors say.
import { describe, expect, it } from 'vitest';
import { APIPromise, PaginationError, cursorPagination, offsetPagination, pageNumberPagination } from '../src/index.js';

const page = <T>(value: T) => new APIPromise(Promise.resolve({ data: value, response: new Response(), requestId: undefined }));

async function errorOf(promise: Promise<unknown>): Promise<PaginationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PaginationError);
  return error as PaginationError;
}

describe('toArray limits', () => {
  const numbers = (asked: (string | undefined)[]) =>
    cursorPagination({
      fetchPage: (cursor) => {
        asked.push(cursor);
        const n = cursor === undefined ? 0 : Number(cursor);
        return page({ data: [n * 2 + 1, n * 2 + 2], next: n < 4 ? String(n + 1) : null });
      },
      items: (p) => p.data,
      nextCursor: (p) => p.next,
    });

  it('limit: 0 returns nothing and requests no page beyond the first', async () => {
    const asked: (string | undefined)[] = [];
    expect(await numbers(asked).toArray({ limit: 0 })).toEqual([]);
    expect(asked).toEqual([undefined]);
  });

  it('a limit inside the second page stops there: exactly limit items, no third page', async () => {
    const asked: (string | undefined)[] = [];
    expect(await numbers(asked).toArray({ limit: 3 })).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, '1']);
  });

  it('a limit at a page boundary does not request the next page', async () => {
    const asked: (string | undefined)[] = [];
    expect(await numbers(asked).toArray({ limit: 2 })).toEqual([1, 2]);
    expect(asked).toEqual([undefined]);
  });

  it('a limit beyond the list returns the whole list', async () => {
    expect(await numbers([]).toArray({ limit: 100 })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('cursor pagination', () => {
  it('an empty-string cursor ends the list like null', async () => {
    const list = cursorPagination({ fetchPage: () => page({ data: [1], next: '' }), items: (p) => p.data, nextCursor: (p) => p.next });
    expect(await list.toArray()).toEqual([1]);
  });

  it('empty pages count only in a row: a page with items resets the count', async () => {
    let n = 0;
    const list = cursorPagination({
      fetchPage: () => {
        n++;
        // 9 empty pages, one with an item, 9 empty pages, then the end.
        const empty = n !== 10 && n < 20;
        return page({ data: empty ? [] : [n], next: n < 20 ? `c${n}` : null });
      },
      items: (p) => p.data,
      nextCursor: (p) => p.next,
    });
    expect(await list.toArray()).toEqual([10, 20]);
  });

  it('the tenth empty page in a row stops, naming the count; without an operation the message says "The list"', async () => {
    let n = 0;
    const list = cursorPagination({ fetchPage: () => page({ data: [], next: `c${++n}` }), items: (p) => p.data, nextCursor: (p) => p.next });
    const error = await errorOf(list.toArray());
    expect(error.message).toBe('The list: the server returned 10 empty pages in a row, each with a new cursor; stopping.');
    expect(error.operation).toBeUndefined();
    expect(n).toBe(10);
  });

  it('a repeated cursor is quoted, cut to 64 characters', async () => {
    const long = 'x'.repeat(100);
    const list = cursorPagination({ fetchPage: () => page({ data: [1], next: long }), items: (p) => p.data, nextCursor: (p) => p.next });
    const error = await errorOf(list.toArray());
    expect(error.message).toBe(
      `The list: the server returned the page cursor "${'x'.repeat(64)}" a second time; stopping instead of fetching the same pages forever.`,
    );
  });

  it('pages that are not objects (e.g. bare arrays of strings) still paginate', async () => {
    const pages: Record<string, string[]> = { start: ['a', 'b'], b: ['c'] };
    const list = cursorPagination<string[], string>({
      fetchPage: (cursor) => page(pages[cursor ?? 'start']!),
      items: (p) => p,
      nextCursor: (p) => (p.length === 2 ? p[1] : null),
    });
    expect(await list.toArray()).toEqual(['a', 'b', 'c']);
  });
});

describe('page-number pagination', () => {
  it('without a current-page number in the response, the requested number is used', async () => {
    const asked: number[] = [];
    const list = pageNumberPagination({
      fetchPage: (n) => {
        asked.push(n);
        return page({ items: [n], total: 3 });
      },
      items: (p) => p.items,
      currentPage: () => Number.NaN,
      totalPages: (p) => p.total,
    });
    expect(await list.toArray()).toEqual([1, 2, 3]);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('a server that goes back a page stops with a message naming both numbers', async () => {
    const list = pageNumberPagination({
      operation: 'GET /customers',
      fetchPage: (n) => page({ items: [n], number: n === 3 ? 2 : n, total: 5 }),
      items: (p) => p.items,
      currentPage: (p) => p.number,
      totalPages: (p) => p.total,
    });
    const error = await errorOf(list.toArray());
    expect(error.message).toBe('GET /customers: page 3 was requested but the server answered page 2; stopping instead of fetching the same pages forever.');
    expect(error.operation).toBe('GET /customers');
  });

  it('a server answering a later page than asked continues from the page it answered', async () => {
    const asked: number[] = [];
    const list = pageNumberPagination({
      fetchPage: (n) => {
        asked.push(n);
        return page({ items: [n], number: n === 2 ? 3 : n, total: 4 });
      },
      items: (p) => p.items,
      currentPage: (p) => p.number,
      totalPages: (p) => p.total,
    });
    await list.toArray();
    expect(asked).toEqual([1, 2, 4]);
  });

  it('a total of one page requests one page, even when it is full', async () => {
    const asked: number[] = [];
    const list = pageNumberPagination({
      fetchPage: (n) => {
        asked.push(n);
        return page({ items: [1, 2], number: n, total: 1 });
      },
      items: (p) => p.items,
      currentPage: (p) => p.number,
      totalPages: (p) => p.total,
    });
    expect(await list.toArray()).toEqual([1, 2]);
    expect(asked).toEqual([1]);
  });

  it('firstPage is where the walk starts', async () => {
    const asked: number[] = [];
    const list = pageNumberPagination({
      firstPage: 5,
      fetchPage: (n) => {
        asked.push(n);
        return page({ items: n < 7 ? [n] : [], number: n });
      },
      items: (p) => p.items,
      currentPage: (p) => p.number,
      totalPages: () => undefined,
    });
    expect(await list.toArray()).toEqual([5, 6]);
    expect(asked).toEqual([5, 6, 7]);
  });
});

describe('offset pagination', () => {
  it('limit 0 with a server returning nothing stops after the first page', async () => {
    let fetched = 0;
    const list = offsetPagination({ limit: 0, fetchPage: () => (fetched++, page({ data: [] as number[] })), items: (p) => p.data });
    expect(await list.toArray()).toEqual([]);
    expect(fetched).toBe(1);
  });

  it('firstOffset is where the walk starts, and each next offset adds the page size', async () => {
    const offsets: number[] = [];
    const all = [0, 1, 2, 3, 4, 5, 6, 7];
    const list = offsetPagination({
      firstOffset: 3,
      limit: 2,
      fetchPage: (offset) => {
        offsets.push(offset);
        return page({ data: all.slice(offset, offset + 2) });
      },
      items: (p) => p.data,
    });
    expect(await list.toArray()).toEqual([3, 4, 5, 6, 7]);
    expect(offsets).toEqual([3, 5, 7]);
  });

  it('a page with the same first and last items as the page before counts as a repeat (items carry ids)', async () => {
    const pages = [
      [{ id: 1 }, { id: 2 }, { id: 3 }],
      [{ id: 1 }, { id: 9 }, { id: 3 }],
      [{ id: 4 }],
    ];
    let i = 0;
    const list = offsetPagination({ limit: 3, fetchPage: () => page({ data: pages[i++]! }), items: (p) => p.data });
    await expect(list.toArray()).rejects.toBeInstanceOf(PaginationError);
  });

  it('a page whose last item differs is real progress', async () => {
    const pages = [
      [{ id: 1 }, { id: 2 }],
      [{ id: 1 }, { id: 3 }],
      [{ id: 4 }],
    ];
    let i = 0;
    const list = offsetPagination({ limit: 2, fetchPage: () => page({ data: pages[i++]! }), items: (p) => p.data });
    expect(await list.toArray()).toHaveLength(5);
  });

  it('a page whose first item differs is real progress', async () => {
    const pages = [
      [{ id: 1 }, { id: 2 }],
      [{ id: 3 }, { id: 2 }],
      [],
    ];
    let i = 0;
    const list = offsetPagination({ limit: 2, fetchPage: () => page({ data: pages[i++]! }), items: (p) => p.data });
    expect(await list.toArray()).toHaveLength(4);
  });

  it('the repeat message names the operation, or "The list"', async () => {
    const list = offsetPagination({ limit: 1, fetchPage: () => page({ data: [{ id: 1 }] }), items: (p) => p.data });
    expect((await errorOf(list.toArray())).message).toBe(
      'The list: the page at offset 1 repeats the page at offset 0; the server ignores the offset, so iteration stops.',
    );
  });

  it('iterating twice walks the same offsets twice, without taking the second walk for a repeat', async () => {
    const all = [1, 2, 3, 4, 5];
    const offsets: number[] = [];
    const list = offsetPagination({
      limit: 2,
      fetchPage: (offset) => {
        offsets.push(offset);
        return page({ data: all.slice(offset, offset + 2) });
      },
      items: (p) => p.data,
    });
    expect(await list.toArray()).toEqual(all);
    expect(await list.toArray()).toEqual(all);
    expect(offsets).toEqual([0, 2, 4, 2, 4]);
  });
});

describe('pages that are not objects', () => {
  it('pages that are plain text (e.g. CSV) paginate, and nothing is left unhandled (which would crash Node)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const texts: Record<string, string> = { start: 'a,b', '2': 'c' };
      const cursor = cursorPagination<string, string>({
        fetchPage: (c) => page(texts[c ?? 'start']!),
        items: (p) => p.split(','),
        nextCursor: (p) => (p === 'a,b' ? '2' : null),
      });
      expect(await cursor.toArray()).toEqual(['a', 'b', 'c']);
      const numbered = pageNumberPagination<string, string>({
        fetchPage: (n) => page(n === 1 ? 'x,y' : ''),
        items: (p) => (p ? p.split(',') : []),
        currentPage: () => Number.NaN,
        totalPages: () => undefined,
      });
      expect(await numbered.toArray()).toEqual(['x', 'y']);
      const offset = offsetPagination<string, string>({ limit: 2, fetchPage: () => page('only'), items: (p) => [p] });
      expect(await offset.toArray()).toEqual(['only']);
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a null page (a JSON null body) ends each kind of list, and nothing is left unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      type Page = { data: number[]; next?: string } | null;
      const items = (p: Page) => p?.data ?? [];
      expect(await cursorPagination<Page, number>({ fetchPage: () => page(null), items, nextCursor: (p) => p?.next }).toArray()).toEqual([]);
      expect(
        await pageNumberPagination<Page, number>({ fetchPage: () => page(null), items, currentPage: () => 1, totalPages: () => undefined }).toArray(),
      ).toEqual([]);
      expect(await offsetPagination<Page, number>({ limit: 2, fetchPage: () => page(null), items }).toArray()).toEqual([]);
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a page-number error without an operation names "The list"', async () => {
    const list = pageNumberPagination({
      fetchPage: (n) => page({ items: [n], number: 1, total: 5 }),
      items: (p) => p.items,
      currentPage: (p) => p.number,
      totalPages: (p) => p.total,
    });
    expect((await errorOf(list.toArray())).message).toMatch(/^The list: page 2 was requested but the server answered page 1/);
  });
});
