// Request types close enums; response types keep them open (see emit-types.ts and catalog.ts).
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { spec } from './spec-fixture.ts';
import { monite } from '../src/vendors/monite.ts';

const declarationOf = (code: string, name: string): string => {
  const match = code.match(new RegExp(`^export interface ${name} \\{[\\s\\S]*?^\\}$|^export type ${name} = .*;$`, 'm'));
  if (!match) throw new Error(`${name} is not declared`);
  return match[0];
};

describe('request and response enums', () => {
  const files = generate(spec(), monite);
  const models = files.get('models.ts')!;

  it('declares named enums closed', () => {
    expect(declarationOf(models, 'ActionEnum')).toBe('export type ActionEnum = "create" | "read" | "update" | "delete";');
  });

  it('opens enums on the response side only', () => {
    expect(declarationOf(models, 'ActionSchema')).toContain('action_name?: OpenEnum<ActionEnum>;');
    expect(declarationOf(models, 'ActionSchemaInput')).toContain('action_name?: ActionEnum;');
    expect(declarationOf(models, 'CommonSchema')).toContain('| (string & {})');
    expect(declarationOf(models, 'CommonSchemaInput')).not.toContain('string & {}');
  });

  it('gives request bodies the closed twins and responses the plain names', () => {
    expect(declarationOf(models, 'CreateRoleRequest')).toContain('permissions: BizObjectsSchemaInput;');
    expect(declarationOf(models, 'RoleResponse')).toContain('permissions: BizObjectsSchema;');
  });

  it('types request schemas against the closed twins', () => {
    expect(files.get('schemas.ts')).toContain('export const BizObjectsSchema_in = /* @__PURE__ */ requestSchema<BizObjectsSchemaInput>(');
  });

  it('adds a twin only where the two sides differ', () => {
    const twins = [...models.matchAll(/^export (?:interface|type) (\w+)Input\b/gm)].map((m) => m[1]!);
    expect(twins.length).toBeGreaterThan(10);
    for (const name of twins) expect(declarationOf(models, `${name}Input`)).not.toEqual(declarationOf(models, name).replace(name, `${name}Input`));
  });
});
