// The seed's server-side onboarding guide, step by step, against the public Monite sandbox
// (@x/monite/testing), checking every header and body the guide shows.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MoniteClient, type CreateRoleRequest } from '../src/index.js';
import { createMoniteSandbox } from '../src/testing/index.js';
import { sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterAll(() => server.close());


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

it('runs the seed flow against the sandbox: partner token, entity, role, entity user, entity-user token, a call as that user', async () => {
  const sandbox = createMoniteSandbox({ baseUrl: sandboxUrl(), clientId: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', clientSecret: 'YOUR_CLIENT_SECRET' });
  server.use(...sandbox.handlers);
  const seen: Promise<{ method: string; path: string; entity: string | null; auth: string | null; version: string | null; body: unknown }>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const copy = request.clone();
    seen.push(
      copy.text().then((text) => ({
        method: copy.method,
        path: new URL(copy.url).pathname.replace('/v1', ''),
        entity: copy.headers.get('x-monite-entity-id'),
        auth: copy.headers.get('authorization'),
        version: copy.headers.get('x-monite-version'),
        body: text ? JSON.parse(text) : undefined,
      })),
    );
  };
  server.events.on('request:start', listener);

  // The flow as a partner backend writes it.
  const monite = new MoniteClient({ ...sandbox.clientOptions(), validation: 'strict' });
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
  server.events.removeListener('request:start', listener);
  const requests = await Promise.all(seen);

  expect(updated.type === 'organization' && updated.organization.legal_name).toBe('Dare Cronin Gmbh.');
  expect(renamed.first_name).toBe('TestName');
  expect(me).toMatchObject({ id: user.id, first_name: 'TestName', role_id: role.id });

  // What went over the wire matches the guide, and the sandbox answered with the spec's status codes.
  expect(requests.filter((r) => r.path === '/auth/token').map((r) => r.body)).toEqual([
    { grant_type: 'client_credentials', client_id: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', client_secret: 'YOUR_CLIENT_SECRET' },
    { grant_type: 'entity_user', client_id: '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c', client_secret: 'YOUR_CLIENT_SECRET', entity_user_id: user.id },
  ]);
  const calls = requests.filter((r) => r.path !== '/auth/token');
  const [partner, , , , , asUser] = calls.map((r) => r.auth);
  expect(calls.map((r) => [r.method, r.path, r.entity])).toEqual([
    ['POST', '/entities', null],
    ['PATCH', `/entities/${entity.id}`, null],
    ['POST', '/roles', entity.id],
    ['POST', '/entity_users', entity.id],
    ['PATCH', `/entity_users/${user.id}`, entity.id],
    ['GET', '/entity_users/me', null],
  ]);
  expect(calls.slice(0, 5).every((r) => r.auth === partner)).toBe(true);
  expect(asUser).not.toBe(partner);
  expect(requests.every((r) => r.version === '2024-05-25')).toBe(true);
  expect(calls[2]!.body).toEqual(basicRole);
  expect(sandbox.log.entries.map((e) => e.status)).toEqual([200, 201, 200, 200, 200, 200, 200, 200]);
});
