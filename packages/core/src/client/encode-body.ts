import { validateRequest } from '../validation/validate.js';
import { toJsonValue } from './json-body.js';
import type { RequestSpec } from './request-spec.js';

/** A call's body, encoded once before the first attempt and re-sent as is by every retry. */
export interface PreparedBody {
  body: BodyInit | undefined;
  /** `content-type` to send; `undefined` lets fetch choose (multipart sets its boundary itself). */
  contentType: string | undefined;
  /** The values that were sent, for finding echoed credentials in an error. */
  sent: unknown;
}

const NO_BODY: PreparedBody = { body: undefined, contentType: undefined, sent: undefined };

/**
 * Validates and encodes a call's body. A JSON body is first reduced to the exact
 * JSON it becomes (see {@link toJsonValue}); that snapshot is what is validated
 * and what is sent, so nothing can change between the check and the wire.
 */
export function prepareBody(spec: RequestSpec<unknown>, what: string, validate: boolean): PreparedBody {
  const label = `request body for ${what}`;
  if (spec.body === undefined) {
    // A missing body is checked too: the schema says whether the operation requires one.
    if (validate && spec.bodySchema) validateRequest(spec.bodySchema, undefined, label);
    return NO_BODY;
  }
  // Stryker disable next-line StringLiteral: JSON is also the switch's default branch
  switch (spec.bodyType ?? 'json') {
    case 'multipart':
      if (validate && spec.bodySchema) validateRequest(spec.bodySchema, spec.body, label);
      return { body: toFormData(spec.body as Record<string, unknown>), contentType: undefined, sent: spec.body };
    case 'form': {
      if (validate && spec.bodySchema) validateRequest(spec.bodySchema, spec.body, label);
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(spec.body as Record<string, unknown>)) {
        if (value !== undefined && value !== null) params.append(key, String(value));
      }
      return { body: params, contentType: 'application/x-www-form-urlencoded', sent: spec.body };
    }
    default: {
      const json = toJsonValue(spec.body, label);
      if (validate && spec.bodySchema) validateRequest(spec.bodySchema, json, label);
      return { body: JSON.stringify(json), contentType: 'application/json', sent: json };
    }
  }
}

function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(key, item, (item as File).name ?? key);
      else form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}
