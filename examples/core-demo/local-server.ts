// A tiny stand-in API on 127.0.0.1: an OAuth token endpoint, a paginated
// list, an endpoint that fails once with 503, and one that 404s.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const invoices = Array.from({ length: 7 }, (_, i) => ({ id: `inv_${i + 1}`, amount: 1000 * (i + 1), currency: 'EUR', status: i % 2 ? 'paid' : 'issued' }));

export interface LocalServer {
  url: string;
  tokenRequests: number;
  close(): Promise<void>;
}

export async function startLocalServer(): Promise<LocalServer> {
  let flaky = 0;
  const state = { tokenRequests: 0 };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${Math.random().toString(36).slice(2, 10)}`, ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      state.tokenRequests++;
      return send(200, { access_token: `demo-token-${state.tokenRequests}`, token_type: 'Bearer', expires_in: 1800 });
    }
    if (req.headers.authorization !== `Bearer demo-token-${state.tokenRequests}`) return send(401, { error: { message: 'Missing or unknown token' } });
    if (url.pathname === '/invoices') {
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const page = invoices.slice(offset, offset + 3);
      const next = offset + 3 < invoices.length ? String(offset + 3) : null;
      return send(200, { data: page, next_cursor: next });
    }
    if (url.pathname === '/balance') {
      flaky++;
      if (flaky === 1) return send(503, { error: { message: 'Warming up' } }, { 'retry-after': '0' });
      return send(200, { available: 12345, currency: 'EUR', region: 'eu-west' });
    }
    return send(404, { error: { message: `No route ${url.pathname}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get tokenRequests() {
      return state.tokenRequests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
