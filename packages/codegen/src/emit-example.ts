// An example call per method, for its TSDoc `@example`: the client variable, path parameters as
// placeholder ids, and a body (or required query) with only its required fields. Values come from the
// spec's own `example`/`examples` where one fits the field, otherwise from the schema (enum -> first
// value, string formats -> plausible values). Type-correct by construction; a codegen test
// typechecks the emitted examples against the SDK's sources.
import type { Catalog } from './catalog.ts';
import type { VendorEmit } from './config.ts';
import { camelCase, propertyKey } from './naming.ts';
import type { OperationModel } from './operation-model.ts';
import { toShape, type Shape } from './shape.ts';
import type { ApiParameter, JsonSchema } from './spec.ts';

export interface ExampleContext {
  catalog: Catalog;
  /** The spec's component schemas, for their examples. */
  schemas: Record<string, JsonSchema>;
  emit: VendorEmit;
}

/** Code lines of an example call of `m`, e.g. `const entity = await monite.entities.create({ ... });`. */
export function exampleCall(m: OperationModel, ctx: ExampleContext): string[] {
  const { op } = m;
  const args = op.pathParams.map((p) => quote(placeholderId(p.name)));
  const query = op.queryParams.filter((p) => p.required);
  if (m.bodyType && (op.body!.required || query.length)) args.push(render(valueOf(toShape(op.body!.schema), op.body!.schema, ctx, 0)));
  if (query.length) args.push(render(Object.fromEntries(query.map((p) => [p.name, parameterValue(p, ctx)]))));
  const client = op.entityHeader === 'required' && ctx.emit.entityScope ? `${ctx.emit.clientVariable}.${ctx.emit.entityScope}` : ctx.emit.clientVariable;
  const call = `${client}.${m.resource}.${m.method}(${args.join(', ')})`;
  if (m.pagination && m.itemType) return [`for await (const ${variableName(m.itemType, 'item')} of ${call}) {`, `  console.log(${variableName(m.itemType, 'item')});`, '}'];
  if (m.responseType === 'void' || m.responseType === 'undefined') return [`await ${call};`];
  const name = m.op.response.type === 'binary' ? 'file' : variableName(m.responseType, 'result');
  return [`const ${name} = await ${call};`];
}

