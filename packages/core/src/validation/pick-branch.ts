import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** What to report for a value that matched no branch of a union. */
export interface BranchReport {
  /** Issues, with paths relative to the union. */
  issues: Issue[];
  /** The discriminator that picked the branch, e.g. `['type', 'organization']`. */
  pickedBy?: [key: string, value: unknown];
}

/**
 * Chooses the issues worth reporting among a union's failed branches (zod's
 * `invalid_union.errors`, one issue list per branch):
 *
 * 1. By discriminator. A key is one when the input has it, some branch accepts
 *    its value and another rejects it as a wrong literal/enum value (or by a
 *    refinement, like the forward-compatible "unknown variant" branch). Branches
 *    that reject it are dropped and the closest remaining one is reported. So an
 *    organization entity missing `address` reports `address`, not the
 *    individual branch's `individual: required`.
 * 2. When every branch rejects the same field, one issue listing every
 *    branch's allowed values (`object_type` lists the common object types and
 *    `payable`).
 * 3. Otherwise the branch with the fewest issues.
 */
export function pickBranch(branches: readonly Issue[][], input: unknown): BranchReport {
  const record = (input !== null && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const at = (i: Issue): string => i.path.join('\u0000');
  for (const key of new Set(branches.flat().map(at))) {
    const rejects = (issues: Issue[]): boolean => issues.some((i) => at(i) === key && (i.code === 'invalid_value' || i.code === 'custom'));
    const matching = branches.filter((issues) => !rejects(issues));
    // A discriminator: a top-level key the input has, which some branches reject and others accept outright.
    if (record[key] !== undefined && matching.length < branches.length && matching.some((issues) => !issues.some((i) => at(i) === key))) {
      return { issues: fewest(matching), pickedBy: [key, record[key]] };
    }
  }
  for (const issue of branches[0] ?? []) {
    const everywhere = branches.map((issues) => issues.filter((i) => at(i) === at(issue)));
    if (issue.code === 'invalid_value' && everywhere.every((found) => found.length)) {
      const values = everywhere.flat().flatMap((i) => (i.code === 'invalid_value' ? i.values : []));
      return { issues: [{ ...issue, values: [...new Set(values)] }] };
    }
  }
  return { issues: fewest(branches) };
}

function fewest(branches: readonly Issue[][]): Issue[] {
  return [...branches].sort((a, b) => a.length - b.length)[0] ?? [];
}
