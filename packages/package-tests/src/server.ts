// A local stand-in for the three vendors on 127.0.0.1, just enough for each
// package's seed flow: Monite's onboarding (under /monite), PortalDuct's login,
// customer and balance (under /portalduct), MonetizeNow's sign-up (under
// /monetizenow). It checks the credentials each SDK must send.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CREDENTIALS = {
  monite: { clientId: 'pkg-client', clientSecret: 'pkg-secret' },
  portalduct: { email: 'ops@platform.example', password: 'pd-password' },
  monetizenow: { apiKey: 'mn_test_key' },
};

type Reply = (status: number, body?: unknown) => void;

export async function startServer(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = createServer(async (req, res) => {
    const text = await readText(req);
    const body = text ? JSON.parse(text) : undefined;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const reply: Reply = (status, payload) => {
      seen.push(`${req.method} ${path} ${status} ${req.headers['user-agent'] ?? ''}`);
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': randomUUID() });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    if (path.startsWith('/monite/v1/')) return monite(req, path.slice('/monite/v1'.length), body, reply);
    if (path.startsWith('/portalduct/v1/')) return portalduct(req, path.slice('/portalduct/v1'.length), body, reply);
    if (path.startsWith('/monetizenow/api/')) return monetizenow(req, path.slice('/monetizenow/api'.length), body, reply);
    reply(404, { error: { message: `no route ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

const tokens = new Map<string, { userId?: string }>();
const users = new Map<string, Record<string, unknown>>();

function monite(req: IncomingMessage, path: string, body: any, reply: Reply): void {
  const now = new Date().toISOString();
  if (!req.headers['x-monite-version']) return reply(400, { error: { message: 'Missing x-monite-version' } });
  if (req.method === 'POST' && path === '/auth/token') {
    if (body.client_id !== CREDENTIALS.monite.clientId || body.client_secret !== CREDENTIALS.monite.clientSecret) return reply(401, { error: { message: 'bad client' } });
    const token = `tok_${randomUUID()}`;
    tokens.set(token, body.grant_type === 'entity_user' ? { userId: body.entity_user_id } : {});
    return reply(200, { access_token: token, token_type: 'Bearer', expires_in: 1800 });
  }
  const token = tokens.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
  if (!token) return reply(401, { error: { message: 'Unauthorized' } });
  const created = (extra: object) => ({ ...body, ...extra, id: randomUUID(), status: 'active', created_at: now, updated_at: now });
  if (req.method === 'POST' && path === '/entities') return reply(201, created({}));
  if (req.method === 'PATCH' && /^\/entities\/[\w-]+$/.test(path)) {
    return reply(200, { type: 'organization', email: 'a@b.example', address: { city: 'Berlin', country: 'DE', line1: 'x', postal_code: '10115' }, organization: body.organization, id: path.split('/')[2], status: 'active', created_at: now, updated_at: now });
  }
  if (!req.headers['x-monite-entity-id'] && path !== '/entity_users/me') return reply(400, { error: { message: 'X-Monite-Entity-Id is required' } });
  if (req.method === 'POST' && path === '/roles') return reply(200, created({}));
  if (req.method === 'POST' && path === '/entity_users') {
    const user = created({});
    users.set(user.id, user);
    return reply(200, user);
  }
  if (req.method === 'GET' && path === '/entity_users/me') return token.userId ? reply(200, users.get(token.userId)) : reply(403, { error: { message: 'user token needed' } });
  reply(404, { error: { message: 'Entity user not found' } });
}

function portalduct(req: IncomingMessage, path: string, body: any, reply: Reply): void {
  if (req.method === 'POST' && path === '/login') {
    const ok = body.email === CREDENTIALS.portalduct.email && body.password === CREDENTIALS.portalduct.password;
    return ok ? reply(200, { token: 'pd-token-1' }) : reply(401, { message: 'bad login' });
  }
  if (req.headers.authorization !== 'Bearer pd-token-1') return reply(401, { message: 'no token' });
  if (req.method === 'POST' && path === '/addNewCustomer') return reply(201, { uuid: body.customer_uuid, created: true });
  if (req.method === 'GET' && path.startsWith('/getClientBalance/')) return reply(200, { balance: 1200, currency: 'USD' });
  reply(404, { message: 'no route' });
}

function monetizenow(req: IncomingMessage, path: string, body: any, reply: Reply): void {
  if (req.headers['x-api-key'] !== CREDENTIALS.monetizenow.apiKey) return reply(401, { message: 'bad key' });
  if (!path.startsWith('/selfService/signup')) return reply(404, { message: 'no route' });
  if (body.action === 'FINALIZE') return reply(200, { sessionId: 'cart_1', error: false, action: 'FINALIZE', contract: { id: 'ctrct_1' }, quote: { id: 'quot_1', amount: 100, startDate: '2024-01-01', status: 'PROCESSED', offerings: [] } });
  reply(200, {
    sessionId: 'cart_1',
    error: false,
    action: body.action,
    customer: body.customer,
    billGroup: body.billGroup,
    paymentMethodInit: { stripe: { customerId: 'cus_1', setupIntentId: 'seti_1', clientSecret: 'seti_1_secret', publicKey: 'pk_test' } },
    quote: { amountWithoutTax: 100, amount: 100, startDate: '2024-01-01', offerings: [] },
  });
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
