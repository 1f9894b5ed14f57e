import { APIPromise, type CallResult } from '../client/api-promise.js';
import { PaginationError } from '../errors/pagination-error.js';

/** Empty pages in a row, each with a new cursor, after which a list is taken to make no progress. */
const MAX_EMPTY_PAGES = 10;

/** How to walk one paginated endpoint. */
export interface PageWalker<TPage, TItem> {
  /** The items of one page. */
  items(page: TPage): readonly TItem[];
  /** The request for the page after `page`, or `undefined` when `page` is the last. */
  next(page: TPage): APIPromise<TPage> | undefined;
}

/**
 * A list call. `await` it for the first page; `for await` over it for every
 * item across pages; `pages()` for page by page; `toArray({limit})` to
 * collect. The first page is requested at once (like any call); each further
 * page only when the iteration reaches it.
 */
export class PagePromise<TPage, TItem> extends APIPromise<TPage> implements AsyncIterable<TItem> {
  readonly #first: APIPromise<TPage>;
  readonly #walker: PageWalker<TPage, TItem>;

  constructor(first: APIPromise<TPage>, walker: PageWalker<TPage, TItem>) {
    // Iterating uses `first` directly; this copy must not report an unhandled rejection when only iteration is used.
    super(handled(first.withResponse() as Promise<CallResult<TPage>>));
    this.#first = first;
    this.#walker = walker;
  }

  /** Every page, starting with the first, fetched one at a time as you iterate. */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    let request: APIPromise<TPage> | undefined = this.#first;
    while (request) {
      const page: TPage = await request;
      yield page;
      request = this.#walker.next(page);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.pages()) yield* this.#walker.items(page);
  }

