import { validationError, moniteError } from './errors.js';

/** Monite's cursor page: `{data, next_pagination_token, prev_pagination_token}`. */
export interface CursorPage<T> {
  data: T[];
  next_pagination_token: string | null;
  prev_pagination_token: string | null;
}

interface Cursor {
  /** Offset of the page this token points to. */
  o: number;
  /** The query of the first request (Monite: "all other query parameters are ignored and inferred from the initial query"). */
  q: string;
}

export interface ListSpec<T> {
  /** Sort fields the endpoint accepts (its `*CursorFields` enum). */
  sortFields: readonly (keyof T & string)[];
  /** Filters: query name → predicate over an item and the query value(s). */
  filters?: Record<string, (item: T, values: string[]) => boolean>;
}

const encode = (cursor: Cursor) => btoa(JSON.stringify(cursor)).replace(/=+$/, '');

function decode(token: string): Cursor {
  try {
    const cursor = JSON.parse(atob(token)) as Cursor;
    if (typeof cursor.o === 'number' && typeof cursor.q === 'string') return cursor;
  } catch {
    // fall through
  }
  throw moniteError(400, 'The pagination token is invalid.', { note: 'bad pagination_token' });
}

/**
 * One page of `items` the way Monite's list endpoints page: `limit` 1–100 (default 100; outside → 416),
 * `sort` + `order`, filters, and opaque tokens that carry the first query.
 * (https://docs.monite.com/api/concepts/pagination-sorting-filtering)
 */
export function cursorPage<T>(items: readonly T[], url: URL, spec: ListSpec<T>): CursorPage<T> {
  const token = url.searchParams.get('pagination_token');
  const cursor = token ? decode(token) : { o: 0, q: url.searchParams.toString() };
  const query = new URLSearchParams(cursor.q);
  const limit = Number(query.get('limit') ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw moniteError(416, `limit must be between 1 and 100, got ${query.get('limit')}.`, { note: 'limit out of range' });
  }
  const sort = query.get('sort');
  if (sort !== null && !(spec.sortFields as readonly string[]).includes(sort)) {
    throw validationError([{ loc: ['query', 'sort'], msg: `Input should be ${spec.sortFields.map((f) => `'${f}'`).join(' or ')}`, type: 'enum' }]);
  }
  const order = query.get('order') ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw validationError([{ loc: ['query', 'order'], msg: "Input should be 'asc' or 'desc'", type: 'enum' }]);

  let selected = items.filter((item) =>
    Object.entries(spec.filters ?? {}).every(([name, test]) => (query.has(name) ? test(item, query.getAll(name)) : true)),
  );
  if (sort) {
    const key = sort as keyof T;
    selected = [...selected].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  }
  if (order === 'desc') selected = [...selected].reverse();

  const data = selected.slice(cursor.o, cursor.o + limit);
  const next = cursor.o + limit < selected.length ? encode({ o: cursor.o + limit, q: cursor.q }) : null;
  const prev = cursor.o > 0 ? encode({ o: Math.max(0, cursor.o - limit), q: cursor.q }) : null;
  return { data, next_pagination_token: next, prev_pagination_token: prev };
}
