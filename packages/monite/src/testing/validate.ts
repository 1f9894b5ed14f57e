import { formatIssues } from '@x/core';
import type * as z from 'zod/mini';
import type { Operation } from '../runtime/operation.js';
import { moniteError, validationError } from './errors.js';

type Issue = { path: PropertyKey[]; message: string; code?: string };

/** Checks a request body against the operation's strict request schema, the SDK's own; 422 like Monite when it fails. */
export function checkBody<T>(op: Operation<any, any, T, any>, body: unknown): T {
  if (!op.bodySchema) return body as T;
  if (body === undefined) throw validationError([{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
  return parse(op.bodySchema, body, 'body');
}

/** Checks path parameters (uuid formats) against the operation's path schema. */
export function checkPath(op: Operation, params: Record<string, string>): Record<string, string> {
  if (!op.pathSchema) return params;
  return parse(op.pathSchema as z.ZodMiniType<Record<string, string>>, params, 'path');
}

/**
 * Checks the sandbox's own answer against the SDK's response schema, so the sandbox never hands a test
 * something the SDK would reject from the real API. A failure is a bug in the sandbox: answered as 500.
 */
export function checkResponse(op: Operation, body: unknown): void {
  if (!op.responseSchema) return;
  const result = op.responseSchema.safeParse(body);
  if (!result.success) {
    const issues = (result.error.issues as Issue[]).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw moniteError(500, `Sandbox bug: its ${op.id} response does not match the SDK's schema (${issues}).`);
  }
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, where: 'body' | 'path'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(
    result.error.issues.flatMap((issue) => {
      const loc = [where, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
      // pydantic's words for a field the strict schema does not know, one entry per field.
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ loc: [...loc, key], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' }));
      // A union is reported at the field of the branch that applies, as pydantic points at the failing field.
      return formatIssues([issue]).map((i) => ({ loc: [where, ...locOf(i.path)], msg: i.message, type: issue.code }));
    }),
  );
}


/** `permissions.objects[0].object_type` → `['permissions', 'objects', 0, 'object_type']`. */
function locOf(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])));
}
