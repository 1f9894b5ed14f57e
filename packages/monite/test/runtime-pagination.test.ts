// How generated list operations page: offset lists start where asked with Monite's default page size, cursor
// lists repeat the first query with the token, and a page without `data` ends the list instead of crashing.
// Plus the per-call options the runner takes apart (entityId, moniteVersion) and operations sent without a token.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PaginationError } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A list page as Monite sends it; `data` may be missing from a malformed one. */
type Page = { data: { id: string }[] };
const offsetList: Operation<undefined, unknown, unknown, Page> = { id: 'get_payables', method: 'GET', path: '/accounting/payables', entityHeader: 'required', responseType: 'json', pagination: 'offset' };
const cursorList: Operation<undefined, unknown, unknown, Page> = { id: 'get_comments', method: 'GET', path: '/comments', entityHeader: 'required', responseType: 'json', pagination: 'cursor' };

/** An offset-paged list of `total` items, recording `limit@offset` of each request. */
function offsetServer(baseUrl: string, total: number) {
  const requests: string[] = [];
  server.use(
    http.get(`${baseUrl}/accounting/payables`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(`${query.get('limit')}@${query.get('offset')}`);
      const limit = Number(query.get('limit'));
      const offset = Number(query.get('offset'));
      const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => `p${offset + i}`);
      return HttpResponse.json({ data: ids.map((id) => ({ id })) });
    }),
  );
  return requests;
}

const client = (baseUrl: string) => new MoniteCore({ baseUrl, token: 'partner-token', maxRetries: 0 }).forEntity('ent-1');

describe('offset pagination', () => {
  it('without limit or offset: pages of 100 from offset 0', async () => {
    const baseUrl = sandboxUrl();
    const requests = offsetServer(baseUrl, 150);
    const ids: string[] = [];
    for await (const item of client(baseUrl).paginate<{ id: string }, Page>(offsetList, {})) ids.push(item.id);
    expect(ids).toHaveLength(150);
    expect(ids.at(-1)).toBe('p149');
    expect(requests).toEqual(['100@0', '100@100']);
  });

  it('starts at the given offset and keeps the other query parameters', async () => {
    const baseUrl = sandboxUrl();
    const seen: string[] = [];
    server.use(
      http.get(`${baseUrl}/accounting/payables`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        const offset = Number(url.searchParams.get('offset'));
        return HttpResponse.json({ data: offset < 9 ? [{ id: `p${offset}` }, { id: `p${offset + 1}` }] : [{ id: `p${offset}` }] });
      }),
    );
    const ids: string[] = [];
    for await (const item of client(baseUrl).paginate<{ id: string }, Page>(offsetList, { query: { status: 'paid', limit: 2, offset: 5 } })) ids.push(item.id);
    expect(ids).toEqual(['p5', 'p6', 'p7', 'p8', 'p9']);
    expect(seen).toEqual(['?status=paid&limit=2&offset=5', '?status=paid&limit=2&offset=7', '?status=paid&limit=2&offset=9']);
  });

  it('a server that ignores the offset stops the walk with an error naming the operation', async () => {
    const baseUrl = sandboxUrl();
    server.use(http.get(`${baseUrl}/accounting/payables`, () => HttpResponse.json({ data: [{ id: 'p0' }, { id: 'p1' }] })));
    const error = await client(baseUrl).paginate(offsetList, { query: { limit: 2 } }).toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/^GET \/accounting\/payables: the page at offset 2 repeats the page at offset 0/);
  });

  it('a page without data ends the list', async () => {
    const baseUrl = sandboxUrl();
    server.use(http.get(`${baseUrl}/accounting/payables`, () => HttpResponse.json({ total: 0 })));
    await expect(client(baseUrl).paginate(offsetList, {}).toArray()).resolves.toEqual([]);
  });
});

describe('cursor pagination', () => {
  it('the first page is sent with the query as given, later ones add pagination_token; a page without data ends the list', async () => {
    const baseUrl = sandboxUrl();
    const seen: string[] = [];
    server.use(
      http.get(`${baseUrl}/comments`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        return url.searchParams.get('pagination_token') === null
          ? HttpResponse.json({ data: [{ id: 'c1' }], next_pagination_token: 'tok-2' })
          : HttpResponse.json({ next_pagination_token: null });
      }),
    );
    const items = await client(baseUrl).paginate(cursorList, { query: { object_type: 'payable', object_id: 'x' } }).toArray();
    expect(items).toEqual([{ id: 'c1' }]);
    expect(seen).toEqual(['?object_type=payable&object_id=x', '?object_type=payable&object_id=x&pagination_token=tok-2']);
  });

  it('a server repeating the same token stops the walk with an error naming the operation', async () => {
    const baseUrl = sandboxUrl();
    server.use(http.get(`${baseUrl}/comments`, () => HttpResponse.json({ data: [{ id: 'c1' }], next_pagination_token: 'same' })));
    const error = await client(baseUrl).paginate(cursorList, {}).toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/^GET \/comments: /);
  });

  it('a list without query parameters pages with the token alone', async () => {
    const baseUrl = sandboxUrl();
    const seen: string[] = [];
    server.use(
      http.get(`${baseUrl}/comments`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        return HttpResponse.json(url.search === '' ? { data: [{ id: 'c1' }], next_pagination_token: 'tok-2' } : { data: [{ id: 'c2' }], next_pagination_token: null });
      }),
    );
    await expect(client(baseUrl).paginate(cursorList, {}).toArray()).resolves.toEqual([{ id: 'c1' }, { id: 'c2' }]);
    expect(seen).toEqual(['', '?pagination_token=tok-2']);
  });
});

describe('per-call options', () => {
  it('entityId and moniteVersion become headers of that call only', async () => {
    const baseUrl = sandboxUrl();
    const seen: [string | null, string | null][] = [];
    server.use(
      http.get(`${baseUrl}/comments`, ({ request }) => (
        seen.push([request.headers.get('x-monite-entity-id'), request.headers.get('x-monite-version')]), HttpResponse.json({ data: [], next_pagination_token: null })
      )),
    );
    const monite = client(baseUrl);
    await monite.call(cursorList, {}, { entityId: 'ent-2', moniteVersion: '2025-01-01' });
    await monite.call(cursorList, {}, { timeout: 5000 });
    await monite.call(cursorList, {});
    expect(seen).toEqual([
      ['ent-2', '2025-01-01'],
      ['ent-1', '2024-05-25'],
      ['ent-1', '2024-05-25'],
    ]);
  });

  it('an operation the spec declares without security is sent without the token', async () => {
    const baseUrl = sandboxUrl();
    const auth: (string | null)[] = [];
    server.use(http.post(`${baseUrl}/auth/token`, ({ request }) => (auth.push(request.headers.get('authorization')), HttpResponse.json({ access_token: 'x', token_type: 'Bearer', expires_in: 1800 }))));
    const tokenOp: Operation = { id: 'post_auth_token', method: 'POST', path: '/auth/token', entityHeader: 'none', bodyType: 'json', responseType: 'json', auth: false };
    await client(baseUrl).call(tokenOp, { body: { grant_type: 'client_credentials', client_id: 'a', client_secret: 'b' } });
    expect(auth).toEqual([null]);
  });
});
