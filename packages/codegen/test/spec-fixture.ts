// The vendors' specs, loaded once per test file. They are committed in the repository
// (packages/<vendor>/spec); when one is missing the tests fail (loudly), they never skip.
import { fileURLToPath } from 'node:url';
import type { VendorConfig } from '../src/config.ts';
import { loadSpec, type Spec } from '../src/spec.ts';
import { monetizeNow } from '../src/vendors/monetizenow.ts';
import { monite } from '../src/vendors/monite.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const specPath = `${repoRoot}${monite.specFile}`;

const cache = new Map<VendorConfig, Spec>();
function load(vendor: VendorConfig): Spec {
  let spec = cache.get(vendor);
  if (!spec) cache.set(vendor, (spec = loadSpec(`${repoRoot}${vendor.specFile}`, vendor)));
  return spec;
}

/** Monite's spec. */
export function spec(): Spec {
  return load(monite);
}

/** MonetizeNow's spec. */
export function monetizeNowSpec(): Spec {
  return load(monetizeNow);
}
