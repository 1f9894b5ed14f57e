// Validation errors for union-typed bodies name the field of the branch that applies (picked by its
// discriminator), in strict errors and in lenient warnings alike. The public sandbox (@x/monite/testing)
// holds the entity and issues the tokens; the malformed answers, which it never gives, are one-handler
// scripts built from its real objects.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MoniteClient, RequestValidationError, ResponseValidationError, type EntityResponse, type Logger } from '../src/index.js';
import type { MoniteSandbox } from '../src/testing/index.js';
import { seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (sandbox: MoniteSandbox, extra: Record<string, unknown> = {}) => new MoniteClient({ ...sandbox.clientOptions(), maxRetries: 0, ...extra });

/** A sandbox holding the guide's entity, and that entity as the sandbox answers it. */
async function start(): Promise<{ sandbox: MoniteSandbox; entity: Record<string, unknown> & EntityResponse }> {
  const sandbox = useSandbox(server);
  const { entity } = await seedEntity(sandbox);
  return { sandbox, entity: entity as Record<string, unknown> & EntityResponse };
}

/** A counterpart in the shape of Monite's spec (the sandbox has no counterparts). */
const counterpartOf = (id: string) => ({ id, type: 'organization', created_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T10:00:00Z', organization: { legal_name: 'Acme', is_customer: true, is_vendor: false } });

/** Serves `body` for GET `path`, then reads it in strict mode (the error) and in lenient mode (the warning). */
async function mismatch(sandbox: MoniteSandbox, path: string, body: Record<string, unknown>, read: (monite: MoniteClient) => Promise<unknown>) {
  server.use(http.get(`${sandbox.baseUrl}${path}`, () => HttpResponse.json(body)));
  const error = await read(client(sandbox, { validation: 'strict' })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseValidationError);
  const warnings: { message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = { debug() {}, info() {}, warn: (message, fields) => warnings.push({ message, fields }), error() {} };
  await expect(read(client(sandbox, { logger }))).resolves.toEqual(body);
  expect(warnings).toHaveLength(1);
  return { error: error as ResponseValidationError, warned: warnings[0]!.fields?.['issues'] };
}

describe('response unions (strict errors and lenient warnings)', () => {
  it('an organization entity missing address: `address` is required, for the organization branch', async () => {
    const { sandbox, entity } = await start();
    const { address: _address, ...withoutAddress } = entity;
    const { error, warned } = await mismatch(sandbox, `/entities/${entity.id}`, withoutAddress, (m) => m.entities.retrieve(entity.id));
    const expected = [{ path: 'address', message: 'required, expected object (type is "organization")' }];
    expect(error.issues).toEqual(expected);
    expect(error.message).toContain('address: required, expected object (type is "organization")');
    expect(error.message).not.toMatch(/individual|invalid \(custom\)/);
    expect(warned).toEqual(expected);
  });

  it('an entity without id, and one whose created_at is a number', async () => {
    const { sandbox, entity } = await start();
    const { id: _id, ...withoutId } = entity;
    const noId = await mismatch(sandbox, `/entities/${entity.id}`, withoutId, (m) => m.entities.retrieve(entity.id));
    expect(noId.error.issues).toEqual([{ path: 'id', message: 'required, expected string (type is "organization")' }]);
    expect(noId.warned).toEqual(noId.error.issues);
    const numeric = await mismatch(sandbox, `/entities/${entity.id}`, { ...entity, created_at: 1_795_000_000 }, (m) => m.entities.retrieve(entity.id));
    expect(numeric.error.issues).toEqual([{ path: 'created_at', message: 'expected string, got number (type is "organization")' }]);
    expect(numeric.error.message).toContain('created_at: expected string, got number');
    expect(numeric.warned).toEqual(numeric.error.issues);
  });

  it('an organization counterpart reports its own fields, not `individual: required`', async () => {
    const { sandbox, entity } = await start();
    const { created_at: _created, ...counterpartWithoutCreatedAt } = counterpartOf(entity.id);
    const { error, warned } = await mismatch(sandbox, `/counterparts/${entity.id}`, counterpartWithoutCreatedAt, (m) => m.forEntity(entity.id).counterparts.retrieve(entity.id));
    expect(error.issues).toEqual([{ path: 'created_at', message: 'required, expected string (type is "organization")' }]);
    expect(warned).toEqual(error.issues);
  });

  it('accepts a discriminator value Monite adds later, in strict mode too', async () => {
    const { sandbox, entity } = await start();
    const partnership = { ...counterpartOf(entity.id), type: 'partnership', partnership: {} };
    server.use(
      http.get(`${sandbox.baseUrl}/counterparts/${entity.id}`, () => HttpResponse.json(partnership)),
      http.get(`${sandbox.baseUrl}/entities/${entity.id}`, () => HttpResponse.json({ ...entity, type: 'partnership' })),
    );
    await expect(client(sandbox, { validation: 'strict' }).forEntity(entity.id).counterparts.retrieve(entity.id)).resolves.toEqual(partnership);
    await expect(client(sandbox, { validation: 'strict' }).entities.retrieve(entity.id)).resolves.toMatchObject({ type: 'partnership' });
  });
});

describe('request unions (strict, nothing sent)', () => {
  it("a role permission with object_type 'payables' lists every object type, `payable` included", async () => {
    const { sandbox, entity } = await start();
    const permissions = { objects: [{ object_type: 'payables', actions: [{ action_name: 'create', permission: 'allowed' }] }] };
    const error = await client(sandbox).forEntity(entity.id).roles.create({ name: 'Basic role', permissions } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    const [issue, ...others] = (error as RequestValidationError).issues;
    expect(others).toEqual([]);
    expect(issue!.path).toBe('permissions.objects[0].object_type');
    expect(issue!.message).toMatch(/^must be one of /);
    expect(issue!.message).toContain('"payable"');
    expect(issue!.message).toContain('"receivable"');
    expect((error as Error).message).toContain('permissions.objects[0].object_type: must be one of');
    // The seed's own role is the only one the sandbox ever received.
    expect(sandbox.log.count({ method: 'POST', path: '/v1/roles' })).toBe(1);
    expect(sandbox.data.roles.map((r) => r.name)).toEqual(['Basic role']);
  });

  it("a payable permission's action lists the payable actions", async () => {
    const sandbox = useSandbox(server);
    const permissions = { objects: [{ object_type: 'payable', actions: [{ action_name: 'craete', permission: 'allowed' }] }] };
    const error = await client(sandbox).forEntity('e39f87be-d499-411b-be6d-a806c500c139').roles.create({ name: 'r', permissions } as never).catch((e: unknown) => e);
    expect((error as RequestValidationError).issues).toEqual([
      { path: 'permissions.objects[0].actions[0].action_name', message: expect.stringMatching(/^must be one of .*"approve".* \(object_type is "payable"\)$/) },
    ]);
    expect(sandbox.log.entries).toHaveLength(0);
  });
});
