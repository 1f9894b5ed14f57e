// Decides which component schemas are emitted, under which public name, and in which runtime
// flavour: `in` (strict, request side) and/or `out` (lenient, response side).
import { resolveSchemaNames, type SchemaNames } from './schema-names.ts';
import { shapeRefs, toShape, type Shape } from './shape.ts';
import type { ApiOperation, JsonSchema, Spec } from './spec.ts';
import { compare } from './spec.ts';

export type Flavour = 'in' | 'out';

export interface CatalogEntry {
  specName: string;
  publicName: string;
  description?: string;
  title?: string;
  shape: Shape;
  /** Reachable from request bodies/parameters, from success responses, or both. */
  flavours: Set<Flavour>;
}

export interface Catalog {
  /** Entries in public-name order. */
  entries: CatalogEntry[];
  /** Entry for any spec name (merged copies resolve to their representative). */
  entry(specName: string): CatalogEntry;
}

export function operationShapes(op: ApiOperation, flavour: Flavour): Shape[] {
  if (flavour === 'out') return [...op.errors, ...(op.response.schema ? [op.response.schema] : [])].map(toShape);
  const params = [...op.pathParams, ...op.queryParams].map((p) => toShape(p.schema));
  return op.body ? [...params, toShape(op.body.schema)] : params;
}

export function buildCatalog(spec: Spec): Catalog {
  const names = resolveSchemaNames(spec.schemas);
  const byRep = new Map<string, CatalogEntry>();

  const visit = (specName: string, flavour: Flavour): void => {
    const rep = names.representative(specName);
    let entry = byRep.get(rep);
    if (entry?.flavours.has(flavour)) return;
    if (!entry) entry = newEntry(rep, spec.schemas[rep]!, names.publicName(rep));
    byRep.set(rep, entry);
    entry.flavours.add(flavour);
    for (const ref of shapeRefs(entry.shape)) visit(ref, flavour);
  };
  for (const op of spec.operations) {
    for (const flavour of ['in', 'out'] as const) {
      for (const shape of operationShapes(op, flavour)) shapeRefs(shape).forEach((ref) => visit(ref, flavour));
    }
  }

  const entries = [...byRep.values()].sort((a, b) => compare(a.publicName, b.publicName));
  checkNames(entries, names);
  return {
    entries,
    entry(specName) {
      const entry = byRep.get(names.representative(specName));
      if (!entry) throw new Error(`schema ${specName} is not in the catalog`);
      return entry;
    },
  };
}

function newEntry(specName: string, schema: JsonSchema, publicName: string): CatalogEntry {
  return { specName, publicName, description: schema.description, title: schema.title, shape: toShape(schema), flavours: new Set() };
}

function checkNames(entries: CatalogEntry[], names: SchemaNames): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (names.isArtefact(e.publicName)) problems.push(`${e.specName} → ${e.publicName} (add it to schemaNameOverrides)`);
    const other = seen.get(e.publicName);
    if (other) problems.push(`${other} and ${e.specName} both named ${e.publicName}`);
    seen.set(e.publicName, e.specName);
  }
  if (problems.length) throw new Error(`schema naming problems:\n  ${problems.join('\n  ')}`);
}
