import { APIPromise, type CallResult } from '../client/api-promise.js';

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

/** Pagination by an opaque cursor token returned with each page. */
export function cursorPagination<TPage, TItem>(options: {
  fetchPage: (cursor: string | undefined) => APIPromise<TPage>;
  items: (page: TPage) => readonly TItem[];
  nextCursor: (page: TPage) => string | null | undefined;
}): PagePromise<TPage, TItem> {
  return new PagePromise(options.fetchPage(undefined), {
    items: options.items,
    next(page) {
      const cursor = options.nextCursor(page);
      return cursor ? options.fetchPage(cursor) : undefined;
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
}): PagePromise<TPage, TItem> {
  return new PagePromise(options.fetchPage(options.firstPage ?? 1), {
    items: options.items,
    next(page) {
      const current = options.currentPage(page);
      const total = options.totalPages(page);
      const more = total == null ? options.items(page).length > 0 : current < total;
      return more ? options.fetchPage(current + 1) : undefined;
    },
  });
}

/** Pagination by limit and offset; a short page is the last. */
export function offsetPagination<TPage, TItem>(options: {
  fetchPage: (offset: number) => APIPromise<TPage>;
  items: (page: TPage) => readonly TItem[];
  limit: number;
  firstOffset?: number;
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
  return new PagePromise(fetchAt(firstOffset), {
    items: options.items,
    next(page) {
      const count = options.items(page).length;
      if (count < options.limit || count === 0) return undefined;
      const offset = (typeof page === 'object' && page !== null ? offsets.get(page) : undefined) ?? firstOffset;
      return fetchAt(offset + count);
    },
  });
}

function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
