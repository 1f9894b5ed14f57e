// Size budget (not a timing test). The onboarding flow measured 28.5 KB gzipped
// before the hardening work (ky 8.0, zod/mini 8.6, core 7.3, schemas 2.3,
// runtime 1.7); token-endpoint retries, option checks, the exact-JSON snapshot,
// bounded pagination, secret scrubbing across client families and the shared
// rate limiter added about 3.3 KB to @x/core, so the budget guards 34 KB. The
// 22 KB goal belongs to the packaging/speed issue and is not met yet.
import { expect, it } from 'vitest';
import { bundleSize, ONBOARDING_FULL_CLIENT, ONBOARDING_RESOURCE_FACTORIES, ONBOARDING_TREE_SHAKEN } from '../scripts/bundle-size.js';

const BUDGET_GZIP_BYTES = 34 * 1024;

it('bundles only the operations the onboarding flow uses', async () => {
  const onboarding = await bundleSize(ONBOARDING_TREE_SHAKEN);
  const factories = await bundleSize(ONBOARDING_RESOURCE_FACTORIES);
  const full = await bundleSize(ONBOARDING_FULL_CLIENT);
  expect(onboarding.gzipped).toBeLessThan(BUDGET_GZIP_BYTES);
  // Tree-shaking works: unused operations of the same groups, and every other group, are dropped.
  expect(factories.gzipped).toBeGreaterThan(onboarding.gzipped);
  expect(full.gzipped).toBeGreaterThan(onboarding.gzipped * 2);
}, 60_000);
