import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** What to report for a value that matched no branch of a union. */
export interface BranchReport {
  /** Issues, with paths relative to the union. */
  issues: Issue[];
  /** The discriminator that picked the branch, e.g. `{ key: 'type', value: 'organization' }`. */
  pickedBy?: { key: string; value: unknown };
}

/**
 * Chooses the issues worth reporting among a union's failed branches (zod's
 * `invalid_union.errors`, one issue list per branch):
 *
 * 1. By discriminator. A key is one when the input has it, some branch accepts
 *    its value and another rejects it as a wrong literal/enum value (or by a
 *    refinement, like the forward-compatible "unknown variant" branch). Branches
 *    that reject a discriminator are dropped; the closest remaining one is
 *    reported. So an organization entity missing `address` reports `address`,
 *    not the individual branch's `individual: required`.
 * 2. When every branch rejects the same field, one issue listing every
 *    branch's allowed values (`object_type` lists the common object types and
 *    `payable`).
 * 3. Otherwise the branch with the fewest issues.
 */
export function pickBranch(branches: readonly Issue[][], input: unknown): BranchReport {
  for (const key of discriminators(branches, input)) {
    const matching = branches.filter((issues) => !issues.some((i) => rejectsValueOf(i, key)));
    if (matching.length) return { issues: fewest(matching), pickedBy: { key, value: valueAt(input, key) } };
  }
  return { issues: mergedValueIssue(branches) ?? fewest(branches) };
}

/** A wrong literal/enum value (or a failed refinement) of the top-level field `key`. */
function rejectsValueOf(issue: Issue, key: string): boolean {
  return issue.path.length === 1 && issue.path[0] === key && (issue.code === 'invalid_value' || issue.code === 'custom');
}

function discriminators(branches: readonly Issue[][], input: unknown): string[] {
  const keys = new Set(branches.flatMap((issues) => issues.flatMap((i) => (i.path.length === 1 && typeof i.path[0] === 'string' ? [i.path[0]] : []))));
  return [...keys].filter((key) => {
    if (valueAt(input, key) === undefined) return false;
    const someReject = branches.some((issues) => issues.some((i) => rejectsValueOf(i, key)));
    const someAccept = branches.some((issues) => !issues.some((i) => i.path[0] === key));
    return someReject && someAccept;
  });
}

/** One `invalid_value` issue for a field every branch rejects, listing all their values. */
function mergedValueIssue(branches: readonly Issue[][]): Issue[] | undefined {
  const [first, ...rest] = branches;
  for (const candidate of first ?? []) {
    if (candidate.code !== 'invalid_value') continue;
    const same = (i: Issue): boolean => samePath(i.path, candidate.path);
    // Every branch rejects this field (a forward-compatible branch may say "expected string").
    if (!rest.every((issues) => issues.some(same))) continue;
    const values = branches.flatMap((issues) => issues.filter(same).flatMap((i) => (i.code === 'invalid_value' ? i.values : [])));
    return [{ ...candidate, values: [...new Set(values)] }];
  }
  return undefined;
}

function fewest(branches: readonly Issue[][]): Issue[] {
  return [...branches].sort((a, b) => a.length - b.length)[0] ?? [];
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

function valueAt(input: unknown, key: string): unknown {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
}
