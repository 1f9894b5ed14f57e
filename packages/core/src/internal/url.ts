import { ConfigurationError } from '../errors/validation-errors.js';
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

/** Fills `{name}` placeholders with URL-encoded values; a missing value is a programming error. */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{([^}]+)\}/);
    // Templates come from generated code (a fixed set); the bound only guards callers that build them.
    if (compiledTemplates.size < 2000) compiledTemplates.set(template, parts);
  }
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    if (value === undefined) throw new Error(`Missing path parameter "${parts[i]}" for ${template}`);
    path += encodeURIComponent(value) + parts[i + 1]!;
  }
  return path;
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
