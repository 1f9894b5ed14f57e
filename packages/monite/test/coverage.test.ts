// Every public operation of the vendor's spec has a generated method on MoniteClient.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationManifest } from '../src/generated/manifest.js';
import { MoniteClient } from '../src/index.js';

const specPath = fileURLToPath(new URL('../spec/schema.json', import.meta.url));
const INTERNAL = /^\/(portal|internal|frontend|ai)(\/|$)/;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function publicOperations(): { method: string; path: string; id: string }[] {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> };
  const out: { method: string; path: string; id: string }[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op || INTERNAL.test(path) || (method === 'post' && path === '/payables/storecove')) continue;
      out.push({ method: method.toUpperCase(), path, id: op.operationId });
    }
  }
  return out;
}

describe('coverage of the Monite spec', () => {
  const ops = publicOperations();
  const monite = new MoniteClient({ token: 't' });

  it('finds the 374 public operations in the spec', () => {
    expect(ops).toHaveLength(374);
  });

  it('has a generated method for every public operation, and none for internal ones', () => {
    const byKey = new Map(operationManifest.map((entry) => [`${entry.method} ${entry.path}`, entry]));
    const missing = ops.filter((op) => !byKey.has(`${op.method} ${op.path}`)).map((op) => `${op.method} ${op.path}`);
    expect(missing).toEqual([]);
    expect(operationManifest).toHaveLength(374);
    for (const entry of operationManifest) {
      const resource = (monite as unknown as Record<string, Record<string, unknown>>)[entry.resource];
      expect(typeof resource?.[entry.methodName], `${entry.method} ${entry.path} → monite.${entry.resource}.${entry.methodName}`).toBe('function');
    }
  });

  it('builds each resource group once per client, bound to that client', () => {
    expect(monite.entities).toBe(monite.entities);
    const scoped = monite.forEntity('e1');
    expect(scoped.roles).not.toBe(monite.roles);
    expect(Object.keys(monite)).not.toContain('entities'); // getters live on the prototype
  });

  it('uses names a person would choose for the seed flow', () => {
    const name = (method: string, path: string) => {
      const entry = operationManifest.find((e) => e.method === method && e.path === path);
      return entry && `${entry.resource}.${entry.methodName}`;
    };
    expect(name('POST', '/entities')).toBe('entities.create');
    expect(name('PATCH', '/entities/{entity_id}')).toBe('entities.update');
    expect(name('POST', '/roles')).toBe('roles.create');
    expect(name('GET', '/roles')).toBe('roles.list');
    expect(name('POST', '/entity_users')).toBe('entityUsers.create');
    expect(name('PATCH', '/entity_users/{entity_user_id}')).toBe('entityUsers.update');
    expect(name('POST', '/payables/{payable_id}/approve_payment_operation')).toBe('payables.approvePaymentOperation');
  });
});
