/** A random v4 UUID (WebCrypto, so it works in every runtime). */
export function uuid(): string {
  return crypto.randomUUID();
}

/** A vendor-style id with a prefix, e.g. `cart_k2JdX9aQwE4p`. */
export function prefixedId(prefix: string, length = 13): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return `${prefix}${id}`;
}

/** An opaque random token string (for access tokens and secrets the sandbox issues). */
export function randomToken(prefix = ''): string {
  return prefixedId(prefix, 32);
}
