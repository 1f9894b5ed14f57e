import { extractVendorMessage } from '@x/core';

/** What MonetizeNow said in an error body, whichever of its shapes it used. */
export interface MonetizeNowErrorDetails {
  /**
   * Which error body this was:
   * - `billing`: the billing API's `{status: 400, message}` (`ResponseDto`, status a number);
   * - `usage`: the usage service's `{status: "400 BAD_REQUEST", message}` (status a string);
   * - `self-service`: `{operation, error: {errorCode, details | message, context}}`;
   * - `sign-up`: the Sign-Up API's `{sessionId, error: true, message}`;
   * - `other`: anything else with a readable message.
   */
  kind: 'billing' | 'usage' | 'self-service' | 'sign-up' | 'other';
  /** The vendor's code: the self-service `errorCode` (e.g. `INVALID_OFFERINGS`) or the usage reason (`BAD_REQUEST`). */
  code: string | undefined;
  /** The vendor's message (`message`, or the self-service `details`). */
  message: string | undefined;
  /** The self-service `operation` that failed. */
  operation: string | undefined;
  /** The self-service `error.context`. */
  context: Record<string, unknown> | undefined;
  /** Field-level reasons of a validation failure (`subErrors: [{field, message}]`). */
  subErrors: { field?: string; message?: string }[];
  /** The sign-up session the error belongs to, if one was saved. */
  sessionId: string | undefined;
}

const USAGE_STATUS = /^(\d{3})\s+([A-Z0-9_]+)$/;

/** Reads any of MonetizeNow's error bodies. Returns `undefined` for bodies that carry nothing readable. */
export function parseMonetizeNowErrorBody(body: unknown): MonetizeNowErrorDetails | undefined {
  if (!isRecord(body)) {
    const message = extractVendorMessage(body);
    return message === undefined ? undefined : details('other', { message });
  }
  const subErrors = Array.isArray(body['subErrors'])
    ? body['subErrors'].filter(isRecord).map((sub) => ({ ...stringField(sub, 'field', 'field'), ...stringField(sub, 'message', 'message') }))
    : [];
  const error = body['error'];
  if (isRecord(error)) {
    return details('self-service', {
      code: str(error['errorCode']),
      message: str(error['details']) ?? str(error['message']),
      operation: str(body['operation']),
      context: isRecord(error['context']) ? error['context'] : undefined,
      subErrors,
    });
  }
  if (error === true) {
    return details('sign-up', { message: str(body['message']), sessionId: str(body['sessionId']), subErrors });
  }
  const status = body['status'];
  if (typeof status === 'string' && USAGE_STATUS.test(status.trim())) {
    return details('usage', { code: USAGE_STATUS.exec(status.trim())![2], message: str(body['message']), subErrors });
  }
  if (typeof status === 'number') {
    return details('billing', { message: str(body['message']) ?? str(body['details']), subErrors });
  }
  const message = str(body['details']) ?? extractVendorMessage(body);
  return message === undefined && subErrors.length === 0 ? undefined : details('other', { message, subErrors });
}

/**
 * The one-line vendor message of an error body, for `APIError.vendorMessage` and the error's message:
 * `INVALID_OFFERINGS: offering offr_x is not active`, or `Validation failed: name: must not be blank`.
 */
export function extractMonetizeNowMessage(body: unknown): string | undefined {
  const parsed = parseMonetizeNowErrorBody(body);
  if (!parsed) return undefined;
  const reasons = parsed.subErrors.map((sub) => [sub.field, sub.message].filter(Boolean).join(': ')).filter(Boolean);
  // Only a self-service errorCode is worth repeating; the usage reason restates the HTTP status.
  const head = [parsed.kind === 'self-service' ? parsed.code : undefined, parsed.message].filter(Boolean).join(': ');
  const text = [head, reasons.join('; ')].filter(Boolean).join(': ');
  return text === '' ? undefined : text.slice(0, 1000);
}

function details(kind: MonetizeNowErrorDetails['kind'], fields: Partial<Omit<MonetizeNowErrorDetails, 'kind'>>): MonetizeNowErrorDetails {
  return {
    kind,
    code: fields.code,
    message: fields.message,
    operation: fields.operation,
    context: fields.context,
    subErrors: fields.subErrors ?? [],
    sessionId: fields.sessionId,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function stringField<K extends string>(record: Record<string, unknown>, from: string, to: K): Partial<Record<K, string>> {
  const value = str(record[from]);
  return value === undefined ? {} : ({ [to]: value } as Record<K, string>);
}
