// Shape → zod/mini expression, in one of two flavours:
// - `in` (requests): closed enums, formats, lengths, ranges, integer-ness, strict objects where
//   the spec says `additionalProperties: false`.
// - `out` (responses): JSON types only. Unknown fields are kept (looseObject), enums accept any
//   string, and a discriminated union (see discriminator.ts) also accepts an object with an unknown
//   discriminator value, so a new value or variant added by Monite never fails a call.
import type { Catalog, Flavour } from './catalog.ts';
import { discriminatorOf } from './discriminator.ts';
import { propertyKey } from './naming.ts';
import type { NumberChecks, Shape, StringChecks } from './shape.ts';

export interface ZodContext {
  catalog: Catalog;
  flavour: Flavour;
  /** The expression that references a component schema (a const, or `z.lazy` for cycles). */
  reference(specName: string): string;
  /** The vendor's request checks for string formats, replacing the defaults (see VendorConfig.requestFormats). */
  formats?: Readonly<Record<string, string>>;
}

/**
 * The object factories of schemas.ts (see SCHEMA_HELPERS): zod/mini's objects with zod's compiled parser.
 * Same behaviour as `z.object` / `z.looseObject` / `z.strictObject`.
 */
export const OBJECT = { plain: 'jitObject', loose: 'jitLooseObject', strict: 'jitStrictObject' } as const;

/** Schema const name of a catalog entry in a flavour, e.g. `EntityResponse_out`. */
export function schemaConstName(publicName: string, flavour: Flavour): string {
  return `${publicName}_${flavour}`;
}

/** Enums are inlined as `z.string()` in responses, so they have no response const. */
export function hasConst(shape: Shape, flavour: Flavour): boolean {
  return !(flavour === 'out' && shape.kind === 'enum');
}

export function zodOf(shape: Shape, ctx: ZodContext): string {
  const strict = ctx.flavour === 'in';
  switch (shape.kind) {
    case 'ref': {
      const entry = ctx.catalog.entry(shape.name);
      return hasConst(entry.shape, ctx.flavour) ? ctx.reference(shape.name) : zodOf(entry.shape, ctx);
    }
    case 'nullable':
      return `z.nullable(${zodOf(shape.inner, ctx)})`;
    case 'union':
      return unionOf(shape, ctx);
    case 'enum':
      return strict ? `z.enum(${JSON.stringify(shape.values)})` : 'z.string()';
    case 'literal':
      return `z.literal(${JSON.stringify(shape.value)})`;
    case 'string':
      return strict ? stringOf(shape, ctx.formats) : 'z.string()';
    case 'number':
      return strict ? numberOf(shape) : 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'binary':
      return 'z.instanceof(Blob)';
    case 'null':
      return 'z.null()';
    case 'unknown':
      return 'z.unknown()';
    case 'array': {
      const checks = strict ? lengthChecks(shape.minItems, shape.maxItems) : [];
      return withChecks(`z.array(${zodOf(shape.items, ctx)})`, checks);
    }
    case 'record':
      return `z.record(z.string(), ${zodOf(shape.values, ctx)})`;
    case 'object': {
      const fields = shape.properties.map((p) => {
        const value = zodOf(p.shape, ctx);
        return `${propertyKey(p.name)}: ${p.required ? value : `z.optional(${value})`}`;
      });
      const factory = !strict ? OBJECT.loose : shape.strict ? OBJECT.strict : OBJECT.plain;
      return `${factory}({ ${fields.join(', ')} })`;
    }
  }
}

function unionOf(shape: Extract<Shape, { kind: 'union' }>, ctx: ZodContext): string {
  let members = shape.members.map((m) => zodOf(m, ctx));
  const d = discriminatorOf(shape, ctx.catalog);
  if (ctx.flavour === 'out' && d?.implied) {
    // Pin each member's value, so a member that does not apply says so at the discriminator.
    const key = propertyKey(d.property);
    members = members.map((m, i) => `z.intersection(${m}, ${OBJECT.loose}({ ${key}: z.literal(${JSON.stringify(d.implied![i])}) }))`);
  }
  if (ctx.flavour === 'out' && d) {
    // Forward compatibility: a variant Monite adds later parses as a loose object. The refinement
    // aborts, so for a known value zod reports every branch (and formatIssues picks the matching
    // one) instead of short-cutting to this branch's lone non-aborting issue.
    const known = JSON.stringify(d.values);
    members.push(`${OBJECT.loose}({ ${propertyKey(d.property)}: z.string().check(z.refine((v) => !${known}.includes(v), { abort: true })) })`);
  }
  return `z.union([${members.join(', ')}])`;
}

function stringOf(s: StringChecks, formats: Readonly<Record<string, string>> = {}): string {
  const base = formats[s.format ?? ''] ?? STRING_FORMATS[s.format ?? ''] ?? 'z.string()';
  const checks = lengthChecks(s.minLength, s.maxLength);
  if (s.pattern !== undefined) checks.push(`z.regex(${regexLiteral(s.pattern)})`);
  return withChecks(base, checks);
}

/** Formats Monite (pydantic) validates and zod can check the same way; others stay plain strings. */
const STRING_FORMATS: Record<string, string> = {
  // pydantic's UUID accepts any 8-4-4-4-12 hex id, not only RFC 4122 variants, so use guid().
  uuid: 'z.guid()',
  email: 'z.email()',
  uri: 'z.url()',
  date: 'z.iso.date()',
  // Monite takes ISO-8601 with or without an offset (`…[Z|±hh:mm]`).
  'date-time': 'z.iso.datetime({ offset: true, local: true })',
};

function numberOf(n: NumberChecks): string {
  const checks: string[] = [];
  if (n.minimum !== undefined) checks.push(`z.gte(${n.minimum})`);
  if (n.maximum !== undefined) checks.push(`z.lte(${n.maximum})`);
  if (n.exclusiveMinimum !== undefined) checks.push(`z.gt(${n.exclusiveMinimum})`);
  if (n.exclusiveMaximum !== undefined) checks.push(`z.lt(${n.exclusiveMaximum})`);
  return withChecks(n.integer ? 'z.int()' : 'z.number()', checks);
}

function lengthChecks(min: number | undefined, max: number | undefined): string[] {
  const checks: string[] = [];
  if (min !== undefined && min > 0) checks.push(`z.minLength(${min})`);
  if (max !== undefined) checks.push(`z.maxLength(${max})`);
  return checks;
}

function withChecks(base: string, checks: string[]): string {
  return checks.length ? `${base}.check(${checks.join(', ')})` : base;
}

function regexLiteral(pattern: string): string {
  return `/${pattern.replace(/\//g, '\\/')}/`;
}
