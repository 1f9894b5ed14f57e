/**
 * A mock of MonetizeNow's billing API built from its published OpenAPI document (Prism 5.16 does not start
 * on it): a real HTTP server on 127.0.0.1 that finds the operation by method + path template, validates the
 * request with Ajv against the spec, and answers with the operation's success status and a body sampled
 * from the response schema (itself checked against the spec). A violation is answered with 422 and
 * `{mock: 'monetizenow-contract', violations: [...]}`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monetizeNowOperations, MonetizeNowSampler, pointer, samplingDocument, successOf, toJsonSchemaDocument, type MonetizeNowOperation } from './monetizenow-spec.js';
import { SAMPLE_PDF, type OpenApiDocument, type Schema, type SchemaObject } from './sample.js';
import { pathParamNames } from './spec.js';

// ajv-formats is CommonJS with `exports.default`; under Node ESM interop the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export interface Violation {
  /** `path`, `query`, `header`, `body`, `content-type`, `route` or `response` (the mock's own sample). */
  in: string;
  message: string;
}

export interface SeenRequest {
  method: string;
  url: string;
  operationId: string | undefined;
  contentType: string | undefined;
  violations: Violation[];
  status: number;
}

export interface MonetizeNowMock {
  baseUrl: string;
  seen: SeenRequest[];
  stop(): Promise<void>;
}

interface Route {
  op: MonetizeNowOperation;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

const ajvErrors = (where: string, errors: ErrorObject[] | null | undefined): Violation[] =>
  (errors ?? []).map((e) => ({ in: where, message: `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String(e.params['additionalProperty'])})` : ''}${e.keyword === 'enum' ? ` ${JSON.stringify(e.params['allowedValues'])}` : ''}` }));

export class MonetizeNowValidator {
  readonly operations: MonetizeNowOperation[];
  readonly #doc: OpenApiDocument;
  readonly #sampler: MonetizeNowSampler;
  /** Bodies: no coercion. */
  readonly #ajv: Ajv;
  /** Path, query and header values arrive as strings: coerced as OpenAPI's `simple`/`form` styles imply. */
  readonly #coercing: Ajv;
  readonly #routes: Route[];
  readonly #cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument, readonly apiKey: string) {
    this.#doc = doc;
    this.#sampler = new MonetizeNowSampler(samplingDocument(doc));
    this.operations = monetizeNowOperations(doc);
    const jsonSchema = toJsonSchemaDocument(doc);
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    this.#coercing = new Ajv({ strict: false, allErrors: true, validateFormats: true, coerceTypes: 'array' });
    for (const ajv of [this.#ajv, this.#coercing]) {
      addFormats(ajv);
      ajv.addSchema(jsonSchema);
    }
    this.#routes = this.operations
      .map((op) => {
        const names = pathParamNames(op.path);
        const source = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]+)').replace(/\{[^}]+\}/g, '([^/]+)');
        return { op, names, regex: new RegExp(`^${source}$`), literalSegments: op.path.split('/').filter((s) => s && !s.startsWith('{')).length };
      })
      // `/api/accounts/search` before `/api/accounts/{accountId}`.
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  #compile(ajv: Ajv, key: string, schema: () => object): ValidateFunction {
    const cacheKey = `${ajv === this.#coercing ? 'c' : 'b'}:${key}`;
    let fn = this.#cache.get(cacheKey);
    if (!fn) {
      fn = ajv.compile(schema());
      this.#cache.set(cacheKey, fn);
    }
    return fn;
  }

  /** The operation a request is routed to, with its path parameter values. */
  route(method: string, pathname: string): { op: MonetizeNowOperation; params: Record<string, string> } | undefined {
    for (const route of this.#routes) {
      if (route.op.method !== method) continue;
      const match = route.regex.exec(pathname);
      if (!match) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(match[i + 1]!);
      });
      return { op: route.op, params };
    }
    return undefined;
  }

  #paramSchema(op: MonetizeNowOperation, where: 'path' | 'query' | 'header'): object {
    const params = op.parameters.filter((p) => p.in === where && !(where === 'header' && p.name.toLowerCase() === 'x-api-key'));
    const pathKey = pointer('paths', op.path, op.method.toLowerCase(), 'parameters');
    const all = (this.#doc.paths[op.path]![op.method.toLowerCase()] as { parameters?: unknown[] }).parameters ?? [];
    const properties: Record<string, unknown> = {};
    for (const p of params) {
      const index = all.indexOf(op.parameters.find((q) => q === p));
      properties[where === 'header' ? p.name.toLowerCase() : p.name] = index >= 0 ? { $ref: `${pathKey}/${index}/schema` } : {};
    }
    const required = params.filter((p) => p.required).map((p) => (where === 'header' ? p.name.toLowerCase() : p.name));
    // Unknown path and query parameters are violations; headers are open (transport headers).
    return { type: 'object', properties, required, ...(where === 'header' ? {} : { additionalProperties: false }) };
  }

