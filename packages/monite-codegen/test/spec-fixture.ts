// The saved spec, loaded once per test file; tests skip when it is not on this machine.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSpec, type Spec } from '../src/spec.ts';

export const specPath = fileURLToPath(new URL('../../../../shared/specs/monite/schema.json', import.meta.url));
export const hasSpec = existsSync(specPath);

let cached: Spec | undefined;
export function spec(): Spec {
  cached ??= loadSpec(specPath);
  return cached;
}
