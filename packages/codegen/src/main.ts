// CLI: `node src/main.ts [--vendor <name>] [--check]`. Without --vendor, every vendor in src/vendors.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VendorConfig } from './config.ts';
import { staleFiles, writeFiles } from './files.ts';
import { generate } from './generate.ts';
import { loadSpec } from './spec.ts';
import { vendors } from './vendors/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.includes('--vendor') ? args[args.indexOf('--vendor') + 1] : undefined;
const selected = vendors.filter((v) => only === undefined || v.name === only);
if (!selected.length) {
  console.error(`codegen: unknown vendor ${only}; known: ${vendors.map((v) => v.name).join(', ')}`);
  process.exit(1);
}

let failed = false;
for (const vendor of selected) failed = !run(vendor) || failed;
process.exit(failed ? 1 : 0);

function run(vendor: VendorConfig): boolean {
  const specPath = resolve(repoRoot, vendor.specFile);
  const outputDir = resolve(repoRoot, vendor.outputDir);
  if (!existsSync(specPath)) {
    // A missing spec is a failure, for --check too: a skipped freshness check would hide stale code.
    console.error(`codegen ${vendor.name}: spec not found at ${vendor.specFile}`);
    return false;
  }
  const files = generate(loadSpec(specPath, vendor), vendor);
  if (check) {
    const stale = staleFiles(outputDir, files);
    if (stale.length) {
      console.error(`codegen ${vendor.name}: generated code is stale; run \`pnpm generate\`:\n  ${stale.join('\n  ')}`);
      return false;
    }
    console.log(`codegen ${vendor.name}: ${files.size} generated files are up to date.`);
  } else {
    writeFiles(outputDir, files);
    console.log(`codegen ${vendor.name}: wrote ${files.size} files to ${vendor.outputDir}`);
  }
  return true;
}
