import { verifyTimestampedSignature, WebhookVerificationError } from '@x/core';
import type { MoniteWebhookEvent } from './webhook-event.js';

/** The header Monite signs webhooks with: `Monite-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const MONITE_SIGNATURE_HEADER = 'monite-signature';

export interface VerifyMoniteWebhookOptions {
  /** The raw request body, exactly as received. Re-serialised JSON will not verify. */
  payload: string | Uint8Array;
  /** The `Monite-Signature` header value, or the request's `Headers`. */
  signature: string | Headers | null | undefined;
  /** The subscription's secret (`whsec_...`), or several while rotating. */
  secret: string | readonly string[];
  /** Maximum age of the signature in seconds. Default 300. */
  toleranceSeconds?: number;
  /** Current time in seconds, for tests. */
  nowSeconds?: number;
  /**
   * Builds the signed string. Default `${t}.${payload}`, the Stripe-style scheme; an escape hatch should
   * Monite's exact format ever differ (see the README).
   */
  signedPayload?: (timestamp: number, payload: string) => string;
}

/**
 * Verifies a Monite webhook: HMAC-SHA256 with the subscription secret over
 * `<t>.<raw body>`, any of several `v1` signatures, timestamp within tolerance.
 * Throws {@link WebhookVerificationError} when it does not verify.
 */
export async function verifyMoniteWebhook(options: VerifyMoniteWebhookOptions): Promise<void> {
  const { signature, payload, secret, toleranceSeconds, nowSeconds, signedPayload } = options;
  const header = signature instanceof Headers ? signature.get(MONITE_SIGNATURE_HEADER) : signature;
  // Unset options stay undefined: @x/core applies its defaults to them.
  await verifyTimestampedSignature({ payload, header, secret, toleranceSeconds, nowSeconds, signedPayload });
}

/** Verifies a Monite webhook (see {@link verifyMoniteWebhook}) and parses its event envelope. */
export async function constructMoniteWebhookEvent(options: VerifyMoniteWebhookOptions): Promise<MoniteWebhookEvent> {
  await verifyMoniteWebhook(options);
  const text = typeof options.payload === 'string' ? options.payload : new TextDecoder().decode(options.payload);
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The webhook body is signed correctly but is not JSON.');
  }
  if (!isEventEnvelope(event)) {
    throw new WebhookVerificationError('invalid_payload', 'The webhook body is not a Monite event (expected id, action, object_type and entity_id).');
  }
  return event;
}

function isEventEnvelope(value: unknown): value is MoniteWebhookEvent {
  if (!value || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  return typeof event['id'] === 'string' && typeof event['action'] === 'string' && typeof event['object_type'] === 'string' && typeof event['entity_id'] === 'string';
}
