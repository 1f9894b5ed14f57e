// Type tests of the public API, including the README's snippets verbatim in spirit.
import { describe, expectTypeOf, it } from 'vitest';
import {
  constructMoniteWebhookEvent,
  MoniteClient,
  type APIPromise,
  type BinaryBody,
  type CreateEntityRequest,
  type EntityResponse,
  type EntityUserResponse,
  type MoniteWebhookEvent,
  type PagePromise,
  type RoleResponse,
  type WithResponse,
} from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import { entitiesCreate, entities, rolesCreate } from '../src/resources.js';

declare const monite: MoniteClient;

describe('MoniteClient types', () => {
  it('types the seed flow', () => {
    expectTypeOf(monite.entities.create).parameter(0).toEqualTypeOf<CreateEntityRequest>();
    expectTypeOf(monite.entities.create).returns.toEqualTypeOf<APIPromise<EntityResponse>>();
    expectTypeOf(monite.forEntity('e').roles.create).returns.toEqualTypeOf<APIPromise<RoleResponse>>();
    expectTypeOf(monite.asEntityUser('u').entityUsers.me).returns.toEqualTypeOf<APIPromise<EntityUserResponse>>();
    expectTypeOf(monite.forEntity('e')).toEqualTypeOf<MoniteClient>();
  });

  it('types pagination, raw responses and binary bodies', async () => {
    expectTypeOf(monite.roles.list()).toEqualTypeOf<PagePromise<import('../src/index.js').RolePaginationResponse, RoleResponse>>();
    expectTypeOf(monite.roles.list()).toMatchTypeOf<AsyncIterable<RoleResponse>>();
    expectTypeOf(monite.roles.retrieve('id').withResponse()).resolves.toEqualTypeOf<WithResponse<RoleResponse>>();
    expectTypeOf(monite.pdfTemplates.retrievePreview('id')).resolves.toEqualTypeOf<BinaryBody>();
  });

  it('keeps enums open in responses and closed in requests', () => {
    expectTypeOf<RoleResponse['status']>().toMatchTypeOf<string>();
    expectTypeOf<'something-new'>().toMatchTypeOf<RoleResponse['status']>();
    expectTypeOf<'organization'>().toMatchTypeOf<CreateEntityRequest['type']>();
    expectTypeOf<'something-new'>().not.toMatchTypeOf<CreateEntityRequest['type']>();
  });

  it('rejects wrong arguments at compile time', () => {
    // @ts-expect-error: the body is required
    void monite.entities.create();
    // @ts-expect-error: unknown field in a strict request type
    void monite.entities.update('id', { nonsense: 1 });
    // @ts-expect-error: ids are strings
    void monite.entities.update(42, {});
  });

  it('types the standalone functions and factories on MoniteCore', () => {
    const core = new MoniteCore({ token: 't' });
    expectTypeOf(entitiesCreate(core, {} as CreateEntityRequest)).toEqualTypeOf<APIPromise<EntityResponse>>();
    expectTypeOf(entities(core).create).returns.toEqualTypeOf<APIPromise<EntityResponse>>();
    expectTypeOf<MoniteCore>().toMatchTypeOf<Parameters<typeof rolesCreate>[0]>();
  });

  it('types webhook events', () => {
    expectTypeOf(constructMoniteWebhookEvent).returns.resolves.toEqualTypeOf<MoniteWebhookEvent>();
  });
});

// The README's examples must compile.
async function readmeExamples(vault: { get(name: string): Promise<string> }, env: Record<string, string>, pdfBytes: Uint8Array) {
  const client = new MoniteClient({ clientId: env['MONITE_CLIENT_ID'], clientSecret: () => vault.get('monite-secret') });
  const entity = await client.entities.create({
    type: 'organization',
    email: 'contact@dare-cronin.example',
    address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
    organization: { legal_name: 'Dare - Cronin' },
  });
  await client.entities.update(entity.id, { organization: { legal_name: 'Dare Cronin Gmbh.' } });
  const company = client.forEntity(entity.id);
  const role = await company.roles.create({ name: 'Basic role', permissions: { objects: [{ object_type: 'payable', actions: [{ action_name: 'create', permission: 'allowed' }] }] } });
  const user = await company.entityUsers.create({ login: 'Gardner.Waelchi', first_name: 'Gardner', last_name: 'Waelchi', role_id: role.id });
  await company.entityUsers.update(user.id, { first_name: 'TestName' });
  const asUser = client.asEntityUser(user.id);
  await asUser.entityUsers.me();
  await asUser.getAccessToken();
  for await (const payable of company.payables.list({ status: 'waiting_to_be_paid', limit: 100 })) void payable;
  await company.counterparts.list().toArray({ limit: 250 });
  for await (const row of company.accountingDataPull.listPayables({ limit: 50 })) void row;
  await client.files.create({ file: new File([pdfBytes as BlobPart], 'invoice.pdf'), file_type: 'payables' });
  const pdf = await company.pdfTemplates.retrievePreview('t');
  await pdf.blob();
}
void readmeExamples;