  /** Collects items across pages; stops requesting pages once `limit` items are in hand. */
  async toArray(options: { limit?: number } = {}): Promise<TItem[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const out: TItem[] = [];
    if (limit <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/**
 * Pagination by an opaque cursor token returned with each page. A server that
 * hands back a cursor it already gave (or only empty pages) would make
 * `for await` request pages forever: that stops with a {@link PaginationError}.
 */
export function cursorPagination<TPage, TItem>(options: {
  fetchPage: (cursor: string | undefined) => APIPromise<TPage>;
  items: (page: TPage) => readonly TItem[];
  nextCursor: (page: TPage) => string | null | undefined;
  /** The list operation, named in errors. */
  operation?: string;
}): PagePromise<TPage, TItem> {
  // Cursors seen by the walk that reached each page; one walk per `for await`, so iterating twice works.
  const history = new WeakMap<object, { seen: Set<string>; empty: number }>();
  const fetchWith = (cursor: string | undefined, state: { seen: Set<string>; empty: number }): APIPromise<TPage> => {
    const request = options.fetchPage(cursor);
    request.then(
      (page) => {
        if (typeof page === 'object' && page !== null) history.set(page, state);
      },
      () => undefined,
    );
    return request;
  };
  return new PagePromise(fetchWith(undefined, { seen: new Set(), empty: 0 }), {
    items: options.items,
    next(page) {
      const cursor = options.nextCursor(page);
      if (!cursor) return undefined;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakMap.get of a primitive is undefined too; the guard only satisfies the types
      const previous = (typeof page === 'object' && page !== null ? history.get(page) : undefined) ?? { seen: new Set<string>(), empty: 0 };
      if (previous.seen.has(cursor)) {
        throw new PaginationError(
          `${options.operation ?? 'The list'}: the server returned the page cursor ${JSON.stringify(cursor.slice(0, 64))} a second time; stopping instead of fetching the same pages forever.`,
          options.operation,
        );
      }
      const empty = options.items(page).length === 0 ? previous.empty + 1 : 0;
      if (empty >= MAX_EMPTY_PAGES) {
        throw new PaginationError(
          `${options.operation ?? 'The list'}: the server returned ${empty} empty pages in a row, each with a new cursor; stopping.`,
          options.operation,
        );
      }
      return fetchWith(cursor, { seen: new Set(previous.seen).add(cursor), empty });
    },
  });
}

/** Pagination by page number, ending at the total page count the server reports (or an empty page). */
export function pageNumberPagination<TPage, TItem>(options: {
  fetchPage: (page: number) => APIPromise<TPage>;
  items: (page: TPage) => readonly TItem[];
  /** The number of the page just received. */
  currentPage: (page: TPage) => number;
  /** The total page count, when the server reports it. */
  totalPages: (page: TPage) => number | null | undefined;
  firstPage?: number;
  /** The list operation, named in errors. */
  operation?: string;
}): PagePromise<TPage, TItem> {
  const firstPage = options.firstPage ?? 1;
  // The page number each page was requested as; a server answering another number makes no progress.
  const requested = new WeakMap<object, number>();
  const fetchNumber = (number: number): APIPromise<TPage> => {
    const request = options.fetchPage(number);
    request.then(
      (page) => {
        if (typeof page === 'object' && page !== null) requested.set(page, number);
      },
      () => undefined,
    );
    return request;
  };
  return new PagePromise(fetchNumber(firstPage), {
    items: options.items,
    next(page) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakMap.get of a primitive is undefined too; the guard only satisfies the types
      const asked = (typeof page === 'object' && page !== null ? requested.get(page) : undefined) ?? firstPage;
      const reported = options.currentPage(page);
      const current = Number.isFinite(reported) ? reported : asked;
      if (current < asked) {
        throw new PaginationError(
          `${options.operation ?? 'The list'}: page ${asked} was requested but the server answered page ${current}; stopping instead of fetching the same pages forever.`,
          options.operation,
        );
      }
      const total = options.totalPages(page);
      // Total counts pages from 1; a 0-based API (firstPage 0) has its last page at total - 1.
      const last = total == null ? undefined : total - (firstPage === 0 ? 1 : 0);
      const more = last == null ? options.items(page).length > 0 : current < last;
      return more ? fetchNumber(current + 1) : undefined;
    },
  });
}

/** Pagination by limit and offset; a short page is the last. */
export function offsetPagination<TPage, TItem>(options: {
  fetchPage: (offset: number) => APIPromise<TPage>;
  items: (page: TPage) => readonly TItem[];
  limit: number;
  firstOffset?: number;
  /** The list operation, named in errors. */
  operation?: string;
}): PagePromise<TPage, TItem> {
  // Each page remembers its own offset, so iterating the same list twice walks the same pages.
  const offsets = new WeakMap<object, number>();
  const fetchAt = (offset: number): APIPromise<TPage> => {
    const request = options.fetchPage(offset);
    request.then(
      (page) => {
        if (typeof page === 'object' && page !== null) offsets.set(page, offset);
      },
      () => undefined,
    );
    return request;
  };
  const firstOffset = options.firstOffset ?? 0;
  // The items of the pages walked so far by offset, to notice a server that ignores the offset.
  const previousPages = new Map<number, readonly TItem[]>();
  return new PagePromise(fetchAt(firstOffset), {
    items: options.items,
    next(page) {
      const items = options.items(page);
      const count = items.length;
      if (count < options.limit || count === 0) return undefined;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakMap.get of a primitive is undefined too; the guard only satisfies the types
      const offset = (typeof page === 'object' && page !== null ? offsets.get(page) : undefined) ?? firstOffset;
      const previous = previousPages.get(offset - count);
      // A server that ignores the offset answers the same full page for ever.
      if (previous !== undefined && samePage(previous, items)) {
        throw new PaginationError(
          `${options.operation ?? 'The list'}: the page at offset ${offset} repeats the page at offset ${offset - count}; the server ignores the offset, so iteration stops.`,
          options.operation,
        );
      }
      previousPages.set(offset, items);
      // Stryker disable next-line ArithmeticOperator,CallExpression: only memory notices which stale entry is dropped; lookups read offset - count alone
      previousPages.delete(offset - count);
      return fetchAt(offset + count);
    },
  });
}

/** Two pages are the same when their first and last items serialise alike (cheap; items have ids). */
function samePage(a: readonly unknown[], b: readonly unknown[]): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: next() only compares full pages of one size (defensive)
  if (a.length !== b.length || a.length === 0) return false;
  return JSON.stringify(a[0]) === JSON.stringify(b[0]) && JSON.stringify(a[a.length - 1]) === JSON.stringify(b[b.length - 1]);
}

function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
