// Loads the OpenAPI document and reduces it to the public operations the SDK exposes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The subset of JSON Schema (OAS 3.1) the Monite spec uses. */
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
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
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
  entityHeader: 'required' | 'optional' | 'none';
  pathParams: ApiParameter[];
  queryParams: ApiParameter[];
  body?: { schema: JsonSchema; required: boolean; type: 'json' | 'multipart' };
  response: { type: 'json' | 'binary' | 'none'; schema?: JsonSchema };
  /** JSON bodies of declared error responses (typed for callers that inspect errors). */
  errors: JsonSchema[];
}

const INTERNAL_PREFIXES = ['/portal/', '/internal/', '/frontend/', '/ai/'];
const INTERNAL_OPERATIONS = new Set(['POST /payables/storecove']);
const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Headers the runtime sets itself. */
const RUNTIME_HEADERS = new Set(['x-monite-version', 'x-monite-entity-id']);

export function isPublicOperation(method: HttpMethod, path: string): boolean {
  if (INTERNAL_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
  return !INTERNAL_OPERATIONS.has(`${method} ${path}`);
}

export function loadSpec(file: string): Spec {
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text);
  const operations: ApiOperation[] = [];
  for (const path of Object.keys(doc.paths).sort()) {
    for (const method of HTTP_METHODS) {
      const raw: RawOperation | undefined = doc.paths[path][method.toLowerCase()];
      if (raw && isPublicOperation(method, path)) operations.push(toApiOperation(method, path, raw));
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

function toApiOperation(method: HttpMethod, path: string, raw: RawOperation): ApiOperation {
  const params = raw.parameters ?? [];
  for (const p of params) {
    if (p.in === 'cookie' || (p.in === 'header' && !RUNTIME_HEADERS.has(p.name))) {
      throw new Error(`${method} ${path}: unsupported ${p.in} parameter ${p.name}`);
    }
  }
  const entity = params.find((p) => p.in === 'header' && p.name === 'x-monite-entity-id');
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
    authenticated: (raw.security?.length ?? 0) > 0,
    entityHeader: entity ? (entity.required ? 'required' : 'optional') : 'none',
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
  const code = success[0];
  if (success.length !== 1 || !code) throw new Error(`${method} ${path}: expected one success response`);
  const content = raw.responses[code]?.content;
  if (!content || code === '204') return { type: 'none' };
  const json = content['application/json'];
  if (json) return { type: 'json', schema: json.schema ?? {} };
  return { type: 'binary' };
}

/** Locale-independent string ordering, so output never depends on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
