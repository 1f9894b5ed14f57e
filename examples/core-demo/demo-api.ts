// A small stand-in API built from @x/core/testing, the kit the vendor sandboxes are made of: an OAuth token
// endpoint, a cursor-paged list, single invoices and a balance, as msw routes on one base URL, served on 127.0.0.1. Faults and
// the wire log come with the kit.
import { SandboxHttpError, SandboxKit, serveHandlers, type ServedSandbox } from '@x/core/testing';

const invoices = Array.from({ length: 7 }, (_, i) => ({ id: `inv_${i + 1}`, amount: 1000 * (i + 1), currency: 'EUR', status: i % 2 ? 'paid' : 'issued' }));

/** The demo API: `kit` for faults and the wire log, `served.url` for a client. */
export interface DemoApi {
  kit: SandboxKit;
  served: ServedSandbox;
}

export async function startDemoApi(): Promise<DemoApi> {
  const error = (status: number, message: string) => new SandboxHttpError(status, { error: { message } });
  const kit = new SandboxKit(
    // The handlers answer on this URL; serveHandlers rewrites requests to 127.0.0.1 onto it.
    { baseUrl: 'https://demo-api.example' },
    { errorBody: (_status, message) => ({ error: { message } }), headers: () => ({ 'x-request-id': `req_${crypto.randomUUID().slice(0, 8)}` }) },
  );
  const issued = new Set<string>();
  const authorize = (request: Request) => {
    if (!issued.has((request.headers.get('authorization') ?? '').replace(/^Bearer /, ''))) throw error(401, 'Missing or unknown token');
  };
  const handlers = [
    kit.route('POST', '/oauth/token', ({ note }) => {
      const token = `demo-token-${issued.size + 1}`;
      issued.add(token);
      note('token issued');
      return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: 1800 } };
    }),
    kit.route('GET', '/invoices', ({ request, url }) => {
      authorize(request);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const next = offset + 3 < invoices.length ? String(offset + 3) : null;
      return { status: 200, body: { data: invoices.slice(offset, offset + 3), next_cursor: next } };
    }),
    kit.route('GET', '/invoices/:id', ({ request, params }) => {
      authorize(request);
      const invoice = invoices.find((i) => i.id === params['id']);
      if (!invoice) throw error(404, `Invoice ${params['id']} was not found`);
      return { status: 200, body: invoice };
    }),
    kit.route('GET', '/balance', ({ request }) => {
      authorize(request);
      return { status: 200, body: { available: 12345, currency: 'EUR', region: 'eu-west' } };
    }),
    kit.fallback(), // anything else: a 404 in the errorBody shape
  ];
  return { kit, served: await serveHandlers(handlers, kit.baseUrl) };
}
