// Every generated `@example` is a call that typechecks against the SDK's sources, so an example can
// never drift from the method it documents. The examples are taken from the emitted resource files
// (both vendors) and compiled as one in-memory module with the TypeScript compiler.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { GeneratedFiles } from '../src/generate.ts';
import { generate } from '../src/generate.ts';
import { monetizeNow } from '../src/vendors/monetizenow.ts';
import { monite } from '../src/vendors/monite.ts';
import { monetizeNowSpec, spec } from './spec-fixture.ts';

/** The code of every `@example` block in the generated resource files. */
function examplesOf(files: GeneratedFiles): string[] {
  const found: string[] = [];
  for (const [name, code] of files) {
    if (!name.startsWith('resources/')) continue;
    for (const match of code.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      found.push(match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n'));
    }
  }
  return found;
}

const moniteExamples = examplesOf(generate(spec(), monite));
const monetizeNowExamples = examplesOf(generate(monetizeNowSpec(), monetizeNow));

describe('generated examples', () => {
  it('document every resource method of both vendors', () => {
    expect(moniteExamples.length).toBe(spec().operations.length);
    expect(monetizeNowExamples.length).toBeGreaterThan(100);
    expect(moniteExamples).toContain("const entity = await monite.entities.retrieve('ENTITY_ID');");
    expect(moniteExamples.some((e) => e.startsWith('for await (const payable of monite.forEntity(\'ENTITY_ID\').payables.list())'))).toBe(true);
  });

  it('typecheck against the SDK sources', () => {
    const testDir = fileURLToPath(new URL('.', import.meta.url));
    const file = `${testDir}__examples__.ts`;
    const source = [
      "import type { MoniteClient } from '../../monite/src/index.ts';",
      "import type { MonetizeNowClient } from '../../monetizenow/src/index.ts';",
      ...moniteExamples.map((code, i) => `export async function monite${i}(monite: MoniteClient): Promise<void> {\n${code}\n}`),
      ...monetizeNowExamples.map((code, i) => `export async function monetizeNow${i}(monetizeNow: MonetizeNowClient): Promise<void> {\n${code}\n}`),
    ].join('\n');
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      customConditions: ['@x/source'],
      strict: true,
      noUncheckedIndexedAccess: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === file || fileExists(name);
    const program = ts.createProgram([file], options, host);
    const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
      const at = d.start === undefined ? '' : source.slice(source.lastIndexOf('\nexport async function', d.start) + 1).split('\n').slice(0, 4).join('\n');
      return `${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n${at}`;
    });
    expect(errors).toEqual([]);
  }, 240_000);
});
