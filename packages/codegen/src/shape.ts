// Normalises the many ways JSON Schema can say the same thing (allOf wrappers, anyOf-with-null,
// `nullable: true`) into one small tree that the type and zod emitters both walk.
import type { JsonSchema } from './spec.ts';

export interface Property {
  name: string;
  shape: Shape;
  required: boolean;
  description?: string;
  deprecated: boolean;
}

export interface StringChecks {
  /** A hand-written type standing for this string (a branded id); the vendor's patch sets `x-brand`. */
  brand?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface NumberChecks {
  /** A hand-written type standing for this number (`Amount`). */
  brand?: string;
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export type Shape =
  | { kind: 'ref'; name: string }
  | { kind: 'nullable'; inner: Shape }
  | { kind: 'union'; members: Shape[]; discriminator?: { property: string; values: string[] } }
  | { kind: 'enum'; values: string[] }
  | { kind: 'literal'; value: string | number | boolean }
  | ({ kind: 'string' } & StringChecks)
  | ({ kind: 'number' } & NumberChecks)
  | { kind: 'boolean' }
  | { kind: 'binary' }
  | { kind: 'null' }
  | { kind: 'unknown' }
  | { kind: 'array'; items: Shape; minItems?: number; maxItems?: number }
  | { kind: 'object'; properties: Property[]; strict: boolean }
  | { kind: 'record'; values: Shape };

export function refName(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

export function toShape(schema: JsonSchema): Shape {
  const shape = toBareShape(schema);
  return schema.nullable === true ? nullable(shape) : shape;
}

function nullable(shape: Shape): Shape {
  return shape.kind === 'nullable' || shape.kind === 'null' ? shape : { kind: 'nullable', inner: shape };
}

function toBareShape(schema: JsonSchema): Shape {
  if (schema.$ref) return { kind: 'ref', name: refName(schema.$ref) };
  if (schema.allOf) {
    const [only] = schema.allOf;
    if (schema.allOf.length !== 1 || !only) throw new Error('allOf with several members is not supported');
    return toShape(only);
  }
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return unionShape(schema, members);
  if (schema.const !== undefined) return { kind: 'literal', value: schema.const as string };
  if (schema.enum) return enumShape(schema.enum);
  switch (schema.type) {
    case 'string':
      return schema.format === 'binary' ? { kind: 'binary' } : stringShape(schema);
    case 'integer':
    case 'number':
      return numberShape(schema);
    case 'boolean':
      return { kind: 'boolean' };
    case 'null':
      return { kind: 'null' };
    case 'array':
      return { kind: 'array', items: schema.items ? toShape(schema.items) : { kind: 'unknown' }, minItems: schema.minItems, maxItems: schema.maxItems };
    case 'object':
      return objectShape(schema);
    case undefined:
      return schema.properties ? objectShape(schema) : { kind: 'unknown' };
    default:
      throw new Error(`unsupported type ${schema.type}`);
  }
}

function unionShape(schema: JsonSchema, members: JsonSchema[]): Shape {
  const shapes = members.map(toShape);
  const nonNull = shapes.filter((s) => s.kind !== 'null');
  const hasNull = nonNull.length < shapes.length;
  const [single] = nonNull;
  let inner: Shape;
  if (nonNull.length === 1 && single) inner = single;
  else {
    const d = schema.discriminator;
    inner = {
      kind: 'union',
      members: nonNull,
      discriminator: d ? { property: d.propertyName, values: Object.keys(d.mapping ?? {}).sort() } : undefined,
    };
  }
  return hasNull ? nullable(inner) : inner;
}

function enumShape(values: unknown[]): Shape {
  const strings = values.filter((v): v is string => typeof v === 'string');
  if (strings.length + values.filter((v) => v === null).length !== values.length) {
    throw new Error(`only string enums are supported: ${JSON.stringify(values)}`);
  }
  const shape: Shape = { kind: 'enum', values: strings };
  return strings.length < values.length ? nullable(shape) : shape;
}

function stringShape(s: JsonSchema): Shape {
  const shape: Shape = { kind: 'string', format: s.format, minLength: s.minLength, maxLength: s.maxLength, pattern: s.pattern };
  return s['x-brand'] ? { ...shape, brand: s['x-brand'] } : shape;
}

function numberShape(s: JsonSchema): Shape {
  // OAS 3.0 writes an exclusive bound as `minimum: 0, exclusiveMinimum: true`; 3.1 as `exclusiveMinimum: 0`.
  const lowExclusive = s.exclusiveMinimum === true;
  const highExclusive = s.exclusiveMaximum === true;
  return {
    kind: 'number',
    ...(s['x-brand'] ? { brand: s['x-brand'] } : {}),
    integer: s.type === 'integer',
    minimum: lowExclusive ? undefined : s.minimum,
    maximum: highExclusive ? undefined : s.maximum,
    exclusiveMinimum: lowExclusive ? s.minimum : bound(s.exclusiveMinimum),
    exclusiveMaximum: highExclusive ? s.maximum : bound(s.exclusiveMaximum),
  };
}

function bound(value: number | boolean | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function objectShape(schema: JsonSchema): Shape {
  const extra = schema.additionalProperties;
  if (!schema.properties) {
    if (extra === false) return { kind: 'object', properties: [], strict: true };
    return { kind: 'record', values: typeof extra === 'object' ? toShape(extra) : { kind: 'unknown' } };
  }
  if (typeof extra === 'object') throw new Error('properties plus an additionalProperties schema is not supported');
  const required = new Set(schema.required ?? []);
  const properties = Object.keys(schema.properties)
    .sort()
    .map((name): Property => {
      const prop = schema.properties![name]!;
      return {
        name,
        shape: toShape(prop),
        required: required.has(name),
        description: prop.description,
        deprecated: prop.deprecated === true,
      };
    });
  return { kind: 'object', properties, strict: extra === false };
}

/** Every component name a shape refers to directly. */
export function shapeRefs(shape: Shape, out: string[] = []): string[] {
  switch (shape.kind) {
    case 'ref':
      out.push(shape.name);
      break;
    case 'nullable':
      shapeRefs(shape.inner, out);
      break;
    case 'union':
      shape.members.forEach((m) => shapeRefs(m, out));
      break;
    case 'array':
      shapeRefs(shape.items, out);
      break;
    case 'record':
      shapeRefs(shape.values, out);
      break;
    case 'object':
      shape.properties.forEach((p) => shapeRefs(p.shape, out));
      break;
  }
  return out;
}
