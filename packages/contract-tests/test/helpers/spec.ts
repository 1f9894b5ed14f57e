/** Reads the public operations of Monite's OpenAPI document and builds valid call arguments from it. */
import { readFileSync } from 'node:fs';
import { Sampler, sampleUuid, type OpenApiDocument, type Schema } from './sample.js';

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface SpecOperation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  tags: string[];
  parameters: SpecParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
  security?: unknown[];
  deprecated?: boolean;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `/portal/**`, `/internal/**`, `/frontend/**`, `/ai/**` and the inbound `POST /payables/storecove` are not public. */
export function isPublic(method: string, path: string): boolean {
  if (/^\/(portal|internal|frontend|ai)(\/|$)/.test(path)) return false;
  return !(method.toUpperCase() === 'POST' && path === '/payables/storecove');
}

export function loadSpec(path: string): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

export function publicOperations(doc: OpenApiDocument): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = ((item as { parameters?: SpecParameter[] }).parameters ?? []) as SpecParameter[];
    for (const method of HTTP_METHODS) {
      const op = item[method] as Omit<SpecOperation, 'method' | 'path'> | undefined;
      if (!op || !isPublic(method, path)) continue;
      out.push({ ...op, tags: op.tags ?? [], parameters: [...shared, ...(op.parameters ?? [])], method: method.toUpperCase() as SpecOperation['method'], path });
    }
  }
  return out;
}

/** Path parameter names in the order they appear in the template. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

export interface SampleArgs {
  /** Values for the path placeholders, in path order. */
  path: string[];
  /** Body sample, when the operation declares a request body. */
  body?: unknown;
  bodyContentType?: string;
  /** Required query parameters only; `undefined` when the operation takes none. */
  query?: Record<string, unknown>;
  hasQuery: boolean;
}

export function sampleArgs(sampler: Sampler, op: SpecOperation): SampleArgs {
  const path = pathParamNames(op.path).map((name) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    const schema = param?.schema ? sampler.deref(param.schema) : undefined;
    // Ids are uuids; the two free-form string ids (accounting pull) get a uuid too, which is a valid string.
    if (typeof schema === 'object' && schema.type !== undefined && schema.type !== 'string') {
      return String(sampler.sample(schema, `${op.operationId}:${name}`));
    }
    return sampleUuid(`${op.operationId}:${name}#0`);
  });
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  let query: Record<string, unknown> | undefined;
  if (queryParams.length > 0) {
    query = {};
    for (const p of queryParams) if (p.required) query[p.name] = sampler.sample(p.schema, `${op.operationId}:${p.name}`);
  }
  let body: unknown;
  let bodyContentType: string | undefined;
  if (op.requestBody) {
    const [contentType, media] = Object.entries(op.requestBody.content)[0] ?? [];
    bodyContentType = contentType;
    body = sampler.sample(media?.schema, `${op.operationId}:body`);
  }
  return { path, body, bodyContentType, query, hasQuery: queryParams.length > 0 };
}

/** The lowest 2xx the operation declares, and its content type (undefined = no body). */
export function successResponse(op: SpecOperation): { status: number; contentType: string | undefined } {
  const code = Object.keys(op.responses).filter((c) => /^2\d\d$/.test(c)).sort()[0] ?? '200';
  return { status: Number(code), contentType: Object.keys(op.responses[code]?.content ?? {})[0] };
}
