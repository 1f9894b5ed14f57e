// Validation errors for union-typed bodies name the field of the branch that applies (picked by its
// discriminator), in strict errors and in lenient warnings alike.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MoniteClient, RequestValidationError, ResponseValidationError, type Logger } from '../src/index.js';
import { uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ENTITY = 'e39f87be-d499-411b-be6d-a806c500c139';
const NOW = '2026-11-23T10:00:00Z';
const client = (baseUrl: string, extra: Record<string, unknown> = {}) => new MoniteClient({ baseUrl, token: 'test-token', maxRetries: 0, ...extra });

const organization = {
  id: ENTITY,
  type: 'organization',
  created_at: NOW,
  updated_at: NOW,
  email: 'contact@acme.example',
  status: 'active',
  organization: { legal_name: 'Acme', is_vat_registered: false },
  address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115' },
};
const { address: _address, ...withoutAddress } = organization;
const { id: _id, ...withoutId } = organization;
const counterpart = { id: ENTITY, type: 'organization', created_at: NOW, updated_at: NOW, organization: { legal_name: 'Acme', is_customer: true, is_vendor: false } };
const { created_at: _created, ...counterpartWithoutCreatedAt } = counterpart;

/** Serves `body` for GET `path`, then reads it in strict mode (the error) and in lenient mode (the warning). */
async function mismatch(path: string, body: Record<string, unknown>, read: (monite: MoniteClient) => Promise<unknown>) {
  const baseUrl = uniqueBaseUrl();
  server.use(http.get(`${baseUrl}${path}`, () => HttpResponse.json(body)));
  const error = await read(client(baseUrl, { validation: 'strict' })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseValidationError);
  const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = { debug() {}, info() {}, warn: (message, fields) => warnings.push({ message, fields }), error() {} };
  await expect(read(client(baseUrl, { logger }))).resolves.toEqual(body);
  expect(warnings).toHaveLength(1);
  return { error: error as ResponseValidationError, warned: warnings[0]!.fields?.['issues'] };
}

describe('response unions (strict errors and lenient warnings)', () => {
  it('an organization entity missing address: `address` is required, for the organization branch', async () => {
    const { error, warned } = await mismatch(`/entities/${ENTITY}`, withoutAddress, (m) => m.entities.retrieve(ENTITY));
    const expected = [{ path: 'address', message: 'required, expected object (type is "organization")' }];
    expect(error.issues).toEqual(expected);
    expect(error.message).toContain('address: required, expected object (type is "organization")');
    expect(error.message).not.toMatch(/individual|invalid \(custom\)/);
    expect(warned).toEqual(expected);
  });

  it('an entity without id, and one whose created_at is a number', async () => {
    const noId = await mismatch(`/entities/${ENTITY}`, withoutId, (m) => m.entities.retrieve(ENTITY));
    expect(noId.error.issues).toEqual([{ path: 'id', message: 'required, expected string (type is "organization")' }]);
    expect(noId.warned).toEqual(noId.error.issues);
    const numeric = await mismatch(`/entities/${ENTITY}`, { ...organization, created_at: 1_795_000_000 }, (m) => m.entities.retrieve(ENTITY));
    expect(numeric.error.issues).toEqual([{ path: 'created_at', message: 'expected string, got number (type is "organization")' }]);
    expect(numeric.error.message).toContain('created_at: expected string, got number');
    expect(numeric.warned).toEqual(numeric.error.issues);
  });

  it('an organization counterpart reports its own fields, not `individual: required`', async () => {
    const { error, warned } = await mismatch(`/counterparts/${ENTITY}`, counterpartWithoutCreatedAt, (m) => m.forEntity(ENTITY).counterparts.retrieve(ENTITY));
    expect(error.issues).toEqual([{ path: 'created_at', message: 'required, expected string (type is "organization")' }]);
    expect(warned).toEqual(error.issues);
  });

  it('accepts a discriminator value Monite adds later, in strict mode too', async () => {
    const baseUrl = uniqueBaseUrl();
    const partnership = { ...counterpart, type: 'partnership', partnership: {} };
    server.use(http.get(`${baseUrl}/counterparts/${ENTITY}`, () => HttpResponse.json(partnership)));
    await expect(client(baseUrl, { validation: 'strict' }).forEntity(ENTITY).counterparts.retrieve(ENTITY)).resolves.toEqual(partnership);
    const entityBase = uniqueBaseUrl();
    server.use(http.get(`${entityBase}/entities/${ENTITY}`, () => HttpResponse.json({ ...organization, type: 'partnership' })));
    await expect(client(entityBase, { validation: 'strict' }).entities.retrieve(ENTITY)).resolves.toMatchObject({ type: 'partnership' });
  });
});

describe('request unions (strict, nothing sent)', () => {
  it("a role permission with object_type 'payables' lists every object type, `payable` included", async () => {
    const baseUrl = uniqueBaseUrl();
    let requests = 0;
    server.use(http.post(`${baseUrl}/roles`, () => (requests++, HttpResponse.json({}))));
    const permissions = { objects: [{ object_type: 'payables', actions: [{ action_name: 'create', permission: 'allowed' }] }] };
    const error = await client(baseUrl).forEntity(ENTITY).roles.create({ name: 'Basic role', permissions } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    const [issue, ...others] = (error as RequestValidationError).issues;
    expect(others).toEqual([]);
    expect(issue!.path).toBe('permissions.objects[0].object_type');
    expect(issue!.message).toMatch(/^must be one of /);
    expect(issue!.message).toContain('"payable"');
    expect(issue!.message).toContain('"receivable"');
    expect((error as Error).message).toContain('permissions.objects[0].object_type: must be one of');
    expect(requests).toBe(0);
  });

  it("a payable permission's action lists the payable actions", async () => {
    const permissions = { objects: [{ object_type: 'payable', actions: [{ action_name: 'craete', permission: 'allowed' }] }] };
    const error = await client(uniqueBaseUrl()).forEntity(ENTITY).roles.create({ name: 'r', permissions } as never).catch((e: unknown) => e);
    expect((error as RequestValidationError).issues).toEqual([
      { path: 'permissions.objects[0].actions[0].action_name', message: expect.stringMatching(/^must be one of .*"approve".* \(object_type is "payable"\)$/) },
    ]);
  });
});
