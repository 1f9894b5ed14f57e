import type * as z from 'zod/mini';
import { RequestValidationError, ResponseValidationError } from '../errors/validation-errors.js';
import type { LevelLogger } from '../logging/logger.js';
import { formatIssues } from './format-issues.js';

/** zod 4 omits `issue.input` unless asked; formatIssues needs it to tell a missing field from a wrong type (only its type is reported). */
const PARSE_PARAMS = { reportInput: true } as const;

/**
 * What happens when a response does not match its schema.
 * - `lenient` (default): keep the data as received and log a warning;
 *   schemas are loose, so new fields and enum values never count as mismatches.
 * - `strict`: throw {@link ResponseValidationError}.
 * - `off`: skip response validation entirely (fastest).
 */
export type ValidationMode = 'lenient' | 'strict' | 'off';

/** Checks call input against its schema; throws {@link RequestValidationError} (nothing is sent). */
export function validateRequest<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): T {
  const result = (schema as z.ZodMiniType<T>).safeParse(value, PARSE_PARAMS);
  if (!result.success) throw new RequestValidationError(what, formatIssues(result.error.issues));
  return result.data;
}

/** Checks a response body according to `mode`. */
export function validateResponse<T>(
  schema: z.core.$ZodType<T> | undefined,
  data: unknown,
  mode: ValidationMode,
  context: { what: string; requestId: string | undefined; logger: LevelLogger },
): T {
  if (!schema || mode === 'off') return data as T;
  const result = (schema as z.ZodMiniType<T>).safeParse(data, PARSE_PARAMS);
  if (result.success) return result.data;
  const issues = formatIssues(result.error.issues);
  if (mode === 'strict') throw new ResponseValidationError(context.what, issues, context.requestId, { strict: true });
  context.logger.warn(`Response of ${context.what} does not match the SDK schema; returning it unchanged`, {
    issues,
    requestId: context.requestId,
  });
  return data as T;
}
