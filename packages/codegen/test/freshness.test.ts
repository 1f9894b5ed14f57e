// The freshness check CI runs (`pnpm generate:check`): it must notice edited,
// missing and left-over files, and pass on an untouched tree.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleFiles, writeFiles } from '../src/files.ts';
import { generate } from '../src/generate.ts';
import { monetizeNow } from '../src/vendors/monetizenow.ts';
import { monetizeNowSpec, spec } from './spec-fixture.ts';
import { monite } from '../src/vendors/monite.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('generated-code freshness check', () => {
  const files = generate(spec(), monite);

  it('passes on a freshly written tree and flags edited, missing and stale files', () => {
    dir = mkdtempSync(join(tmpdir(), 'monite-gen-'));
    writeFiles(dir, files);
    expect(staleFiles(dir, files)).toEqual([]);

    const roles = join(dir, 'resources/roles.ts');
    writeFileSync(roles, readFileSync(roles, 'utf8').replace('create:', 'make:'));
    unlinkSync(join(dir, 'manifest.ts'));
    writeFileSync(join(dir, 'leftover.ts'), '// from an older spec\n');
    expect(staleFiles(dir, files)).toEqual(['leftover.ts (stale, would be deleted)', 'manifest.ts', 'resources/roles.ts']);

    writeFiles(dir, files);
    expect(staleFiles(dir, files)).toEqual([]);
  });

  it('matches the committed output in packages/monite/src/generated', () => {
    expect(staleFiles(join(import.meta.dirname, '../../monite/src/generated'), files)).toEqual([]);
  });

  it('matches the committed output in packages/monetizenow/src/generated', () => {
    expect(staleFiles(join(import.meta.dirname, '../../monetizenow/src/generated'), generate(monetizeNowSpec(), monetizeNow))).toEqual([]);
  });
});
