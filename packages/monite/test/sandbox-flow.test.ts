// The public sandbox (@x/monite/testing) against the SDK: the seed's onboarding flow, status codes, headers,
// strict schemas, cursor pagination and role permissions on entity-user tokens.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { MoniteClient, PermissionDeniedError } from '../src/index.js';
import { createMoniteSandbox } from '../src/testing/index.js';
import { basicRole, guideEntity, ownOnlyRole, sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function start(options: Parameters<typeof createMoniteSandbox>[0] = {}) {
  const sandbox = createMoniteSandbox({ baseUrl: sandboxUrl(), ...options });
  server.use(...sandbox.handlers);
  return { sandbox, monite: new MoniteClient({ ...sandbox.clientOptions(), rateLimit: false }) };
}

it('runs the seed onboarding flow with the spec status codes and one token per grant', async () => {
  const { sandbox, monite } = start();
  const entity = await monite.entities.create(guideEntity);
  const renamed = await monite.entities.update(entity.id, { organization: { legal_name: 'Dare Cronin Gmbh.' } });
  expect(renamed.type === 'organization' && renamed.organization.legal_name).toBe('Dare Cronin Gmbh.');
  const company = monite.forEntity(entity.id);
  const role = await company.roles.create(basicRole);
  const user = await company.entityUsers.create({ login: 'Gardner.Waelchi', first_name: 'Gardner', last_name: 'Waelchi', role_id: role.id, email: 'gardner@example.com' });
  await company.entityUsers.update(user.id, { first_name: 'TestName' });
  const me = await company.asEntityUser(user.id).entityUsers.me();

  expect(me).toMatchObject({ id: user.id, first_name: 'TestName', role_id: role.id });
  expect(sandbox.log.entries.map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{36}/g, ':id')} ${e.status}`)).toEqual([
    'POST /v1/auth/token 200',
    'POST /v1/entities 201',
    'PATCH /v1/entities/:id 200',
    'POST /v1/roles 200',
    'POST /v1/entity_users 200',
    'PATCH /v1/entity_users/:id 200',
    'POST /v1/auth/token 200',
    'GET /v1/entity_users/me 200',
  ]);
  expect(sandbox.tokensIssued).toEqual({ partner: 1, entity_user: 1 });
});

it('answers 400 missing_api_version without X-Monite-Version, and echoes the version and a request id', async () => {
  const { sandbox } = start();
  const missing = await fetch(`${sandbox.baseUrl}/auth/token`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  expect(missing.status).toBe(400);
  expect(await missing.json()).toEqual({ error: { type: 'missing_api_version', message: 'Missing the x-monite-version HTTP header' } });

  const ok = await fetch(`${sandbox.baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-monite-version': '2024-05-25' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: sandbox.credentials.clientId, client_secret: sandbox.credentials.clientSecret }),
  });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('x-monite-version')).toBe('2024-05-25');
  expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await ok.json()).toMatchObject({ token_type: 'Bearer', expires_in: 1800 });
});

it('enforces X-Monite-Entity-Id where the spec requires it, and checks bodies with the strict request schemas', async () => {
  const { sandbox, monite } = start();
  const token = await monite.getAccessToken();
  const headers = { authorization: `Bearer ${token}`, 'x-monite-version': '2024-05-25', 'content-type': 'application/json' };
  const noEntity = await fetch(`${sandbox.baseUrl}/roles`, { method: 'POST', headers, body: JSON.stringify(basicRole) });
  expect(noEntity.status).toBe(422);
  expect(await noEntity.json()).toEqual({ detail: [{ loc: ['header', 'x-monite-entity-id'], msg: 'Field required', type: 'missing' }] });

  const extraField = await fetch(`${sandbox.baseUrl}/entities`, { method: 'POST', headers, body: JSON.stringify({ ...guideEntity, nickname: 'DC' }) });
  expect(extraField.status).toBe(422);
  expect(JSON.stringify(await extraField.json())).toContain('nickname');
  expect(sandbox.data.entities).toHaveLength(0);
});

