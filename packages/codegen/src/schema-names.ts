// Maps spec schema names (with pydantic artefacts) to clean public names.
//
// Rules, in order:
// 1. Structurally identical copies merge. Copies are the members of one family: `X`, `X-Input`,
//    `X-Output`, `X2`, `X3`… "Identical" ignores documentation (description, title, examples),
//    `default`, the order of `required`, single-member `allOf` wrappers and formats we do not
//    enforce; references compare by their merged target, so merging runs to a fixpoint.
// 2. A merged family is emitted once, from its preferred member (`X`, then `X-Output`, `X-Input`,
//    `X2`…), under the family's base name `X`.
// 3. A copy that differs keeps its own definition. A differing `X-Output` is named `X`; every
//    other differing copy needs a name from `schemaNameOverrides`.
// Names are checked afterwards: PascalCase, no artefacts, no collisions.
import type { VendorNames } from './config.ts';
import type { JsonSchema } from './spec.ts';
import { compare } from './spec.ts';

const DOC_KEYS = new Set(['description', 'title', 'example', 'examples', 'default', 'deprecated']);
const UNENFORCED_FORMATS = new Set(['color', 'hostname', 'ipvanyaddress']);

export interface SchemaNames {
  /** Spec name → the spec name whose definition is emitted for it. */
  representative(specName: string): string;
  /** Public name of a representative. */
  publicName(specName: string): string;
  /** True when the public name is still a spec artefact (a differing copy without an override). */
  isArtefact(publicName: string): boolean;
}

function familyBase(name: string, all: Record<string, JsonSchema>): string {
  const io = name.match(/^(.*)-(Input|Output)$/);
  if (io) return io[1]!;
  const numbered = name.match(/^(.*\D)\d+$/);
  if (numbered && numbered[1]! in all) return numbered[1]!;
  return name;
}

/** Preference order inside a family: the plain name first, then Output, Input, numbered copies. */
function memberRank(name: string, base: string): string {
  if (name === base) return '0';
  if (name === `${base}-Output`) return '1';
  if (name === `${base}-Input`) return '2';
  return `3${name.slice(base.length).padStart(4, '0')}`;
}

export function isArtefactName(name: string): boolean {
  return /-(Input|Output)$|_Input|_Output/.test(name) || !/^[A-Z][A-Za-z0-9]*$/.test(name);
}

export function resolveSchemaNames(schemas: Record<string, JsonSchema>, names: VendorNames): SchemaNames {
  const { schemaNameOverrides, schemaBaseName } = names;
  const families = new Map<string, string[]>();
  for (const name of Object.keys(schemas).sort(compare)) {
    const base = familyBase(name, schemas);
    families.set(base, [...(families.get(base) ?? []), name]);
  }
  for (const [base, members] of families) members.sort((a, b) => compare(memberRank(a, base), memberRank(b, base)));

  const rep = new Map<string, string>(Object.keys(schemas).map((n) => [n, n]));
  const representative = (n: string): string => rep.get(n) ?? n;
  let changed = true;
  while (changed) {
    changed = false;
    const fingerprints = new Map<string, string>();
    const fingerprint = (n: string): string => {
      let f = fingerprints.get(n);
      if (f === undefined) fingerprints.set(n, (f = JSON.stringify(canonical(schemas[n]!, representative))));
      return f;
    };
    for (const members of families.values()) {
      for (const [i, name] of members.entries()) {
        if (representative(name) !== name) continue;
        const twin = members.slice(0, i).find((m) => representative(m) === m && fingerprint(m) === fingerprint(name));
        if (twin) {
          rep.set(name, twin);
          changed = true;
        }
      }
    }
  }
  // Chains (C → B → A) collapse to the root.
  const root = (n: string): string => (representative(n) === n ? n : root(representative(n)));

  return {
    representative: root,
    publicName(specName) {
      const name = root(specName);
      const override = schemaNameOverrides[name];
      if (override) return override;
      if (schemaBaseName) return schemaBaseName(name);
      const base = familyBase(name, schemas);
      const mergedFamily = families.get(base)!.every((m) => root(m) === name);
      if (mergedFamily) return base;
      // A differing -Input/-Output pair: the response side keeps the clean name.
      if (name === `${base}-Output` && !(base in schemas)) return base;
      return name;
    },
    isArtefact(publicName) {
      return isArtefactName(publicName) || (publicName in schemas && familyBase(publicName, schemas) !== publicName);
    },
  };
}

/** The parts of a schema that change its type or validation, with references made canonical. */
function canonical(schema: unknown, representative: (n: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => canonical(s, representative));
  if (!schema || typeof schema !== 'object') return schema;
  const s = schema as JsonSchema & Record<string, unknown>;
  const [only] = s.allOf ?? [];
  if (s.allOf?.length === 1 && only) return canonical({ ...s, allOf: undefined, ...only }, representative);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(s).sort(compare)) {
    const value = s[key];
    if (DOC_KEYS.has(key) || value === undefined) continue;
    if (key === '$ref') out[key] = representative(String(value).split('/').pop()!);
    else if (key === 'format' && UNENFORCED_FORMATS.has(String(value))) continue;
    else if (key === 'required') out[key] = [...(value as string[])].sort(compare);
    else if (key === 'properties') out[key] = mapValues(value as Record<string, unknown>, (v) => canonical(v, representative));
    else if (key === 'discriminator') out[key] = (value as { propertyName: string }).propertyName;
    else out[key] = canonical(value, representative);
  }
  return out;
}

function mapValues(o: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.keys(o).sort(compare).map((k) => [k, f(o[k])]));
}
