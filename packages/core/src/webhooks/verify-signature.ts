import { WebhookVerificationError } from '../errors/validation-errors.js';
import { hmacSha256Hex, timingSafeEqual } from './hmac.js';

/** A parsed `t=<unix>,v1=<sig>,v1=<sig>` style signature header. */
export interface SignatureHeader {
  timestamp: number;
  signatures: string[];
}

/**
 * Parses a header of comma-separated `key=value` pairs: one timestamp key and
 * one or more signature keys (several during secret rotation).
 */
export function parseSignatureHeader(header: string | null | undefined, keys: { timestamp?: string; signature?: string } = {}): SignatureHeader {
  const timestampKey = keys.timestamp ?? 't';
  const signatureKey = keys.signature ?? 'v1';
  if (header === null || header === undefined || header.trim() === '') {
    throw new WebhookVerificationError('missing_header', 'The webhook signature header is missing. Pass the raw header value from the request.');
  }
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const index = part.indexOf('=');
    // Stryker disable next-line EqualityOperator: a pair starting with '=' has the empty key, which names nothing
    if (index <= 0) continue;
    const key = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    if (key === timestampKey && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === signatureKey && value) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError(
      'malformed_header',
      `The webhook signature header is malformed: expected "${timestampKey}=<unix seconds>,${signatureKey}=<hex signature>".`,
    );
  }
  return { timestamp, signatures };
}

export interface VerifyTimestampedSignatureOptions {
  /** The raw request body exactly as received (not re-serialised JSON). */
  payload: string | Uint8Array;
  /** The signature header's value. */
  header: string | null | undefined;
  /** One secret, or several while rotating. */
  secret: string | readonly string[];
  /** Maximum age (and clock skew) of the timestamp in seconds. Default 300. */
  toleranceSeconds?: number;
  /** Builds the signed string from timestamp and payload. Default `${t}.${payload}`. */
  signedPayload?: (timestamp: number, payload: string) => string;
  /** Header keys. Default `t` and `v1`. */
  keys?: { timestamp?: string; signature?: string };
  /** Current time in seconds, for tests. */
  nowSeconds?: number;
}

/**
 * Verifies an HMAC-SHA256 signature over `<t>.<payload>` (Stripe-style).
 * Resolves with the header's timestamp; throws {@link WebhookVerificationError}.
 */
export async function verifyTimestampedSignature(options: VerifyTimestampedSignatureOptions): Promise<number> {
  const { timestamp, signatures } = parseSignatureHeader(options.header, options.keys);
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (tolerance > 0 && Math.abs(now - timestamp) > tolerance) {
    throw new WebhookVerificationError(
      'timestamp_out_of_tolerance',
      `The webhook timestamp is ${Math.abs(now - timestamp)} s away from now, beyond the ${tolerance} s tolerance. A replayed or delayed delivery; check the server clock.`,
    );
  }
  const payload = typeof options.payload === 'string' ? options.payload : new TextDecoder().decode(options.payload);
  const signed = (options.signedPayload ?? ((t, body) => `${t}.${body}`))(timestamp, payload);
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  if (secrets.length === 0 || secrets.some((s) => !s)) {
    throw new WebhookVerificationError('no_matching_signature', 'No webhook secret was given. Pass the subscription secret.');
  }
  for (const secret of secrets) {
    const expected = await hmacSha256Hex(secret, signed);
    if (signatures.some((candidate) => timingSafeEqual(candidate.toLowerCase(), expected))) return timestamp;
  }
  throw new WebhookVerificationError(
    'no_matching_signature',
    'No webhook signature matches the payload. Check that you pass the raw body and the secret of this subscription.',
  );
}

/** Builds a signature header for tests: `t=<t>,v1=<hmac>`. */
export async function signTimestampedPayload(options: { payload: string; secret: string; timestamp?: number; signedPayload?: (t: number, p: string) => string }): Promise<string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signed = (options.signedPayload ?? ((t, body) => `${t}.${body}`))(timestamp, options.payload);
  return `t=${timestamp},v1=${await hmacSha256Hex(options.secret, signed)}`;
}
