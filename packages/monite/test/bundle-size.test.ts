// Size budget (not a timing test): the seed's onboarding flow must tree-shake
// to under 25 KB gzipped, ky and zod included.
import { expect, it } from 'vitest';
import { bundleSize, ONBOARDING_FULL_CLIENT, ONBOARDING_TREE_SHAKEN } from '../scripts/bundle-size.js';

it('bundles the onboarding flow under 25 KB gzipped, far below the full client', async () => {
  const onboarding = await bundleSize(ONBOARDING_TREE_SHAKEN);
  const full = await bundleSize(ONBOARDING_FULL_CLIENT);
  expect(onboarding.gzipped).toBeLessThan(25 * 1024);
  // Proof that tree-shaking works: the full client carries every other resource group.
  expect(full.gzipped).toBeGreaterThan(onboarding.gzipped * 2);
}, 60_000);
