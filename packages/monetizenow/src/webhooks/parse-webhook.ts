import { WebhookVerificationError } from '@x/core';
import { isKnownMonetizeNowEventType } from './event-types.js';
import type { KnownMonetizeNowWebhookEvent, MonetizeNowWebhookEvent } from './webhook-event.js';

/** The request headers, in whichever form your framework hands them over. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface ParseMonetizeNowWebhookOptions {
  /** The request headers, passed to `verify`. */
  headers?: WebhookHeaders;
  /**
   * Your own check of the delivery, run on the raw body before parsing; return `false` to reject it.
   * MonetizeNow documents no signature scheme, so the SDK verifies nothing by itself: use this for whatever
   * you set up (a secret in the webhook URL, an allow-list of source addresses, a shared header...).
   */
  verify?: (rawBody: string, headers: Headers) => boolean | Promise<boolean>;
}

/**
 * Parses a MonetizeNow webhook delivery from its raw body into a typed event. Events of types this SDK does not
 * know are returned as they are (`eventType` is any string), never rejected.
 *
 * Throws {@link WebhookVerificationError}: reason `no_matching_signature` when `verify` returns `false`,
 * `invalid_payload` when the body is not JSON or not an event envelope (`eventId`, `eventType`, `sentTime`).
 */
export async function parseMonetizeNowWebhook(rawBody: string | Uint8Array | ArrayBuffer, options: ParseMonetizeNowWebhookOptions = {}): Promise<MonetizeNowWebhookEvent> {
  const text = bodyText(rawBody);
  if (options.verify) {
    const accepted = await options.verify(text, toHeaders(options.headers));
    if (accepted !== true) {
      throw new WebhookVerificationError('no_matching_signature', 'The webhook delivery was rejected by your verify option; it was not parsed.');
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('invalid_payload', `The webhook body is not JSON (${text.length === 0 ? 'it is empty' : `it starts with ${JSON.stringify(text.slice(0, 20))}`}). Pass the raw request body, as received.`);
  }
  const problem = envelopeProblem(parsed);
  if (problem) {
    throw new WebhookVerificationError('invalid_payload', `The webhook body is not a MonetizeNow event: ${problem}. Expected { eventId, userId, sentTime, eventType, data }.`);
  }
  return parsed as MonetizeNowWebhookEvent;
}

/** Whether an event is of a type MonetizeNow documents (narrows to the typed union). */
export function isKnownMonetizeNowWebhookEvent(event: MonetizeNowWebhookEvent): event is KnownMonetizeNowWebhookEvent {
  return isKnownMonetizeNowEventType(event.eventType);
}

function envelopeProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `it is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object`;
  const event = value as Record<string, unknown>;
  for (const field of ['eventId', 'eventType', 'sentTime'] as const) {
    if (typeof event[field] !== 'string' || event[field] === '') return `${field} is ${event[field] === undefined ? 'missing' : 'not a non-empty string'}`;
  }
  if (event['userId'] !== undefined && event['userId'] !== null && typeof event['userId'] !== 'string') return 'userId is not a string';
  return undefined;
}

function bodyText(rawBody: string | Uint8Array | ArrayBuffer): string {
  if (typeof rawBody === 'string') return rawBody;
  if (rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) return new TextDecoder().decode(rawBody);
  throw new WebhookVerificationError('invalid_payload', `Pass the raw webhook body as a string, Uint8Array or ArrayBuffer (got ${rawBody === null ? 'null' : typeof rawBody}); a parsed object cannot be checked by verify.`);
}

function toHeaders(headers: WebhookHeaders | undefined): Headers {
  if (headers instanceof Headers) return headers;
  const out = new Headers();
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (Array.isArray(value)) value.forEach((item) => out.append(name, item));
    else if (value !== undefined) out.set(name, value);
  }
  return out;
}
