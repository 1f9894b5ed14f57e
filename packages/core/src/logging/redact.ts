/** Placeholder written wherever a secret was removed. */
export const REDACTED = '[REDACTED]';

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|x-access-token|x-client-secret)$/i;
// Keys in bodies and query strings whose values are credentials.
const SECRET_KEY = /(pass(word)?|secret|token|api[-_]?key|authorization|cookie|credential|private[-_]?key|signature)/i;
// Keys that contain a secret word but only describe one (`token_type`, `expires_in` stay readable).
const SAFE_KEY = /^(token_type|grant_type|expires_in|pagination_token|next_pagination_token|prev_pagination_token|page_token|next_page_token)$/i;

/** True when a header with this name carries a credential. */
// Stryker disable next-line ArrayDeclaration: a seeded default holds a space, which no header name can
export function isSecretHeader(name: string, extra: readonly string[] = []): boolean {
  return SECRET_HEADER.test(name) || extra.some((h) => h.toLowerCase() === name.toLowerCase());
}

/** True when a body or query field with this name carries a credential. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !SAFE_KEY.test(key);
}

/** A plain-object copy of headers with credentials replaced. */
// Stryker disable next-line ArrayDeclaration: a seeded default holds a space, which no header name can
export function redactHeaders(headers: Headers | Record<string, string> | undefined, extra: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) out[name] = isSecretHeader(name, extra) ? REDACTED : value;
  return out;
}

/** The URL with user info and credential-like query values removed. */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return String(url);
  }
  if (parsed.username) parsed.username = 'REDACTED';
  if (parsed.password) parsed.password = 'REDACTED';
  for (const key of [...new Set(parsed.searchParams.keys())]) {
    if (isSecretKey(key)) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/** A deep copy of a JSON-like value with credential fields replaced. Cycles are cut; an object met twice elsewhere is copied twice. */
export function redactBody(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (Array.isArray(value)) {
    seen.add(value);
    const items = value.map((item) => redactBody(item, seen));
    seen.delete(value);
    return items;
  }
  if (!isPlainObject(value)) return value;
  seen.add(value);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = isSecretKey(key) && field != null && field !== '' ? REDACTED : redactBody(field, seen);
  }
  seen.delete(value);
  return out;
}

/**
 * Removes known secret values from free text (a vendor message may echo what
 * it was sent). `secrets` are the credentials this client holds.
 */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Values of credential-like query parameters and body fields of one request (what `redactUrl`/`redactBody` hide). */
export function requestSecrets(url: string, body: unknown): string[] {
  const out: string[] = [];
  try {
    for (const [key, value] of new URL(url).searchParams) if (isSecretKey(key) && value) out.push(value);
  } catch {
    // not a URL: nothing to collect
  }
  const walk = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 5) return;
    if (value instanceof URLSearchParams) {
      for (const [key, field] of value) if (isSecretKey(key) && field) out.push(field);
      return;
    }
    if (Array.isArray(value)) return value.forEach((item) => walk(item, depth + 1));
    // Any object's own fields, a class instance's too: a form or multipart body is sent as its own fields.
    for (const [key, field] of Object.entries(value)) {
      if (isSecretKey(key) && typeof field === 'string' && field) out.push(field);
      else walk(field, depth + 1);
    }
  };
  walk(body, 0);
  return out;
}

/** Replaces known secret values inside every string of a JSON-like value. */
export function scrubValues(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubValues(item, secrets));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, scrubValues(field, secrets)]));
  }
  return value;
}

/** A path (possibly with a query, possibly absolute) with credential-like query values redacted. */
export function redactPath(path: string): string {
  if (/^https?:\/\//i.test(path)) return redactUrl(path);
  if (!path.includes('?')) return path;
  const redacted = new URL(redactUrl(new URL(path, 'http://x.invalid')));
  return `${path.slice(0, path.indexOf('?'))}${redacted.search}`;
}
