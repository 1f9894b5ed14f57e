import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-errors.js';
import { pickBranch } from './pick-branch.js';

/**
 * Turns zod issues into sentences a person can act on. zod/mini ships no
 * locale, so the wording is ours.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length) {
      // Report the branch that applies (by discriminator) instead of "no branch matched".
      const { issues: chosen, pickedBy } = pickBranch(issue.errors, issue.input);
      const inner = formatIssues(chosen.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
      const context = pickedBy && branchLabel(...pickedBy);
      return context ? inner.map((i) => ({ ...i, message: `${i.message} (${context})` })) : inner;
    }
    return [{ path: formatPath(issue.path), message: describe(issue) }];
  });
}

/**
 * `type is "organization"`, naming the branch an issue belongs to. Only for
 * enum-like values: messages never echo arbitrary input (it may be personal data).
 */
function branchLabel(key: string, value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(value) ? `${key} is "${value}"` : undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required, expected ${issue.expected}` : `expected ${issue.expected}, got ${typeOf(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string' ? `must be at least ${issue.minimum} characters` : `must be >= ${issue.minimum}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${issue.maximum} characters` : `must be <= ${issue.maximum}${issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'invalid_value':
      return `${issue.input === undefined ? 'required, ' : ''}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; this API rejects extra fields)`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