/** `entity_id` -> `ENTITY_ID`: an obvious stand-in for a real id. */
function placeholderId(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** A variable named after a type: `EntityResponse` -> `entity`, `PayableResponseSchema` -> `payable`. */
function variableName(typeName: string, fallback: string): string {
  const bare = typeName.replace(/\s*\|\s*undefined$/, '');
  if (!/^[A-Z]\w*$/.test(bare)) return fallback;
  const stem = bare.replace(/(Response|Schema|Resource|Read|Object|Output|Item|Dto|DTO)+$/g, '') || bare;
  const name = camelCase(stem.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  return RESERVED.has(name) ? fallback : name;
}

const RESERVED = new Set(['delete', 'default', 'export', 'import', 'new', 'function', 'class', 'const', 'let', 'var', 'this', 'in', 'of', 'for', 'await', 'void', 'typeof', 'null', 'true', 'false', 'return', 'switch', 'case', 'do', 'if', 'else', 'try', 'catch', 'finally', 'throw', 'while', 'with', 'yield', 'enum', 'super', 'package', 'interface', 'static', 'private', 'protected', 'public', 'implements']);

function parameterValue(p: ApiParameter, ctx: ExampleContext): unknown {
  return valueOf(toShape(p.schema), p.schema, ctx, 0, p.name);
}

/** A plain value for `shape`; `json` is the spec schema at the same place (for its examples), when known. */
function valueOf(shape: Shape, json: JsonSchema | undefined, ctx: ExampleContext, depth: number, name = ''): unknown {
  const example = specExample(json);
  if (example !== undefined && fits(example, shape, ctx)) return example;
  switch (shape.kind) {
    case 'ref':
      return depth > 8 ? {} : valueOf(ctx.catalog.entry(shape.name).shape, ctx.schemas[shape.name], ctx, depth + 1, name);
    case 'nullable':
      return valueOf(shape.inner, nonNull(json), ctx, depth, name);
    case 'union':
      return valueOf(shape.members[0]!, (json?.anyOf ?? json?.oneOf)?.[0], ctx, depth, name);
    case 'enum':
      return shape.values[0];
    case 'literal':
      return shape.value;
    case 'string':
      return stringValue(shape, name);
    case 'number':
      return numberValue(shape);
    case 'boolean':
      return true;
    case 'binary':
      return BLOB;
    case 'null':
      return null;
    case 'unknown':
    case 'record':
      return {};
    case 'array':
      return shape.minItems ? [valueOf(shape.items, json?.items, ctx, depth + 1)] : [];
    case 'object':
      return Object.fromEntries(
        shape.properties.filter((p) => p.required).map((p) => [p.name, valueOf(p.shape, unwrap(json)?.properties?.[p.name], ctx, depth + 1, p.name)]),
      );
  }
}

/** Rendered as code, not as JSON. */
const BLOB = Symbol('blob');

function specExample(json: JsonSchema | undefined): unknown {
  if (!json) return undefined;
  const examples = (json as { examples?: unknown }).examples;
  return json.example ?? (Array.isArray(examples) ? examples[0] : undefined);
}

function unwrap(json: JsonSchema | undefined): JsonSchema | undefined {
  return json?.allOf?.length === 1 ? unwrap(json.allOf[0]) : json;
}

function nonNull(json: JsonSchema | undefined): JsonSchema | undefined {
  const members = unwrap(json)?.anyOf ?? unwrap(json)?.oneOf;
  return members ? members.find((m) => m.type !== 'null') : json;
}

/** Whether a spec example is a valid value of a leaf field (objects and arrays are built field by field). */
function fits(value: unknown, shape: Shape, ctx: ExampleContext): boolean {
  switch (shape.kind) {
    case 'ref':
      return fits(value, ctx.catalog.entry(shape.name).shape, ctx);
    case 'nullable':
      return value !== null && fits(value, shape.inner, ctx);
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value);
    case 'string':
      return typeof value === 'string' && stringFits(value, shape);
    case 'number':
      return typeof value === 'number' && (!shape.integer || Number.isInteger(value)) && (shape.minimum === undefined || value >= shape.minimum) && (shape.maximum === undefined || value <= shape.maximum) && (shape.exclusiveMinimum === undefined || value > shape.exclusiveMinimum) && (shape.exclusiveMaximum === undefined || value < shape.exclusiveMaximum);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

function stringFits(value: string, s: Extract<Shape, { kind: 'string' }>): boolean {
  if ((s.minLength !== undefined && value.length < s.minLength) || (s.maxLength !== undefined && value.length > s.maxLength)) return false;
  if (s.format && FORMAT_CHECKS[s.format] && !FORMAT_CHECKS[s.format]!.test(value)) return false;
  if (s.pattern === undefined) return true;
  try {
    return new RegExp(s.pattern, 'u').test(value);
  } catch {
    return false;
  }
}

const FORMAT_CHECKS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  uri: /^https?:\/\/\S+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
};

const FORMAT_VALUES: Record<string, string> = {
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'name@example.com',
  uri: 'https://example.com',
  date: '2024-05-25',
  'date-time': '2024-05-25T10:00:00Z',
};

/** Plain-text fields common to both vendors, by the last word of their name. */
const TEXT_VALUES: Record<string, string> = {
  name: 'Acme',
  city: 'Berlin',
  line1: 'Flughafenstrasse 52',
  code: '10115',
  email: 'name@example.com',
  phone: '+4930123456789',
  url: 'https://example.com',
  website: 'https://example.com',
  currency: 'EUR',
  description: 'Example',
  title: 'Example',
  login: 'jane.doe',
};

function stringValue(s: Extract<Shape, { kind: 'string' }>, name: string): string {
  const formatted = FORMAT_VALUES[s.format ?? ''];
  if (formatted) return formatted;
  const known = TEXT_VALUES[name.split(/_|(?=[A-Z])/).pop()!.toLowerCase()];
  if (known && stringFits(known, s)) return known;
  const min = Math.max(s.minLength ?? 0, 1);
  const text = 'example'.padEnd(min, 'x');
  return s.maxLength !== undefined && text.length > s.maxLength ? 'x'.repeat(Math.max(s.maxLength, min)) : text;
}

function numberValue(n: Extract<Shape, { kind: 'number' }>): number {
  if (n.minimum !== undefined) return n.minimum;
  if (n.exclusiveMinimum !== undefined) return n.integer ? Math.floor(n.exclusiveMinimum) + 1 : n.exclusiveMinimum + 1;
  if (n.maximum !== undefined && n.maximum < 1) return n.maximum;
  return 1;
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A value as TypeScript source: single quotes, bare keys where possible; objects over a line wide are broken up. */
function render(value: unknown, indent = ''): string {
  if (value === BLOB) return "new Blob(['...'])";
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map((v) => render(v, indent)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return '{}';
    const inline = `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${render(v, indent)}`).join(', ')} }`;
    if (!inline.includes('\n') && inline.length + indent.length <= 80) return inline;
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${render(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
