const encoder = new TextEncoder();

function toBytes(value: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return (typeof value === 'string' ? encoder.encode(value) : new Uint8Array(value)) as Uint8Array<ArrayBuffer>;
}

/** HMAC-SHA256 of `message` with `secret`, as lowercase hex, on WebCrypto (Node, workers, Deno, Bun). */
export async function hmacSha256Hex(secret: string | Uint8Array, message: string | Uint8Array): Promise<string> {
  // Stryker disable next-line BooleanLiteral: whether the key could be exported is invisible: it never leaves this function
  const key = await crypto.subtle.importKey('raw', toBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, toBytes(message)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Compares two strings in time that depends only on their length, not on where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let diff = left.length ^ right.length;
  // Stryker disable next-line MethodExpression: a length mismatch is already in diff; max only keeps the time independent of where inputs differ
  const length = Math.max(left.length, right.length);
  // Stryker disable next-line EqualityOperator: one step past the end compares 0 with 0
  for (let i = 0; i < length; i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}
