// A local stand-in for the Monite API on 127.0.0.1, just enough for the
// onboarding guide: it checks the headers the guide shows, issues tokens with
// `expires_in`, and expires the first partner token after two calls, the way
// Monite does (HTTP 400, "The token has been expired.").
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMonite {
  baseUrl: string;
  log: string[];
  close(): Promise<void>;
}

export async function startFakeMonite(clientId: string, clientSecret: string): Promise<FakeMonite> {
  const log: string[] = [];
  const tokens = new Map<string, { kind: 'partner' | 'user'; userId?: string; uses: number }>();
  const entities = new Map<string, Record<string, unknown>>();
  const users = new Map<string, Record<string, unknown>>();
  let partnerTokens = 0;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/v1/, '');
    const send = (status: number, payload: unknown) => {
      log.push(`${req.method} ${path} -> ${status}`);
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': randomUUID(), 'x-monite-version': String(req.headers['x-monite-version']) });
      res.end(JSON.stringify(payload));
    };
    if (!req.headers['x-monite-version']) return send(400, { error: { type: 'missing_api_version', message: 'Missing the x-monite-version HTTP header' } });

    if (req.method === 'POST' && path === '/auth/token') {
      if (body.client_id !== clientId || body.client_secret !== clientSecret) return send(401, { error: { message: 'Invalid client credentials' } });
      const token = `tok_${randomUUID()}`;
      if (body.grant_type === 'client_credentials') partnerTokens++;
      tokens.set(token, body.grant_type === 'entity_user' ? { kind: 'user', userId: body.entity_user_id, uses: 0 } : { kind: 'partner', uses: 0 });
      return send(200, { access_token: token, token_type: 'Bearer', expires_in: 1800 });
    }

    const token = tokens.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!token) return send(401, { error: { message: 'Unauthorized' } });
    token.uses++;
    if (token.kind === 'partner' && partnerTokens === 1 && token.uses > 2) return send(400, { error: { message: 'The token has been expired.' } });
    const now = new Date().toISOString();
    const entityId = req.headers['x-monite-entity-id'];

    if (req.method === 'POST' && path === '/entities') {
      const entity = { ...body, id: randomUUID(), status: 'active', created_at: now, updated_at: now };
      entities.set(entity.id, entity);
      return send(201, entity);
    }
    const entityMatch = path.match(/^\/entities\/([\w-]+)$/);
    if (req.method === 'PATCH' && entityMatch) {
      const entity = entities.get(entityMatch[1]!);
      if (!entity) return send(404, { error: { message: 'Entity not found' } });
      Object.assign(entity, body, { organization: { ...(entity['organization'] as object), ...body.organization }, updated_at: now });
      return send(200, entity);
    }
    if (req.method === 'POST' && (path === '/roles' || path === '/entity_users')) {
      if (!entityId || !entities.has(String(entityId))) return send(400, { error: { message: 'X-Monite-Entity-Id is required' } });
      if (path === '/roles') return send(200, { ...body, id: randomUUID(), status: 'active', created_at: now, updated_at: now });
      const user = { ...body, id: randomUUID(), status: 'active', created_at: now, updated_at: now };
      users.set(user.id, user);
      return send(200, user);
    }
    const userMatch = path.match(/^\/entity_users\/([\w-]+)$/);
    if (req.method === 'PATCH' && userMatch && userMatch[1] !== 'me') {
      const user = users.get(userMatch[1]!);
      if (!user) return send(404, { error: { message: 'Entity user not found' } });
      Object.assign(user, body, { updated_at: now });
      return send(200, user);
    }
    if (req.method === 'GET' && path === '/entity_users/me') {
      if (token.kind !== 'user') return send(403, { error: { message: 'Only entity-user tokens can call /entity_users/me' } });
      return send(200, users.get(token.userId!));
    }
    return send(404, { error: { message: `No route ${req.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
