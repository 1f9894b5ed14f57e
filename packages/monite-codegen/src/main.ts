// CLI: `node src/main.ts [spec.json] [--check]`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles, writeFiles } from './files.ts';
import { generate } from './generate.ts';
import { loadSpec } from './spec.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outputDir = resolve(repoRoot, 'packages/monite/src/generated');
// The vendor's spec, copied into the repository (provenance in packages/monite/spec/SOURCE.md).
const defaultSpec = resolve(repoRoot, 'packages/monite/spec/schema.json');

const args = process.argv.slice(2);
const check = args.includes('--check');
const specPath = resolve(args.find((a) => !a.startsWith('--')) ?? defaultSpec);

if (!existsSync(specPath)) {
  // A missing spec is a failure, for --check too: a skipped freshness check would hide stale code.
  console.error(`monite-codegen: spec not found at ${specPath}`);
  process.exit(1);
}

const files = generate(loadSpec(specPath));
if (check) {
  const stale = staleFiles(outputDir, files);
  if (stale.length) {
    console.error(`monite-codegen: generated code is stale; run \`pnpm generate\`:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`monite-codegen: ${files.size} generated files are up to date.`);
} else {
  writeFiles(outputDir, files);
  console.log(`monite-codegen: wrote ${files.size} files to ${outputDir}`);
}