it('answers a 422 whose loc points at the failing field, inside a union body and in a plain one', async () => {
  const { sandbox, monite } = start();
  const entity = await monite.entities.create(guideEntity);
  const token = await monite.getAccessToken();
  const headers = { authorization: `Bearer ${token}`, 'x-monite-version': '2024-05-25', 'content-type': 'application/json', 'x-monite-entity-id': entity.id };
  const permissions = { objects: [{ object_type: 'payables', actions: [{ action_name: 'create', permission: 'allowed' }] }] };
  const union = await fetch(`${sandbox.baseUrl}/roles`, { method: 'POST', headers, body: JSON.stringify({ name: 'r', permissions }) });
  expect(union.status).toBe(422);
  const [detail, ...more] = ((await union.json()) as { detail: { loc: unknown[]; msg: string; type: string }[] }).detail;
  expect(more).toEqual([]);
  expect(detail!.loc).toEqual(['body', 'permissions', 'objects', 0, 'object_type']);
  expect(detail!.msg).toMatch(/^required, must be one of .*"payable"/);

  const email = await fetch(`${sandbox.baseUrl}/entities`, { method: 'POST', headers, body: JSON.stringify({ ...guideEntity, address: { ...guideEntity.address, postal_code: '12345678901' } }) });
  expect(await email.json()).toEqual({ detail: [{ loc: ['body', 'address', 'postal_code'], msg: 'must be at most 10 characters', type: 'too_big' }] });
  expect(sandbox.data.roles).toHaveLength(0);
});

it('pages with cursors: limit, next tokens carrying the first query, 416 outside 1..100', async () => {
  const { sandbox, monite } = start();
  for (let i = 0; i < 5; i++) await monite.entities.create({ ...guideEntity, email: `e${i}@example.com` });
  const before = sandbox.log.lastSeq;
  const emails: string[] = [];
  for await (const entity of monite.entities.list({ limit: 2 })) emails.push(entity.email!);
  expect(emails).toEqual(['e0@example.com', 'e1@example.com', 'e2@example.com', 'e3@example.com', 'e4@example.com']);
  expect(sandbox.log.since(before).map((e) => e.path)).toEqual([
    '/v1/entities?limit=2',
    expect.stringMatching(/^\/v1\/entities\?.*pagination_token=/),
    expect.stringMatching(/^\/v1\/entities\?.*pagination_token=/),
  ]);
  const token = await monite.getAccessToken();
  const tooMany = await fetch(`${sandbox.baseUrl}/entities?limit=101`, { headers: { authorization: `Bearer ${token}`, 'x-monite-version': '2024-05-25' } });
  expect(tooMany.status).toBe(416);
});

it("applies the role's permissions to an entity-user token", async () => {
  const { sandbox, monite } = start();
  const entity = await monite.entities.create(guideEntity);
  const company = monite.forEntity(entity.id);
  const role = await company.roles.create(ownOnlyRole);
  const alice = await company.entityUsers.create({ login: 'alice', first_name: 'Alice', role_id: role.id });
  await company.entityUsers.create({ login: 'bob', first_name: 'Bob', role_id: role.id });
  const asAlice = company.asEntityUser(alice.id);

  const visible = await asAlice.entityUsers.list().then((page) => page.data.map((u) => u.login));
  expect(visible).toEqual(['alice']);
  await expect(asAlice.entityUsers.create({ login: 'carol', first_name: 'Carol' })).rejects.toBeInstanceOf(PermissionDeniedError);
  await expect(asAlice.entities.create(guideEntity)).rejects.toMatchObject({ status: 403 });
  expect(sandbox.data.entityUsers.map((u) => u.login)).toEqual(['alice', 'bob']);

  // The partner token is not limited by any role.
  expect((await company.entityUsers.list()).data).toHaveLength(2);
});

it('refuses a duplicate login with 409 and an unknown role with 404', async () => {
  const { monite } = start();
  const entity = await monite.entities.create(guideEntity);
  const company = monite.forEntity(entity.id);
  await company.entityUsers.create({ login: 'dup', first_name: 'A' });
  await expect(company.entityUsers.create({ login: 'dup', first_name: 'B' })).rejects.toMatchObject({ status: 409 });
  await expect(company.entityUsers.create({ login: 'x', first_name: 'C', role_id: crypto.randomUUID() })).rejects.toMatchObject({ status: 404 });
});