  /** Every way the request differs from the spec (empty = valid). */
  async validate(op: MonetizeNowOperation, params: Record<string, string>, url: URL, headers: IncomingMessage['headers'], rawBody: Buffer): Promise<Violation[]> {
    const violations: Violation[] = [];
    const key = `${op.method} ${op.path}`;
    const check = (where: 'path' | 'query' | 'header', data: Record<string, unknown>) => {
      const fn = this.#compile(this.#coercing, `${key}:${where}`, () => this.#paramSchema(op, where));
      if (!fn(data)) violations.push(...ajvErrors(where, fn.errors));
    };
    check('path', { ...params });
    const query: Record<string, unknown> = {};
    for (const name of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(name);
      query[name] = values.length > 1 ? values : values[0];
    }
    check('query', query);
    check('header', { ...headers });
    // The spec's `x-api-key` header parameter is the client's auth.
    if (headers['x-api-key'] !== this.apiKey) violations.push({ in: 'header', message: `x-api-key must be the configured key, got ${JSON.stringify(headers['x-api-key'])}` });

    const contentType = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    const hasBody = rawBody.length > 0;
    if (!op.requestBody) {
      if (hasBody) violations.push({ in: 'body', message: `the operation takes no request body, got ${rawBody.length} bytes (${contentType})` });
      return violations;
    }
    if (!hasBody) {
      if (op.requestBody.required) violations.push({ in: 'body', message: 'the request body is required' });
      return violations;
    }
    const media = contentType ? op.requestBody.content[contentType] : undefined;
    if (!contentType || !media) {
      violations.push({ in: 'content-type', message: `${contentType ?? '(none)'} is not one of ${Object.keys(op.requestBody.content).join(', ')}` });
      return violations;
    }
    let body: unknown;
    if (contentType === 'application/json') {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch (error) {
        violations.push({ in: 'body', message: `not JSON: ${(error as Error).message}` });
        return violations;
      }
    } else if (contentType === 'multipart/form-data') {
      body = await this.#multipart(media.schema, headers['content-type']!, rawBody, violations);
    }
    const fn = this.#compile(this.#ajv, `${key}:body:${contentType}`, () => ({ $ref: pointer('paths', op.path, op.method.toLowerCase(), 'requestBody', 'content', contentType, 'schema') }));
    if (!fn(body)) violations.push(...ajvErrors('body', fn.errors));
    return violations;
  }

  /** multipart/form-data → an object: files stand for `format: binary` strings, object parts are JSON. */
  async #multipart(schema: Schema | undefined, contentType: string, raw: Buffer, violations: Violation[]): Promise<Record<string, unknown>> {
    const form = await new Request('http://mock.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(raw) }).formData();
    const target = schema ? this.#sampler.deref(schema) : undefined;
    const out: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) {
      const property = typeof target === 'object' ? target.properties?.[name] : undefined;
      const resolved = property ? (this.#sampler.deref(property) as SchemaObject) : undefined;
      if (resolved?.format === 'binary') {
        if (typeof value === 'string') violations.push({ in: 'body', message: `/${name} must be a file part` });
        out[name] = 'binary';
      } else if (resolved && (resolved.type === 'object' || resolved.properties)) {
        const text = typeof value === 'string' ? value : await value.text();
        try {
          out[name] = JSON.parse(text);
        } catch {
          violations.push({ in: 'body', message: `/${name} must be a JSON part` });
        }
      } else {
        out[name] = typeof value === 'string' ? value : await value.text();
      }
    }
    return out;
  }

  /** The success answer: the spec's example, else a minimal sample of the response schema (checked against it). */
  response(op: MonetizeNowOperation): { status: number; contentType?: string; body?: Buffer } {
    const { status, contentType, media } = successOf(op);
    if (status === 204 || !contentType || !media?.schema) return { status };
    if (contentType !== 'application/json') return { status, contentType, body: Buffer.from(SAMPLE_PDF) };
    const value = media.example !== undefined ? media.example : this.#sampler.sample(media.schema, `${op.operationId}:response`);
    const fn = this.#compile(this.#ajv, `${op.method} ${op.path}:response`, () => ({ $ref: pointer('paths', op.path, op.method.toLowerCase(), 'responses', String(status), 'content', contentType, 'schema') }));
    if (!fn(value)) throw new Error(`the mock's response sample for ${op.operationId} violates the spec: ${ajvErrors('response', fn.errors).map((v) => v.message).join('; ')}`);
    return { status, contentType, body: Buffer.from(JSON.stringify(value)) };
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body?: Buffer, contentType?: string): void {
  response.writeHead(status, { ...(contentType ? { 'content-type': contentType } : {}), 'content-length': body?.length ?? 0 });
  response.end(body);
}

export async function startMonetizeNowMock(validator: MonetizeNowValidator): Promise<MonetizeNowMock> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const method = request.method ?? 'GET';
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(request);
      const entry: SeenRequest = { method, url: `${url.pathname}${url.search}`, operationId: undefined, contentType: request.headers['content-type'], violations: [], status: 0 };
      seen.push(entry);
      const routed = validator.route(method, url.pathname);
      if (!routed) entry.violations.push({ in: 'route', message: `no operation for ${method} ${url.pathname}` });
      else {
        entry.operationId = routed.op.operationId;
        entry.violations.push(...(await validator.validate(routed.op, routed.params, url, request.headers, raw)));
      }
      if (entry.violations.length > 0 || !routed) {
        entry.status = routed ? 422 : 404;
        send(response, entry.status, Buffer.from(JSON.stringify({ mock: 'monetizenow-contract', operationId: entry.operationId, violations: entry.violations })), 'application/json');
        return;
      }
      const answer = validator.response(routed.op);
      entry.status = answer.status;
      send(response, answer.status, answer.body, answer.contentType);
    })().catch((error: unknown) => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', operationId: undefined, contentType: undefined, violations: [{ in: 'response', message: String((error as Error)?.message ?? error) }], status: 500 });
      if (!response.headersSent) send(response, 500, Buffer.from(JSON.stringify({ mock: 'monetizenow-contract', error: String((error as Error)?.message ?? error) })), 'application/json');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
