// The seed's server-side onboarding guide, step by step, against a fake Monite
// that checks every header the guide shows.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MoniteClient, type CreateRoleRequest } from '../src/index.js';
import { mockTokenEndpoint, uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterAll(() => server.close());

const ENTITY_ID = 'e39f87be-d499-411b-be6d-a806c500c139';
const ROLE_ID = '946141f3-ca01-44dc-b1a6-1024aa71f978';
const USER_ID = 'da2a21c7-ed54-4b1e-a8b8-8048588328f5';
const NOW = '2026-11-23T10:00:00Z';

const basicRole: CreateRoleRequest = {
  name: 'Basic role',
  permissions: {
    objects: [
      {
        object_type: 'entity_user',
        actions: [
          { action_name: 'read', permission: 'allowed' },
          { action_name: 'create', permission: 'allowed' },
        ],
      },
      {
        object_type: 'payable',
        actions: [
          { action_name: 'create', permission: 'allowed' },
          { action_name: 'read', permission: 'allowed_for_own' },
        ],
      },
      {
        object_type: 'receivable',
        actions: [
          { action_name: 'create', permission: 'allowed' },
          { action_name: 'read', permission: 'allowed_for_own' },
        ],
      },
    ],
  },
};

function entityResponse(legalName: string) {
  return {
    id: ENTITY_ID,
    created_at: NOW,
    updated_at: NOW,
    type: 'organization',
    status: 'active',
    email: 'contact@dare-cronin.example',
    address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
    organization: { legal_name: legalName },
  };
}

function userResponse(firstName: string) {
  return { id: USER_ID, created_at: NOW, updated_at: NOW, login: 'Gardner.Waelchi', first_name: firstName, last_name: 'Waelchi', role_id: ROLE_ID, status: 'active' };
}

it('runs the seed flow: partner token, entity, role, entity user, entity-user token, a call as that user', async () => {
  const baseUrl = uniqueBaseUrl();
  const tokens = mockTokenEndpoint(server, baseUrl, 1800);
  const requests: { method: string; path: string; entity: string | null; auth: string | null; version: string | null; body: unknown }[] = [];
  const record = async (request: Request) => {
    const url = new URL(request.url);
    requests.push({
      method: request.method,
      path: url.pathname.replace('/v1', ''),
      entity: request.headers.get('x-monite-entity-id'),
      auth: request.headers.get('authorization'),
      version: request.headers.get('x-monite-version'),
      body: request.method === 'GET' ? undefined : await request.json(),
    });
  };
  server.use(
    http.post(`${baseUrl}/entities`, async ({ request }) => (await record(request), HttpResponse.json(entityResponse('Dare - Cronin'), { status: 201 }))),
    http.patch(`${baseUrl}/entities/${ENTITY_ID}`, async ({ request }) => (await record(request), HttpResponse.json(entityResponse('Dare Cronin Gmbh.')))),
    http.post(`${baseUrl}/roles`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ id: ROLE_ID, created_at: NOW, updated_at: NOW, status: 'active', ...basicRole });
    }),
    http.post(`${baseUrl}/entity_users`, async ({ request }) => (await record(request), HttpResponse.json(userResponse('Gardner')))),
    http.patch(`${baseUrl}/entity_users/${USER_ID}`, async ({ request }) => (await record(request), HttpResponse.json(userResponse('TestName')))),
    http.get(`${baseUrl}/entity_users/me`, async ({ request }) => (await record(request), HttpResponse.json(userResponse('TestName')))),
  );

  // The flow as a partner backend writes it.
  const monite = new MoniteClient({ clientId: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', clientSecret: 'YOUR_CLIENT_SECRET', baseUrl, validation: 'strict' });
  const entity = await monite.entities.create({
    type: 'organization',
    email: 'contact@dare-cronin.example',
    address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
    organization: { legal_name: 'Dare - Cronin' },
  });
  const updated = await monite.entities.update(entity.id, { organization: { legal_name: 'Dare Cronin Gmbh.' } });
  const scoped = monite.forEntity(entity.id);
  const role = await scoped.roles.create(basicRole);
  const user = await scoped.entityUsers.create({
    login: 'Gardner.Waelchi',
    first_name: 'Gardner',
    last_name: 'Waelchi',
    role_id: role.id,
    email: 'gardner.waelchi@example.com',
    phone: '+15551234567',
    title: 'Mr.',
  });
  const renamed = await scoped.entityUsers.update(user.id, { first_name: 'TestName' });
  const me = await monite.asEntityUser(user.id).entityUsers.me();

  expect(updated.type === 'organization' && updated.organization.legal_name).toBe('Dare Cronin Gmbh.');
  expect(renamed.first_name).toBe('TestName');
  expect(me.id).toBe(USER_ID);

  // What went over the wire matches the guide.
  expect(tokens.bodies).toEqual([
    { grant_type: 'client_credentials', client_id: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', client_secret: 'YOUR_CLIENT_SECRET' },
    { grant_type: 'entity_user', client_id: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', client_secret: 'YOUR_CLIENT_SECRET', entity_user_id: USER_ID },
  ]);
  expect(requests.map((r) => [r.method, r.path, r.entity, r.auth])).toEqual([
    ['POST', '/entities', null, 'Bearer partner-token-1'],
    ['PATCH', `/entities/${ENTITY_ID}`, null, 'Bearer partner-token-1'],
    ['POST', '/roles', ENTITY_ID, 'Bearer partner-token-1'],
    ['POST', '/entity_users', ENTITY_ID, 'Bearer partner-token-1'],
    ['PATCH', `/entity_users/${USER_ID}`, ENTITY_ID, 'Bearer partner-token-1'],
    ['GET', '/entity_users/me', null, 'Bearer user-da2a21c7-ed54-4b1e-a8b8-8048588328f5-token-2'],
  ]);
  expect(requests.every((r) => r.version === '2024-05-25')).toBe(true);
  expect(requests[2]!.body).toEqual(basicRole);
});
