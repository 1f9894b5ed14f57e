// CLI: `node src/main.ts [spec.json] [--check]`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles, writeFiles } from './files.ts';
import { generate } from './generate.ts';
import { loadSpec } from './spec.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const outputDir = resolve(repoRoot, 'packages/monite/src/generated');
const defaultSpec = resolve(repoRoot, '../shared/specs/monite/schema.json');

const args = process.argv.slice(2);
const check = args.includes('--check');
const specPath = resolve(args.find((a) => !a.startsWith('--')) ?? defaultSpec);

if (!existsSync(specPath)) {
  if (check) {
    console.log(`monite-codegen: spec not found at ${specPath}; skipping the freshness check.`);
    process.exit(0);
  }
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
