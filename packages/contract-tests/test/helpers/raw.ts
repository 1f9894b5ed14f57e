/** Sends a sample request with plain `fetch` (no SDK), to check the samples and Prism itself. */
import { prismViolations, type PrismViolation } from './prism.js';
import { pathParamNames, type SampleArgs, type SpecOperation } from './spec.js';

export const MONITE_VERSION = '2024-05-25';

export interface RawResult {
  status: number;
  headers: Headers;
  body: unknown;
  violations: PrismViolation[];
}

export interface RawOptions {
  /** Header overrides; `null` drops a header the builder would send. */
  headers?: Record<string, string | null>;
  body?: unknown;
  entityId?: string;
}

export function fillPath(template: string, values: string[]): string {
  const names = pathParamNames(template);
  let out = template;
  names.forEach((name, i) => {
    out = out.replace(`{${name}}`, encodeURIComponent(values[i]!));
  });
  return out;
}

export function encodeQuery(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function rawRequest(baseUrl: string, op: SpecOperation, args: SampleArgs, options: RawOptions = {}): Promise<RawResult> {
  const headers = new Headers({ 'x-monite-version': MONITE_VERSION, authorization: 'Bearer test-token' });
  if (op.parameters.some((p) => p.in === 'header' && p.name === 'x-monite-entity-id')) {
    headers.set('x-monite-entity-id', options.entityId ?? '3fa85f64-5717-4562-b3fc-2c963f66afa6');
  }
  const bodyValue = 'body' in options ? options.body : args.body;
  let body: BodyInit | undefined;
  if (bodyValue !== undefined) {
    if (args.bodyContentType === 'multipart/form-data') {
      const form = new FormData();
      for (const [key, value] of Object.entries(bodyValue as Record<string, unknown>)) {
        if (value instanceof Blob) form.append(key, value, `${key}.pdf`);
        else form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      body = form;
    } else {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(bodyValue);
    }
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const response = await fetch(`${baseUrl}${fillPath(op.path, args.path)}${encodeQuery(args.query)}`, { method: op.method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // binary or text body
  }
  return { status: response.status, headers: response.headers, body: parsed, violations: prismViolations(response.headers, parsed) };
}
