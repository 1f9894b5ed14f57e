import type { CreateEntityRequest, CreateRoleRequest } from '../../src/index.js';

let counter = 0;

/** A unique sandbox base URL per test, so msw handlers of different tests never meet. */
export function sandboxUrl(): string {
  return `https://monite-sandbox-${++counter}.test/v1`;
}

/** The entity of Monite's server-side guide (seed 000). */
export const guideEntity: CreateEntityRequest = {
  type: 'organization',
  email: 'contact@dare-cronin.example',
  address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
  organization: { legal_name: 'Dare - Cronin' },
};

/** The guide's "Basic role": entity users may read and create entity users, payables, receivables. */
export const basicRole: CreateRoleRequest = {
  name: 'Basic role',
  permissions: {
    objects: [
      { object_type: 'entity_user', actions: [{ action_name: 'read', permission: 'allowed' }, { action_name: 'create', permission: 'allowed' }] },
      { object_type: 'payable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
      { object_type: 'receivable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
    ],
  },
};

/** A role that may only read itself among entity users, and create nothing. */
export const ownOnlyRole: CreateRoleRequest = {
  name: 'Own only',
  permissions: { objects: [{ object_type: 'entity_user', actions: [{ action_name: 'read', permission: 'allowed_for_own' }, { action_name: 'create', permission: 'not_allowed' }] }] },
};
