// Size budget (not a timing test). The onboarding flow measured 28.5 KB gzipped
// before the hardening work (ky 8.0, zod/mini 8.6, core 7.3, schemas 2.3,
// runtime 1.7); token-endpoint retries, option checks, the exact-JSON snapshot,
// bounded pagination, secret scrubbing across client families and the shared
// rate limiter added about 3.3 KB to @x/core, so the budget guards 34 KB. The
// 22 KB goal belongs to the packaging/speed issue and is not met yet. zod's compiled
// object parser (used by the generated schemas for list-validation speed) adds about
// 1.1 KB to every bundle that validates an object, so the budget has 0.2 KB left.
import { expect, it } from 'vitest';
import { bundleSize, ONBOARDING_FULL_CLIENT, ONBOARDING_RESOURCE_FACTORIES, ONBOARDING_TREE_SHAKEN } from '../scripts/bundle-size.js';

const BUDGET_GZIP_BYTES = 34 * 1024;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Minified bytes of generated code (operations, schemas, resources) in a bundle. */
function generatedBytes(metafile: unknown): number {
  const inputs = Object.values((metafile as Metafile).outputs).flatMap((o) => Object.entries(o.inputs));
  return inputs.filter(([file]) => file.includes('src/generated/')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
}

it('bundles only the operations the onboarding flow uses', async () => {
  const onboarding = await bundleSize(ONBOARDING_TREE_SHAKEN, 'source', true);
  const factories = await bundleSize(ONBOARDING_RESOURCE_FACTORIES, 'source', true);
  const full = await bundleSize(ONBOARDING_FULL_CLIENT, 'source', true);
  expect(onboarding.gzipped).toBeLessThan(BUDGET_GZIP_BYTES);
  // Tree-shaking works: unused operations of the same groups, and every other group, are dropped. Compared on the
  // generated code alone, so a fixed cost every bundle pays (core, zod) does not blur the comparison.
  expect(generatedBytes(factories.metafile)).toBeGreaterThan(generatedBytes(onboarding.metafile) * 1.5);
  expect(generatedBytes(full.metafile)).toBeGreaterThan(generatedBytes(onboarding.metafile) * 10);
}, 60_000);
