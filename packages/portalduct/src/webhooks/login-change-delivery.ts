import { WebhookVerificationError } from '@x/core';
import { defaultReadDelivery, type DeliveryFields } from '../assumptions/login-change-delivery.js';
import { needsCredentialRetry, normalizeConnectionStatus, type ConnectionStatus } from '../models/connection-status.js';
import type { ClientUuid, ConnectionUuid, CustomerUuid, PortalUuid } from '../models/ids.js';
import type { VendorRecord } from '../models/records.js';

/**
 * One portal-login-changes delivery, read into the documented lifecycle. PortalDuct has not published the
 * payload: `status` and the ids are read from guessed field names (override with `readDelivery`), and
 * `body` keeps every field exactly as delivered.
 */
export interface LoginChangeDelivery {
  /** `pending`, `success` or `failure`; any other status string passes through (lower-cased). */
  status: ConnectionStatus;
  /** The status exactly as PortalDuct sent it. */
  rawStatus: string;
  /** `true` on `failure`: show the Client the credential "retry" experience. */
  needsCredentialRetry: boolean;
  connectionUuid?: ConnectionUuid | undefined;
  clientUuid?: ClientUuid | undefined;
  customerUuid?: CustomerUuid | undefined;
  portalUuid?: PortalUuid | undefined;
  /** The delivery as received, every field kept. */
  body: VendorRecord;
}

/** A raw webhook body: the bytes or text as received (or, if your framework already parsed it, the object). */
export type WebhookPayload = string | Uint8Array | ArrayBuffer | VendorRecord;

/** Options of {@link parseLoginChangeDelivery}. */
export interface ParseLoginChangeOptions {
  /**
   * Reads the status and ids from a delivery, for when PortalDuct's real field names differ from the SDK's
   * guess (`status`, `connection_uuid`...). Return `undefined` to reject the delivery as malformed.
   */
  readDelivery?: (body: VendorRecord) => DeliveryFields | undefined;
}

/**
 * Parses a portal-login-changes delivery from its raw body. Never throws on an unknown status; throws
 * {@link WebhookVerificationError} (`reason: 'invalid_payload'`) on a body that is empty, not JSON, not an
 * object, or has no status. Does not authenticate the sender: PortalDuct documents no signature (see `verify`
 * on {@link constructLoginChangeDelivery}).
 */
export function parseLoginChangeDelivery(payload: WebhookPayload, options: ParseLoginChangeOptions = {}): LoginChangeDelivery {
  const body = toRecord(payload);
  const fields = (options.readDelivery ?? defaultReadDelivery)(body);
  if (!fields || typeof fields.status !== 'string' || fields.status.trim() === '') {
    const keys = Object.keys(body);
    throw new WebhookVerificationError(
      'invalid_payload',
      `The PortalDuct login-change delivery has no status (fields received: ${keys.length ? keys.join(', ') : 'none'}). ` +
        'PortalDuct has not published the payload; if it names the status differently, pass readDelivery.',
    );
  }
  const status = normalizeConnectionStatus(fields.status);
  return {
    status,
    rawStatus: fields.status,
    needsCredentialRetry: needsCredentialRetry(status),
    connectionUuid: fields.connectionUuid,
    clientUuid: fields.clientUuid,
    customerUuid: fields.customerUuid,
    portalUuid: fields.portalUuid,
    body,
  };
}

function toRecord(payload: WebhookPayload): VendorRecord {
  if (payload instanceof Uint8Array || payload instanceof ArrayBuffer) return toRecord(new TextDecoder().decode(payload));
  let value: unknown = payload;
  if (typeof payload === 'string') {
    if (payload.trim() === '') throw new WebhookVerificationError('invalid_payload', 'The PortalDuct login-change delivery has an empty body.');
    try {
      value = JSON.parse(payload);
    } catch {
      throw new WebhookVerificationError('invalid_payload', 'The PortalDuct login-change delivery is not JSON. Pass the raw request body as received.');
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new WebhookVerificationError('invalid_payload', `The PortalDuct login-change delivery must be a JSON object, got ${got}.`);
  }
  return value as VendorRecord;
}
