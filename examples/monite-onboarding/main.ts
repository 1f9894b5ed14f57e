// Monite's "Implement server side" guide with @x/monite, against a local
// stand-in for the API (no credentials or network needed).
import { MoniteClient, type CreateRoleRequest } from '@x/monite';
import { startFakeMonite } from './fake-monite.ts';

const clientId = '9a5f4bd3-1b8c-4c3e-8f9a-0d1e2f3a4b5c';
const clientSecret = 'demo-secret';
const fake = await startFakeMonite(clientId, clientSecret);

const basicRole: CreateRoleRequest = {
  name: 'Basic role',
  permissions: {
    objects: [
      { object_type: 'entity_user', actions: [{ action_name: 'read', permission: 'allowed' }, { action_name: 'create', permission: 'allowed' }] },
      { object_type: 'payable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
      { object_type: 'receivable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
    ],
  },
};

try {
  const monite = new MoniteClient({ clientId, clientSecret: async () => clientSecret, baseUrl: fake.baseUrl });

  const entity = await monite.entities.create({
    type: 'organization',
    email: 'contact@dare-cronin.example',
    address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
    organization: { legal_name: 'Dare - Cronin' },
  });
  console.log(`3. created entity ${entity.id}`);
  const updated = await monite.entities.update(entity.id, { organization: { legal_name: 'Dare Cronin Gmbh.' } });
  console.log(`4. renamed it to "${updated.type === 'organization' ? updated.organization.legal_name : ''}"`);

  const company = monite.forEntity(entity.id);
  const role = await company.roles.create(basicRole);
  console.log(`5. created role "${role.name}" (the partner token expired here: refreshed and replayed automatically)`);
  const user = await company.entityUsers.create({
    login: 'Gardner.Waelchi',
    first_name: 'Gardner',
    last_name: 'Waelchi',
    role_id: role.id,
    email: 'gardner.waelchi@example.com',
    phone: '+15551234567',
    title: 'Mr.',
  });
  console.log(`6. created entity user ${user.login}`);
  await company.entityUsers.update(user.id, { first_name: 'TestName' });
  console.log('7. updated the user');

  const asUser = monite.asEntityUser(user.id);
  const me = await asUser.entityUsers.me();
  console.log(`8. entity-user token issued; GET /entity_users/me as that user -> ${me.first_name} ${me.last_name}`);

  console.log('\nWhat went over the wire:');
  for (const line of fake.log) console.log(`   ${line}`);
} finally {
  await fake.close();
}
