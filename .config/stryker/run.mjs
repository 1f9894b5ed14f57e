/* global process, console */
// `pnpm test:mutation [--package <name>] [--changed <git base>] [files...]`
//
// Runs StrykerJS over each package's mutated scope (MUTATE in stryker.config.mjs),
// or only over the given files, or only over the files of the scope that changed
// since a git base (`--changed HEAD~1`: what CI runs), then checks every file's
// mutation score against TARGET and exits 1 when one is below it. Reports:
// reports/mutation/<package>/mutation.html and mutation.json, and a score table
// in reports/mutation/scores.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { SCOPE } from './stryker.config.mjs';

export const TARGET = 90;

const args = process.argv.slice(2);
let only;
const files = [];
let changedSince;
for (let i = 0; i < args.length; i++) {
  // pnpm 12 passes the `--` of `pnpm run test:mutation -- <args>` through.
  if (args[i] === '--') continue;
  if (args[i] === '--package') only = args[++i];
  else if (args[i] === '--changed') changedSince = args[++i];
  else files.push(...args[i].split(',').filter(Boolean));
}
if (changedSince) {
  // Added, copied, modified or renamed files since the base; deleted ones have nothing left to mutate.
  const changed = execFileSync('git', ['diff', '--name-only', '--diff-filter=ACMR', changedSince, 'HEAD', '--', 'packages'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => Object.values(SCOPE).some((scope) => scope.test(f)));
  // A file of types alone (interfaces, type re-exports) has no mutant, and Stryker stops when no test imports
  // it at run time (type imports are erased), so a change to one has nothing to check.
  const withCode = changed.filter(hasRuntimeCode);
  const typesOnly = changed.filter((f) => !withCode.includes(f));
  if (typesOnly.length) console.log(`Holding types only, nothing to mutate: ${typesOnly.join(', ')}`);
  if (withCode.length === 0) {
    console.log(`No file of the mutated scope with runtime code changed since ${changedSince}: nothing to mutate.`);
    process.exit(0);
  }
  console.log(`Files of the mutated scope changed since ${changedSince}:\n  ${withCode.join('\n  ')}`);
  files.push(...withCode);
}

const packages = Object.keys(SCOPE).filter((p) => !only || p === only);
const byPackage = new Map();
for (const file of files) {
  const pkg = packages.find((p) => SCOPE[p].test(file));
  if (!pkg) {
    console.error(`${file} is outside the mutated scope (see SCOPE in .config/stryker/stryker.config.mjs)`);
    process.exit(2);
  }
  byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), file]);
}
const runs = files.length ? [...byPackage] : packages.map((p) => [p, undefined]);

/** Whether a TypeScript file still has code once its types are erased. */
function hasRuntimeCode(file) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true, verbatimModuleSyntax: false },
  });
  return outputText.replace(/export\s*\{\s*\};?/g, '').trim() !== '';
}

/** Stryker's score: detected (killed or timed out) over valid mutants (detected, survived, not covered). */
export function scores(report) {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (...s) => mutants.filter((m) => s.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const valid = detected + count('Survived', 'NoCoverage');
    return { file, mutants: mutants.length, detected, survived: valid - detected, ignored: count('Ignored'), score: valid ? (100 * detected) / valid : 100 };
  });
}

const rows = [];
let failed = false;
for (const [pkg, mutate] of runs) {
  console.log(`\n=== Mutation testing ${pkg}${mutate ? `: ${mutate.join(', ')}` : ''} ===`);
  const cli = ['run', '.config/stryker/stryker.config.mjs', ...(mutate ? ['--mutate', mutate.join(',')] : [])];
  const run = spawnSync('stryker', cli, { stdio: 'inherit', env: { ...process.env, MUTATION_PACKAGE: pkg } });
  if (run.status !== 0) {
    console.error(`Stryker failed on ${pkg} (exit ${run.status})`);
    failed = true;
    continue;
  }
  const dir = process.env.MUTATION_REPORTS ?? `reports/mutation/${pkg}`;
  rows.push(...scores(JSON.parse(readFileSync(`${dir}/mutation.json`, 'utf8'))).map((r) => ({ pkg, ...r })));
}

rows.sort((a, b) => a.file.localeCompare(b.file));
const table = [
  '| file | mutants | detected | survived | ignored (equivalent) | score |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.filter((r) => r.mutants > 0).map((r) => `| ${r.file} | ${r.mutants} | ${r.detected} | ${r.survived} | ${r.ignored} | ${r.score.toFixed(1)}% |`),
].join('\n');
mkdirSync('reports/mutation', { recursive: true });
writeFileSync('reports/mutation/scores.md', `${table}\n`);
console.log(`\n${table}\n`);

const below = rows.filter((r) => r.score < TARGET);
for (const r of below) console.error(`BELOW TARGET: ${r.file} ${r.score.toFixed(1)}% < ${TARGET}% (${r.survived} survived; see reports/mutation/${r.pkg}/mutation.html)`);
if (failed || below.length) process.exit(1);
console.log(`Every file at or above ${TARGET}%.`);
