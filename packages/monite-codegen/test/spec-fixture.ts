// The vendor's spec, loaded once per test file. It is committed in the repository
// (packages/monite/spec); when it is missing the tests fail (loudly), they never skip.
import { fileURLToPath } from 'node:url';
import { loadSpec, type Spec } from '../src/spec.ts';

export const specPath = fileURLToPath(new URL('../../monite/spec/schema.json', import.meta.url));

let cached: Spec | undefined;
export function spec(): Spec {
  cached ??= loadSpec(specPath);
  return cached;
}
