// Java-style inheritance in OAS 3.0 specs (`allOf: [{$ref: Base}, {properties: …}]`) becomes one
// object schema with the members' properties merged, so the rest of the generator only ever sees
// single-member `allOf` wrappers (which shape.ts unwraps).
import type { JsonSchema } from './spec.ts';

/** Replaces every multi-member `allOf` (components and nested schemas) by the merged object, in place. */
export function flattenAllOf(schemas: Record<string, JsonSchema>): void {
  const resolving = new Set<string>();
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (!schema.$ref) return flatten(schema);
    const name = schema.$ref.split('/').pop()!;
    const target = schemas[name];
    if (!target || resolving.has(name)) throw new Error(`allOf member ${schema.$ref} cannot be resolved`);
    resolving.add(name);
    try {
      return flatten(target);
    } finally {
      resolving.delete(name);
    }
  };
  const flatten = (schema: JsonSchema): JsonSchema => {
    if (!schema.allOf || schema.allOf.length < 2) return schema;
    const properties: Record<string, JsonSchema> = {};
    const required = new Set<string>();
    // The schema's own properties and required list (beside `allOf`) count as one more member.
    const own: JsonSchema = { properties: schema.properties, required: schema.required };
    for (const member of [...schema.allOf.map(resolve), own]) {
      if (member.type !== undefined && member.type !== 'object') throw new Error('allOf of non-object schemas is not supported');
      Object.assign(properties, member.properties ?? {});
      (member.required ?? []).forEach((name) => required.add(name));
    }
    const { allOf: _allOf, ...rest } = schema;
    return { ...rest, type: 'object', properties, ...(required.size ? { required: [...required] } : {}) };
  };
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    const flat = flatten(value as JsonSchema) as Record<string, unknown>;
    for (const key of Object.keys(flat)) if (key !== 'example' && key !== 'examples') flat[key] = visit(flat[key]);
    return flat;
  };
  for (const name of Object.keys(schemas)) schemas[name] = visit(schemas[name]) as JsonSchema;
}
