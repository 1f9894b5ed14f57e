// Monite's "Implement server side" guide (https://docs.monite.com/) step by step with @x/monite.
// Runs against the Monite sandbox from @x/monite/testing on 127.0.0.1, or against Monite itself when
// MONITE_CLIENT_ID and MONITE_CLIENT_SECRET are set (MONITE_ENVIRONMENT: sandbox by default).
import { MoniteClient, type CreateRoleRequest } from '@x/monite';
import { createMoniteSandbox } from '@x/monite/testing';

const realId = process.env['MONITE_CLIENT_ID'];
const realSecret = process.env['MONITE_CLIENT_SECRET'];
const sandbox = realId && realSecret ? undefined : createMoniteSandbox({ tokenLifetimeSeconds: 1800 });
const served = await sandbox?.serve();
const monite = served
  ? new MoniteClient({ ...sandbox!.credentials, baseUrl: served.url })
  : new MoniteClient({ clientId: realId!, clientSecret: () => realSecret!, environment: (process.env['MONITE_ENVIRONMENT'] ?? 'sandbox') as 'sandbox' });
console.log(served ? `Monite sandbox on ${served.url}` : 'Against the real Monite API');

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
  // 1. The partner token is fetched on the first call and cached for its expires_in.
  const entity = await monite.entities.create({
    type: 'organization',
    email: 'contact@dare-cronin.example',
    address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
    organization: { legal_name: 'Dare - Cronin' },
  });
  console.log(`3. created entity ${entity.id}`);
  const updated = await monite.entities.update(entity.id, { organization: { legal_name: 'Dare Cronin Gmbh.' } });
  console.log(`4. renamed it to "${updated.type === 'organization' ? updated.organization.legal_name : ''}"`);

  // 2. Token expiry: the sandbox expires every token now; the SDK sees Monite's 400, fetches a new token, replays.
  sandbox?.faults.expireTokens();
  const company = monite.forEntity(entity.id);
  const role = await company.roles.create(basicRole);
  console.log(`5. created role "${role.name}"${sandbox ? ' (the partner token had expired: refreshed and replayed)' : ''}`);
  const user = await company.entityUsers.create({ login: `gardner.waelchi.${Date.now()}`, first_name: 'Gardner', last_name: 'Waelchi', role_id: role.id, email: 'gardner.waelchi@example.com', phone: '+15551234567', title: 'Mr.' });
  console.log(`6. created entity user ${user.login}`);
  await company.entityUsers.update(user.id, { first_name: 'TestName' });
  console.log('7. updated the user');
  const me = await company.asEntityUser(user.id).entityUsers.me();
  console.log(`8. entity-user token issued; GET /entity_users/me as that user -> ${me.first_name} ${me.last_name}`);

  if (sandbox) {
    console.log('\nWhat went over the wire:');
    for (const entry of sandbox.log.entries) console.log(`   ${entry.method} ${entry.path.split('?')[0]} -> ${entry.status}${entry.note ? `  (${entry.note})` : ''}`);
  }
} finally {
  await served?.close();
}
