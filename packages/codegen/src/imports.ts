// Import lists for generated modules, found by scanning the emitted code for known names:
// simpler and less error-prone than threading "used names" through every emitter.
import { compare } from './spec.ts';

export function usedNames(code: string, candidates: Iterable<string>): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '');
  const identifiers = new Set(withoutComments.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []);
  return [...new Set(candidates)].filter((name) => identifiers.has(name)).sort(compare);
}

export function importLine(names: string[], from: string, typeOnly: boolean): string {
  if (!names.length) return '';
  const keyword = typeOnly ? 'import type' : 'import';
  return `${keyword} {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';\n`;
}
