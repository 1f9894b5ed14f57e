// Loads the OpenAPI document and reduces it to the public operations the SDK exposes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OpenApiDocument, VendorConfig } from './config.ts';
import { flattenAllOf } from './normalize.ts';

/** The subset of JSON Schema (OAS 3.0 and 3.1) the vendors' specs use. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  deprecated?: boolean;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** A number in OAS 3.1; `true` (with `minimum`) in OAS 3.0. */
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
  /** Set by a vendor's patch: the hand-written type (a branded id, `Amount`) that stands for this string or number. */
  'x-brand'?: string;
}

interface RawParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

interface RawOperation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  /** Absent or empty when the operation takes no credentials (`POST /auth/token`). */
  security?: Record<string, string[]>[];
  parameters?: RawParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface Spec {
  title: string;
  version: string;
  sha256: string;
  schemas: Record<string, JsonSchema>;
  operations: ApiOperation[];
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiParameter {
  name: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/** One public operation, with everything the emitters need and nothing HTTP-framework specific. */
export interface ApiOperation {
  id: string;
  method: HttpMethod;
  path: string;
  tag: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Whether the spec declares security (a bearer token) for the operation. */
  authenticated: boolean;
  /** Whether the operation takes the vendor's scoping header; only for vendors that have one. */
  entityHeader?: 'required' | 'optional' | 'none';
  pathParams: ApiParameter[];
  queryParams: ApiParameter[];
  body?: { schema: JsonSchema; required: boolean; type: 'json' | 'multipart' };
  /** `optional`: the spec also declares a 204 beside the response with content (nothing to return). */
  response: { type: 'json' | 'binary' | 'none'; schema?: JsonSchema; optional?: boolean };
  /** JSON bodies of declared error responses (typed for callers that inspect errors). */
  errors: JsonSchema[];
}

const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function loadSpec(file: string, config: VendorConfig): Spec {
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text) as OpenApiDocument;
  config.patch?.(doc);
  flattenAllOf(doc.components.schemas);
  const operations: ApiOperation[] = [];
  for (const path of Object.keys(doc.paths).sort()) {
    for (const method of HTTP_METHODS) {
      const raw = doc.paths[path]![method.toLowerCase()] as RawOperation | undefined;
      if (raw && !config.isInternal(method, path)) operations.push(toApiOperation(method, path, raw, config));
    }
  }
  return {
    title: doc.info.title,
    version: doc.info.version,
    sha256: createHash('sha256').update(text).digest('hex'),
    schemas: doc.components.schemas,
    operations,
  };
}

function toApiOperation(method: HttpMethod, path: string, raw: RawOperation, config: VendorConfig): ApiOperation {
  const params = raw.parameters ?? [];
  for (const p of params) {
    if (p.in === 'cookie' || (p.in === 'header' && !config.runtimeHeaders.includes(p.name.toLowerCase()))) {
      throw new Error(`${method} ${path}: unsupported ${p.in} parameter ${p.name}`);
    }
  }
  const scope = config.scopeHeader;
  const entity = scope === undefined ? undefined : params.find((p) => p.in === 'header' && p.name.toLowerCase() === scope);
  const pick = (where: RawParameter['in']): ApiParameter[] =>
    params
      .filter((p) => p.in === where)
      .map((p) => ({ name: p.name, required: p.required === true, description: p.description, schema: p.schema }));
  return {
    id: raw.operationId,
    method,
    path,
    tag: raw.tags?.[0] ?? 'Default',
    summary: raw.summary,
    description: raw.description,
    deprecated: raw.deprecated === true,
    authenticated: (raw.security?.length ?? 0) > 0 || params.some((p) => p.in === 'header' && p.name.toLowerCase() === config.authHeader),
    ...(scope === undefined ? {} : { entityHeader: entity ? (entity.required ? 'required' : 'optional') : 'none' }),
    pathParams: sortByPathOrder(path, pick('path')),
    queryParams: pick('query').sort((a, b) => compare(a.name, b.name)),
    body: toBody(method, path, raw),
    response: toResponse(method, path, raw),
    errors: Object.keys(raw.responses)
      .filter((code) => /^[45]/.test(code))
      .sort()
      .flatMap((code) => raw.responses[code]?.content?.['application/json']?.schema ?? []),
  };
}

function sortByPathOrder(path: string, params: ApiParameter[]): ApiParameter[] {
  return params.sort((a, b) => path.indexOf(`{${a.name}}`) - path.indexOf(`{${b.name}}`));
}

function toBody(method: HttpMethod, path: string, raw: RawOperation): ApiOperation['body'] {
  const body = raw.requestBody;
  if (!body) return undefined;
  const json = body.content['application/json'];
  const multipart = body.content['multipart/form-data'];
  const media = json ?? multipart;
  if (!media) throw new Error(`${method} ${path}: unsupported request media ${Object.keys(body.content)}`);
  return { schema: media.schema, required: body.required === true, type: json ? 'json' : 'multipart' };
}

function toResponse(method: HttpMethod, path: string, raw: RawOperation): ApiOperation['response'] {
  const success = Object.keys(raw.responses).filter((code) => code.startsWith('2')).sort();
  // A 200 with content beside a 204 without (an invoice preview that may be empty): the content is optional.
  const withContent = success.filter((c) => c !== '204' && raw.responses[c]?.content);
  const optional = success.length === 2 && withContent.length === 1 && success.includes('204');
  const code = optional ? withContent[0] : success[0];
  if ((success.length !== 1 && !optional) || !code) throw new Error(`${method} ${path}: expected one success response`);
  const content = raw.responses[code]?.content;
  if (!content || code === '204') return { type: 'none' };
  const json = content['application/json'];
  if (json) return { type: 'json', schema: json.schema ?? {}, ...(optional ? { optional } : {}) };
  return { type: 'binary' };
}

/** Locale-independent string ordering, so output never depends on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
