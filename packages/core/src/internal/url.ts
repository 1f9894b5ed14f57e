import { ConfigurationError, RequestValidationError } from '../errors/validation-errors.js';
import { redactUrl } from '../logging/redact.js';

/** Query values the SDK can serialise. Arrays repeat the key (`id__in=a&id__in=b`), as OpenAPI's form/explode default says. */
export type QueryValue = string | number | boolean | null | undefined | Date | ReadonlyArray<string | number | boolean | Date>;

/** Joins base URL, path and query; `undefined` and `null` query values are left out. */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, unknown>): string {
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const url = /^https?:\/\//i.test(path) ? path : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, serialiseQueryValue(item));
  }
  const search = params.toString();
  return search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url;
}

function serialiseQueryValue(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** A template split once into literal parts and placeholder names: `['/entities/', 'entity_id', '']`. */
const compiledTemplates = new Map<string, string[]>();

/**
 * Fills `{name}` placeholders with URL-encoded values. A missing, empty, `.` or `..` value throws a
 * `RequestValidationError` before anything is sent: each would change which URL is called
 * (`GET /accounts/` is the list, `DELETE /accounts/..` climbs a level), whatever the schemas allow.
 */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{([^}]+)\}/);
    // Templates come from generated code (a fixed set); the bound only guards callers that build them.
    if (compiledTemplates.size < 2000) compiledTemplates.set(template, parts);
  }
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    // Typed as strings, but callers with validation off can pass anything.
    const value: unknown = params[name];
    const problem = pathValueProblem(value);
    if (problem) throw new RequestValidationError(`path parameters for ${template}`, [{ path: name, message: problem }]);
    path += encodeURIComponent(String(value)) + parts[i + 1]!;
  }
  return path;
}

function pathValueProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return 'required: pass the id this call is about';
  const text = String(value);
  if (text === '') return 'must not be empty: an empty id would call the collection instead of one item';
  if (text === '.' || text === '..') return `must not be "${text}": it would change which URL is called`;
  return undefined;
}

/** fetch refuses URLs with user:password (and echoes them in its error), so fail first, without the secret. */
export function assertNoUserInfo(url: string, vendor: string): void {
  if (!url.includes('@')) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.username || parsed.password) {
    throw new ConfigurationError(
      `${vendor}: URLs must not contain credentials (${redactUrl(url)}). Pass credentials through the client's auth option instead.`,
    );
  }
}
