// formatIssues on unions: the branch picked by its discriminator, merged enum values, no echoed input.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatIssues } from '../src/validation/format-issues.js';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a mismatch');
  return formatIssues(result.error.issues);
};

const organization = z.looseObject({ type: z.literal('organization'), address: z.object({ city: z.string() }), organization: z.object({ legal_name: z.string() }) });
const individual = z.looseObject({ type: z.literal('individual'), individual: z.object({ first_name: z.string() }) });
// The generator's forward-compatible branch: any other `type` is a variant added later.
const newer = z.looseObject({ type: z.string().check(z.refine((v) => !['individual', 'organization'].includes(v), { abort: true })) });
const entity = z.union([individual, organization, newer]);

describe('formatIssues on unions', () => {
  it("reports the discriminated branch's issue, naming the branch", () => {
    expect(issuesOf(entity, { type: 'organization', organization: { legal_name: 'Acme' } })).toEqual([
      { path: 'address', message: 'required, expected object (type is "organization")' },
    ]);
    expect(issuesOf(z.object({ entity }), { entity: { type: 'individual', individual: { first_name: 1 } } })).toEqual([
      { path: 'entity.individual.first_name', message: 'expected string, got number (type is "individual")' },
    ]);
  });

  it('still accepts an unknown discriminator value through the forward-compatible branch', () => {
    expect(entity.safeParse({ type: 'partnership' }).success).toBe(true);
  });

  it('lists every branch’s values when no branch accepts the field', () => {
    const permission = z.union([
      z.object({ object_type: z.enum(['receivable', 'role']), actions: z.array(z.string()) }),
      z.object({ object_type: z.literal('payable'), actions: z.array(z.string()) }),
    ]);
    expect(issuesOf(permission, { object_type: 'payables', actions: [] })).toEqual([{ path: 'object_type', message: 'must be one of "receivable", "role", "payable"' }]);
    expect(issuesOf(entity, {})).toEqual([{ path: 'type', message: 'required, must be one of "individual", "organization"' }]);
  });

  it('falls back to the closest branch when nothing discriminates', () => {
    expect(issuesOf(z.union([z.object({ a: z.string(), b: z.string() }), z.object({ c: z.string() })]), { a: 'x', c: 1 })).toEqual([{ path: 'b', message: 'required, expected string' }]);
  });

  it('never echoes a discriminator value that does not look like an enum value', () => {
    const open = z.union([z.looseObject({ kind: z.string(), n: z.number() }), z.looseObject({ kind: z.literal('x'), m: z.number() })]);
    const [issue] = issuesOf(open, { kind: 'jane.doe@example.com secret', n: 'one' });
    expect(issue).toEqual({ path: 'n', message: 'expected number, got string' });
  });
});
