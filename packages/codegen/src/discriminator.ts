// Which property tells a union's members apart. Response schemas use it for an "unknown variant"
// fallback, so a variant Monite adds later is accepted rather than reported as a mismatch.
import type { Catalog } from './catalog.ts';
import type { Shape } from './shape.ts';

type UnionShape = Extract<Shape, { kind: 'union' }>;
type ObjectShape = Extract<Shape, { kind: 'object' }>;

export interface Discriminator {
  property: string;
  /** Every member's value, sorted. */
  values: string[];
  /**
   * Set when the members do not pin the property themselves (it is a shared enum) but each member
   * requires an object named after one value (`type: 'organization'` ↔ `organization: {…}`): the
   * value of each member, in member order.
   */
  implied?: string[];
}

/**
 * The spec's `discriminator` (when it maps values), else a required property that every member
 * pins to its own single value (a one-value enum or a const), e.g. counterparts' `type`.
 */
export function discriminatorOf(shape: UnionShape, catalog: Catalog): Discriminator | undefined {
  if (shape.discriminator?.values.length) return shape.discriminator;
  const objects = shape.members.map((m) => objectOf(m, catalog));
  const [first] = objects;
  if (!first || objects.some((o) => o === undefined)) return undefined;
  for (const { name } of first.properties) {
    const values = objects.map((o) => pinnedValue(o!, name, catalog));
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) {
      return { property: name, values: (values as string[]).sort() };
    }
  }
  return impliedDiscriminator(objects as ObjectShape[], catalog);
}

/** Counterparts and entities: a shared `type` enum whose values name each member's own required object. */
function impliedDiscriminator(objects: ObjectShape[], catalog: Catalog): Discriminator | undefined {
  for (const { name, required, shape } of objects[0]!.properties) {
    const resolved = shape.kind === 'ref' ? catalog.entry(shape.name).shape : shape;
    if (!required || resolved.kind !== 'enum') continue;
    const values = resolved.values;
    const implied = objects.map((o) => {
      const named = values.filter((v) => o.properties.some((p) => p.name === v && p.required));
      return named.length === 1 && o.properties.some((p) => p.name === name && p.required) ? named[0] : undefined;
    });
    if (implied.every((v) => v !== undefined) && new Set(implied).size === objects.length) {
      return { property: name, values: [...(implied as string[])].sort(), implied: implied as string[] };
    }
  }
  return undefined;
}

function objectOf(shape: Shape, catalog: Catalog): ObjectShape | undefined {
  const resolved = shape.kind === 'ref' ? catalog.entry(shape.name).shape : shape;
  return resolved.kind === 'object' ? resolved : undefined;
}

function pinnedValue(object: ObjectShape, name: string, catalog: Catalog): string | undefined {
  const property = object.properties.find((p) => p.name === name);
  if (!property?.required) return undefined;
  const shape = property.shape.kind === 'ref' ? catalog.entry(property.shape.name).shape : property.shape;
  if (shape.kind === 'literal' && typeof shape.value === 'string') return shape.value;
  if (shape.kind === 'enum' && shape.values.length === 1) return shape.values[0];
  return undefined;
}
