// 10,000 generated bad inputs over the seed's write operations (create and
// update an entity, create a role, create and update an entity user): not one
// request leaves the client, not even for a token, and every failure is a
// typed SDK error (RequestValidationError for the input, ConfigurationError for an id).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SDKError } from '@x/core';
import { MoniteClient, type CreateRoleRequest } from '../src/index.js';

const ENTITY_ID = 'e39f87be-d499-411b-be6d-a806c500c139';
const USER_ID = 'da2a21c7-ed54-4b1e-a8b8-8048588328f5';
const RUNS_PER_OPERATION = 2000;

const validEntity = {
  type: 'organization',
  email: 'contact@dare-cronin.example',
  address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
  organization: { legal_name: 'Dare - Cronin' },
};
const validRole: CreateRoleRequest = {
  name: 'Basic role',
  permissions: { objects: [{ object_type: 'payable', actions: [{ action_name: 'read', permission: 'allowed' }] }] },
};
const validUser = { login: 'Gardner.Waelchi', first_name: 'Gardner', role_id: '946141f3-ca01-44dc-b1a6-1024aa71f978' };

/** Values JSON cannot carry or that no schema field takes. */
const unsendable = fc.oneof(
  fc.bigInt(),
  fc.constant(() => 1),
  fc.constant(Symbol('x')),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant((() => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    return cyclic;
  })()),
);
/**
 * Values of the wrong type for the string, object, array and enum fields of these bodies. Not `null`:
 * several fields are nullable, so null would be a valid input, not a bad one.
 */
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { minLength: 1, maxLength: 2 }), fc.constant({ nested: true }), unsendable);

/** A path into an object, as keys, chosen among its fields (nested objects and arrays included). */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [];
  const out: string[][] = [];
  for (const [key, field] of Object.entries(value)) {
    out.push([...prefix, key]);
    out.push(...paths(field, [...prefix, key]));
  }
  return out;
}

function setAt(value: unknown, path: string[], replace: (old: unknown) => unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = replace(node[last]);
  return copy;
}

/** Bad versions of a valid body: a field of the wrong type, an unknown field, a misspelt enum, an unsendable value, or not an object at all. */
function badBodies(valid: unknown, requiredPaths: string[][]) {
  const all = paths(valid);
  return fc.oneof(
    fc.record({ path: fc.constantFrom(...all), value: wrongType }).map(({ path, value }) => setAt(valid, path, () => value)),
    // An unknown field (the schemas are strict); its value must survive JSON, or the field is simply not sent.
    fc
      .record({ key: fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x_${k}`), value: fc.jsonValue() })
      .map(({ key, value }) => ({ ...(valid as object), [key]: value })),
    fc.record({ path: fc.constantFrom(...all), value: unsendable }).map(({ path, value }) => setAt(valid, path, () => value)),
    ...(requiredPaths.length ? [fc.constantFrom(...requiredPaths).map((path) => setAt(valid, path, () => undefined, true))] : []),
    // Not an object at all (a Date becomes a string on the wire, so it is refused too).
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.date(), fc.bigInt()),
  );
}

function client() {
  let sent = 0;
  const monite = new MoniteClient({
    clientId: 'client-id',
    clientSecret: 'client-secret',
    baseUrl: 'https://monite.invalid/v1',
    maxRetries: 0,
    fetch: async () => {
      sent++;
      return new Response('{}', { status: 500 });
    },
  });
  return { monite, sent: () => sent };
}

async function failsWithoutSending(call: () => PromiseLike<unknown>, sent: () => number): Promise<void> {
  const before = sent();
  const outcome = await Promise.resolve()
    .then(call)
    .then(
      () => 'resolved',
      (error: unknown) => error,
    );
  expect(outcome).toBeInstanceOf(SDKError);
  expect(sent()).toBe(before);
}

describe('generated bad inputs never leave the client', () => {
  it(`entities.create: ${RUNS_PER_OPERATION} bad bodies`, async () => {
    const { monite, sent } = client();
    await fc.assert(
      fc.asyncProperty(badBodies(validEntity, [['type'], ['email'], ['address'], ['address', 'country'], ['organization', 'legal_name']]), (body) =>
        failsWithoutSending(() => monite.entities.create(body as never), sent),
      ),
      { numRuns: RUNS_PER_OPERATION, seed: 1 },
    );
    expect(sent()).toBe(0);
  });

  it(`entities.update: ${RUNS_PER_OPERATION} bad bodies or ids`, async () => {
    const { monite, sent } = client();
    const badUpdate = fc.oneof(
      badBodies({ email: 'a@b.example', organization: { legal_name: 'Renamed' } }, []).map((body) => ({ id: ENTITY_ID, body })),
      fc.oneof(fc.string({ maxLength: 8 }), fc.constant('not-a-uuid'), fc.constant('')).map((id) => ({ id, body: { email: 'a@b.example' } })),
    );
    await fc.assert(
      fc.asyncProperty(badUpdate, ({ id, body }) => failsWithoutSending(() => monite.entities.update(id, body as never), sent)),
      { numRuns: RUNS_PER_OPERATION, seed: 2 },
    );
    expect(sent()).toBe(0);
  });

  it(`roles.create: ${RUNS_PER_OPERATION} bad bodies`, async () => {
    const { monite, sent } = client();
    const scoped = monite.forEntity(ENTITY_ID);
    await fc.assert(
      fc.asyncProperty(badBodies(validRole, [['name'], ['permissions']]), (body) => failsWithoutSending(() => scoped.roles.create(body as never), sent)),
      { numRuns: RUNS_PER_OPERATION, seed: 3 },
    );
    expect(sent()).toBe(0);
  });

  it(`entityUsers.create: ${RUNS_PER_OPERATION} bad bodies`, async () => {
    const { monite, sent } = client();
    const scoped = monite.forEntity(ENTITY_ID);
    await fc.assert(
      fc.asyncProperty(badBodies(validUser, [['login'], ['first_name']]), (body) => failsWithoutSending(() => scoped.entityUsers.create(body as never), sent)),
      { numRuns: RUNS_PER_OPERATION, seed: 4 },
    );
    expect(sent()).toBe(0);
  });

  it(`entityUsers.update: ${RUNS_PER_OPERATION} bad bodies`, async () => {
    const { monite, sent } = client();
    const scoped = monite.forEntity(ENTITY_ID);
    await fc.assert(
      fc.asyncProperty(badBodies({ first_name: 'TestName', email: 'a@b.example' }, []), (body) =>
        failsWithoutSending(() => scoped.entityUsers.update(USER_ID, body as never), sent),
      ),
      { numRuns: RUNS_PER_OPERATION, seed: 5 },
    );
    expect(sent()).toBe(0);
  });
});
