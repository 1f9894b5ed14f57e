// Response unions accept variants Monite adds later, whether the spec names the discriminator or not.
import { describe, expect, it } from 'vitest';
import * as s from '../../monite/src/generated/schemas.ts';
import { buildCatalog } from '../src/catalog.ts';
import { discriminatorOf } from '../src/discriminator.ts';
import { monite } from '../src/vendors/monite.ts';
import { spec } from './spec-fixture.ts';

const catalog = buildCatalog(spec(), monite.names);
const unionOf = (name: string) => {
  const shape = catalog.entries.find((e) => e.publicName === name)!.shape;
  if (shape.kind !== 'union') throw new Error(`${name} is not a union`);
  return shape;
};
const now = '2024-05-25T10:00:00Z';

describe('discriminators', () => {
  it("uses the spec's discriminator, else a property each member pins, else a type naming each member's object", () => {
    expect(discriminatorOf(unionOf('EntityResponse'), catalog)).toMatchObject({ property: 'type', values: ['individual', 'organization'] });
    expect(discriminatorOf(unionOf('CounterpartResponse'), catalog)).toEqual({ property: 'type', values: ['individual', 'organization'], implied: ['individual', 'organization'] });
  });

  it('accepts a new variant in responses and pins each known one', () => {
    const base = { id: 'c1', created_at: now, updated_at: now };
    expect(s.CounterpartResponse_out.safeParse({ ...base, type: 'partnership', partnership: {} }).success).toBe(true);
    expect(s.CounterpartResponse_out.safeParse({ ...base, type: 'organization', individual: { first_name: 'A', last_name: 'B', is_customer: true, is_vendor: false } }).success).toBe(false);
  });
});
