// Typos in requests fail to compile; responses stay open to values Monite adds later.
import { describe, expectTypeOf, it } from 'vitest';
import type { ActionEnum, ActionSchema, ActionSchemaInput, CreateRoleRequest, MoniteClient, RoleResponse } from '../src/index.js';

declare const monite: MoniteClient;
const address = { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115' } as const;

describe('request enums are closed', () => {
  it('rejects a misspelled enum value in a request body', () => {
    void monite.roles.create({
      name: 'Basic role',
      permissions: {
        objects: [
          {
            // @ts-expect-error: 'payabel' is not an object type
            object_type: 'payabel',
            actions: [{ action_name: 'read', permission: 'allowed' }],
          },
        ],
      },
    });
    void monite.roles.create({
      name: 'Basic role',
      permissions: {
        objects: [
          {
            object_type: 'receivable',
            // @ts-expect-error: 'craete' is not an action
            actions: [{ action_name: 'craete', permission: 'allowed' }],
          },
        ],
      },
    });
  });

  it('rejects a misspelled field in a request body', () => {
    // @ts-expect-error: `tpye` is not a field (and `type` is missing)
    void monite.entities.create({ tpye: 'organization', email: 'a@b.example', address, organization: { legal_name: 'Acme' } });
  });

  it('accepts the correct spelling', () => {
    void monite.roles.create({ name: 'r', permissions: { objects: [{ object_type: 'payable', actions: [{ action_name: 'create', permission: 'allowed' }] }] } });
    void monite.entities.create({ type: 'organization', email: 'a@b.example', address, organization: { legal_name: 'Acme' } });
  });

  it('names the closed and open variants', () => {
    expectTypeOf<CreateRoleRequest['permissions']['objects']>().toEqualTypeOf<import('../src/index.js').RootSchemaInput[] | undefined>();
    expectTypeOf<ActionSchemaInput['action_name']>().toEqualTypeOf<ActionEnum | undefined>();
    expectTypeOf<'craete'>().not.toMatchTypeOf<ActionEnum>();
  });
});

describe('response enums stay open', () => {
  it('accepts unknown strings', () => {
    expectTypeOf<'brand-new-status'>().toMatchTypeOf<RoleResponse['status']>();
    expectTypeOf<'brand-new-action'>().toMatchTypeOf<NonNullable<ActionSchema['action_name']>>();
    expectTypeOf<'read'>().toMatchTypeOf<NonNullable<ActionSchema['action_name']>>();
  });

  it('lets a response value be read into an open variable', () => {
    const role = {} as RoleResponse;
    const status: RoleResponse['status'] = role.status;
    void status;
  });
});
