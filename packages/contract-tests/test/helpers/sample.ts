/**
 * Builds deterministic, VALID sample values from the JSON Schemas of an OpenAPI 3.1 document:
 * required properties only, first enum value, first non-null union branch (discriminated unions
 * use their mapping consistently), lengths/bounds/minItems honoured, `format: binary` as a Blob.
 */
import { createHash } from 'node:crypto';

export type Schema = boolean | SchemaObject;
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema;
  items?: Schema;
  prefixItems?: Schema[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  contentMediaType?: string;
  [key: string]: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

/** A deterministic uuid (v4 layout) derived from a seed string. */
export function sampleUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const MAX_DEPTH = 40;

export class Sampler {
  constructor(private readonly doc: OpenApiDocument) {}

  /** Resolves a local `$ref` (`#/components/schemas/X`). */
  resolve(ref: string): Schema {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let node: unknown = this.doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      node = (node as Record<string, unknown> | undefined)?.[key];
    }
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return node as Schema;
  }

  /** Follows `$ref`s until a schema without one. */
  deref(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; typeof current === 'object' && current.$ref; i++) {
      if (i > 20) throw new Error(`$ref cycle at ${current.$ref}`);
      current = this.resolve(current.$ref);
    }
    return current;
  }

  /**
   * A valid value for `schema`. `seed` makes uuids distinct per location; `variant` makes
   * items of one array distinct (uniqueItems).
   */
  sample(schema: Schema | undefined, seed = 'root', variant = 0, depth = 0): unknown {
    if (depth > MAX_DEPTH) throw new Error(`schema nesting deeper than ${MAX_DEPTH} at ${seed}: recursive required properties?`);
    if (schema === undefined || schema === true) return 'sample';
    if (schema === false) throw new Error(`schema at ${seed} accepts nothing`);
    if (schema.$ref) {
      // Sibling keywords next to $ref are legal in 3.1; merge them over the target.
      const { $ref, ...siblings } = schema;
      const target = this.deref({ $ref });
      const merged = typeof target === 'object' ? { ...target, ...siblings } : target;
      return this.sample(merged, seed, variant, depth + 1);
    }
    if (schema.const !== undefined) return schema.const;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) {
      const values = schema.enum.filter((v) => v !== null);
      const pool = values.length > 0 ? values : schema.enum;
      return pool[variant % pool.length];
    }
    if (schema.allOf) return this.#allOf(schema, seed, variant, depth);
    const union = schema.oneOf ?? schema.anyOf;
    if (union) return this.#union(schema, union, seed, variant, depth);

    const type = this.#type(schema);
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return true;
      case 'integer':
      case 'number':
        return this.#number(schema, type, variant);
      case 'string':
        return this.#string(schema, seed, variant);
      case 'array':
        return this.#array(schema, seed, depth);
      case 'object':
        return this.#object(schema, seed, depth);
      default:
        // An unconstrained schema ({}): any JSON value is valid.
        return 'sample';
    }
  }

  #type(schema: SchemaObject): string | undefined {
    const t = schema.type;
    if (Array.isArray(t)) return t.find((x) => x !== 'null') ?? t[0];
    if (t) return t;
    if (schema.properties || schema.required || schema.additionalProperties !== undefined) return 'object';
    if (schema.items || schema.prefixItems) return 'array';
    if (schema.format) return 'string';
    return undefined;
  }

  #allOf(schema: SchemaObject, seed: string, variant: number, depth: number): unknown {
    const { allOf, ...rest } = schema;
    const parts = [...(allOf ?? [])];
    if (Object.keys(rest).some((k) => k !== 'description' && k !== 'title' && k !== 'default' && k !== 'examples' && k !== 'example')) {
      parts.push(rest);
    }
    let result: unknown;
    for (const part of parts) {
      const value = this.sample(part, seed, variant, depth + 1);
      if (isPlainObject(result) && isPlainObject(value)) result = { ...result, ...value };
      else if (value !== 'sample' || result === undefined) result = value;
    }
    return result;
  }

  #union(schema: SchemaObject, union: Schema[], seed: string, variant: number, depth: number): unknown {
    const { oneOf: _o, anyOf: _a, discriminator, ...rest } = schema;
    const branches = union.filter((b) => !this.#isNull(b));
    if (branches.length === 0) return null;
    const branch = branches[0]!;
    // Keywords beside the union (e.g. `additionalProperties`) constrain the branch too.
    const restKeys = Object.keys(rest).filter((k) => !['description', 'title', 'default', 'examples', 'example', 'type', 'nullable'].includes(k));
    const target = restKeys.length > 0 ? { allOf: [branch, rest] } : branch;
    const value = this.sample(target, seed, variant, depth + 1);
    if (discriminator && isPlainObject(value)) {
      const key = this.#discriminatorValue(discriminator, branch);
      if (key !== undefined) value[discriminator.propertyName] = key;
    }
    return value;
  }

  /** The mapping key that selects `branch` (first one, in mapping order), else the branch's own const/enum. */
  #discriminatorValue(discriminator: { propertyName: string; mapping?: Record<string, string> }, branch: Schema): unknown {
    if (typeof branch === 'object' && branch.$ref && discriminator.mapping) {
      const hit = Object.entries(discriminator.mapping).find(([, ref]) => ref === branch.$ref);
      if (hit) return hit[0];
    }
    const target = this.deref(branch);
    const property = typeof target === 'object' ? target.properties?.[discriminator.propertyName] : undefined;
    if (property === undefined) return undefined;
    const resolved = this.deref(property);
    if (typeof resolved === 'object') {
      if (resolved.const !== undefined) return resolved.const;
      if (resolved.enum?.length) return resolved.enum[0];
    }
    return typeof branch === 'object' && branch.$ref ? branch.$ref.split('/').pop() : undefined;
  }

  #isNull(schema: Schema): boolean {
    const s = this.deref(schema);
    return typeof s === 'object' && (s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null'));
  }

  #number(schema: SchemaObject, type: 'integer' | 'number', variant: number): number {
    let low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (type === 'integer' ? 1 : 0.5) : undefined);
    const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (type === 'integer' ? 1 : 0.5) : undefined);
    if (type === 'integer' && low !== undefined) low = Math.ceil(low);
    let value = (low ?? (high !== undefined && high < 1 ? high : 1)) + variant;
    if (high !== undefined && value > high) value = high;
    if (schema.multipleOf) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
    return type === 'integer' ? Math.trunc(value) : value;
  }

  #string(schema: SchemaObject, seed: string, variant: number): unknown {
    const suffix = variant === 0 ? '' : String(variant);
    switch (schema.format) {
      case 'binary':
        return new Blob([SAMPLE_PDF], { type: schema.contentMediaType ?? 'application/pdf' });
      case 'uuid':
        return sampleUuid(`${seed}#${variant}`);
      case 'email':
        return `user${suffix}@example.com`;
      case 'date':
        return `2024-05-${String(25 + (variant % 4)).padStart(2, '0')}`;
      case 'date-time':
        return `2024-05-25T12:00:${String(variant % 60).padStart(2, '0')}Z`;
      case 'uri':
      case 'url':
        return `https://example.com/${suffix || 'sample'}`;
      case 'hostname':
        return `mail${suffix}.example.com`;
      case 'color':
        return '#336699';
      case 'ipvanyaddress':
      case 'ipv4':
        return `127.0.0.${1 + (variant % 250)}`;
      default:
        return this.#plainString(schema, suffix);
    }
  }

  #plainString(schema: SchemaObject, suffix: string): string {
    let value = `sample${suffix}`;
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
      throw new Error(`no sample for pattern ${schema.pattern}`);
    }
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? Infinity;
    if (value.length < min) value = value.padEnd(min, 'x');
    if (value.length > max) value = value.slice(value.length - max); // keep the variant suffix
    return value;
  }

  #array(schema: SchemaObject, seed: string, depth: number): unknown[] {
    const count = Math.max(schema.minItems ?? 0, 0);
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const itemSchema = schema.prefixItems?.[i] ?? schema.items;
      out.push(this.sample(itemSchema, `${seed}[${i}]`, i, depth + 1));
    }
    return out;
  }

  #object(schema: SchemaObject, seed: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of schema.required ?? []) {
      const property = schema.properties?.[name] ??
        (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      out[name] = this.sample(property, `${seed}.${name}`, 0, depth + 1);
    }
    return out;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob);
}

/** The smallest well-formed one-page PDF: a realistic file for upload endpoints. */
export const SAMPLE_PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;
