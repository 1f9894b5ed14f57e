/**
 * MonetizeNow's OpenAPI 3.0.3 document as published (packages/monetizenow/spec, byte for byte): its
 * operations, deterministic call arguments sampled from it, and its JSON Schema view for Ajv.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Sampler, type OpenApiDocument, type Schema, type SchemaObject } from './sample.js';
import { pathParamNames, type SpecOperation, type SpecParameter } from './spec.js';

export const MONETIZENOW_SPEC_PATH = fileURLToPath(new URL('../../../monetizenow/spec/monetizenow-openapi.json', import.meta.url));

/** Ajv's `$id` for the whole document; every `$ref` is rewritten to point into it. */
export const SPEC_ID = 'https://contract-tests.invalid/monetizenow-openapi.json';

export interface MonetizeNowOperation extends SpecOperation {
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> }>;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function loadMonetizeNowSpec(path = MONETIZENOW_SPEC_PATH): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

/** Every operation (all 156 are public), path-level parameters merged in. */
export function monetizeNowOperations(doc: OpenApiDocument): MonetizeNowOperation[] {
  const out: MonetizeNowOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = ((item as { parameters?: SpecParameter[] }).parameters ?? []) as SpecParameter[];
    for (const method of HTTP_METHODS) {
      const op = item[method] as Omit<MonetizeNowOperation, 'method' | 'path'> | undefined;
      if (!op) continue;
      out.push({ ...op, tags: op.tags ?? [], parameters: [...shared, ...(op.parameters ?? [])], method: method.toUpperCase() as MonetizeNowOperation['method'], path });
    }
  }
  return out;
}

/** The lowest 2xx the operation declares, its content type and media entry (undefined = no body). */
export function successOf(op: MonetizeNowOperation): { status: number; contentType: string | undefined; media: { schema?: Schema; example?: unknown } | undefined } {
  const code = Object.keys(op.responses).filter((c) => /^2\d\d$/.test(c)).sort()[0] ?? '200';
  const [contentType, media] = Object.entries(op.responses[code]?.content ?? {})[0] ?? [];
  return { status: Number(code), contentType, media };
}

export interface MonetizeNowArgs {
  /** Values for the path placeholders, in path order. */
  path: string[];
  /** Required query parameters (sampled); `{}` when the operation has only optional ones. */
  query: Record<string, unknown>;
  body?: unknown;
  bodyContentType?: string;
}

/**
 * Deterministic arguments: every path parameter (a string named after the parameter), required query
 * parameters, and the request body's required fields (first media type, as the SDK sends it).
 */
export function sampleMonetizeNowArgs(sampler: Sampler, op: MonetizeNowOperation, bodyContentType?: string): MonetizeNowArgs {
  const path = pathParamNames(op.path).map((name) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    const value = sampler.sample(param?.schema, `${op.operationId}:${name}`);
    // `{value}` id objects (a spec defect, see knownIssues) cannot be a path segment: a string stands in.
    return value === 'sample' || typeof value === 'object' ? `${name}_sample` : String(value);
  });
  const query: Record<string, unknown> = {};
  for (const p of op.parameters) if (p.in === 'query' && p.required) query[p.name] = sampler.sample(p.schema, `${op.operationId}:${p.name}`);
  let body: unknown;
  if (op.requestBody) {
    const entries = Object.entries(op.requestBody.content);
    const [contentType, media] = entries.find(([type]) => type === bodyContentType) ?? entries[0] ?? [];
    bodyContentType = contentType;
    body = sampler.sample(media?.schema, `${op.operationId}:body`);
  }
  return { path, query, body, bodyContentType };
}

/**
 * OpenAPI 3.0 schema → JSON Schema (draft 7) for Ajv, on a deep copy: `nullable: true` admits `null`
 * (`type: [t, 'null']`, `null` added to an `enum`, or `anyOf` with `{type: 'null'}` where there is no `type`),
 * and local `$ref`s become absolute (`SPEC_ID#/components/...`) so any fragment can be compiled on its own.
 * Exclusive bounds move to draft-7 form (`exclusiveBounds`). `$ref` siblings are dropped, as OpenAPI 3.0 says (a `nullable` beside a `$ref` is ignored too).
 */
