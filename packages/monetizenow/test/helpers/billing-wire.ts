import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { MonetizeNowClient } from '../../src/index.js';
import { API_KEY, uniqueBaseUrl } from './mock-monetizenow.js';

/** One billing request as the mock server saw it. */
export interface WireRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Headers;
  body: unknown;
}

/** A reply: JSON (default 200), raw bytes, or nothing. */
export interface WireReply {
  status?: number;
  json?: JsonBodyType;
  bytes?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

/** An msw server for one test file, failing on any request no handler answers. */
export function useWireServer(): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client on its own base URL whose every request is recorded and answered by `reply`. */
export function wireClient(server: SetupServer, reply: (request: WireRequest) => WireReply, options: { maxRetries?: number } = {}) {
  const baseUrl = uniqueBaseUrl();
  const seen: WireRequest[] = [];
  server.use(
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const values = url.searchParams.getAll(key);
        query[key] = values.length > 1 ? values : values[0]!;
      }
      const text = request.headers.get('content-type')?.includes('multipart') ? '' : await request.text();
      const entry: WireRequest = { method: request.method, path: url.pathname, query, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      seen.push(entry);
      const answer = reply(entry);
      const init = { status: answer.status ?? 200, headers: { ...(answer.contentType ? { 'content-type': answer.contentType } : {}), ...answer.headers } };
      if (answer.bytes) return new HttpResponse(answer.bytes, init);
      if (answer.json === undefined) return new HttpResponse(null, init);
      return HttpResponse.json(answer.json, init);
    }),
  );
  return { seen, monetizeNow: new MonetizeNowClient({ apiKey: API_KEY, baseUrl, maxRetries: options.maxRetries ?? 0 }) };
}

/** A page-number list page: `{content, totalElements, totalPages, pageable}`. */
export function page<T>(content: T[], pageNumber: number, totalPages: number, pageSize = content.length): Record<string, unknown> {
  return { content, totalElements: totalPages * pageSize, totalPages, pageable: { pageNumber, pageSize } };
}