export function toJsonSchemaDocument(doc: OpenApiDocument): Record<string, unknown> {
  const convert = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => convert(v));
    if (!value || typeof value !== 'object') return value;
    // Examples are data, not schemas.
    if (key === 'example' || key === 'examples') return value;
    const input = value as Record<string, unknown>;
    if (typeof input['$ref'] === 'string') {
      const ref = input['$ref'];
      return { $ref: ref.startsWith('#') ? `${SPEC_ID}${ref}` : ref };
    }
    const converted: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) converted[k] = k === 'properties' ? convertMap(v) : convert(v, k);
    const out = exclusiveBounds(converted);
    if (out['nullable'] === true) {
      delete out['nullable'];
      if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
      if (typeof out['type'] === 'string') return { ...out, type: [out['type'], 'null'] };
      return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  };
  // Property names are free (a property may be called `example` or `nullable`).
  const convertMap = (value: unknown): unknown =>
    value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)])) : value;
  return { ...(convert(doc) as Record<string, unknown>), $id: SPEC_ID };
}

/** A JSON pointer (`#/paths/~1api~1x/get/...`) into the spec document. */
export function pointer(...parts: string[]): string {
  return `${SPEC_ID}#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/**
 * OpenAPI 3.0 (JSON Schema draft 4) writes exclusive bounds as booleans beside `minimum`/`maximum`;
 * draft 7 (Ajv, the sampler) wants the bound itself: `{minimum: 0, exclusiveMinimum: true}` → `{exclusiveMinimum: 0}`.
 */
export function exclusiveBounds(schema: Record<string, unknown>): Record<string, unknown> {
  const out = { ...schema };
  for (const [bound, flag] of [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else delete out[flag];
  }
  return out;
}

/** A deep copy with exclusive bounds in draft-7 form: what the sampler reads. */
export function samplingDocument(doc: OpenApiDocument): OpenApiDocument {
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (!value || typeof value !== 'object' || key === 'example') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'properties' ? walkMap(v) : walk(v, k);
    return exclusiveBounds(out);
  };
  const walkMap = (value: unknown): unknown => (value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])) : value);
  return walk(doc) as OpenApiDocument;
}

/**
 * The shared sampler, plus springdoc's subtype shape: `{required: [...], allOf: [{$ref: Parent}, {properties}]}`
 * lists required properties that only the parts define, so the parts are merged into one object schema first.
 */
export class MonetizeNowSampler extends Sampler {
  override sample(schema: Schema | undefined, seed = 'root', variant = 0, depth = 0): unknown {
    if (typeof schema === 'object' && (schema.allOf || schema.$ref)) {
      const target = this.deref(schema);
      if (typeof target === 'object' && target.allOf) {
        const merged = this.#merge(target, 0);
        if (merged) return super.sample(merged, seed, variant, depth);
      }
    }
    return super.sample(schema, seed, variant, depth);
  }

  /** allOf of object schemas → one object schema (properties and required united); undefined when a part is not an object. */
  #merge(schema: SchemaObject, depth: number): SchemaObject | undefined {
    if (depth > 10) return undefined;
    const { allOf, ...own } = schema;
    const properties: Record<string, Schema> = {};
    const required = new Set<string>();
    for (const part of [...(allOf ?? []), own]) {
      let target = this.deref(part);
      if (typeof target !== 'object') return undefined;
      if (target.allOf) target = this.#merge(target, depth + 1) ?? target;
      if (target.type !== undefined && target.type !== 'object') return undefined;
      Object.assign(properties, target.properties ?? {});
      for (const name of target.required ?? []) required.add(name);
    }
    return { type: 'object', properties, required: [...required] };
  }
}

export type { Schema, SchemaObject };
