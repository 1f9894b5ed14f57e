// Decides which component schemas are emitted, under which public name, and in which runtime
// flavour: `in` (strict, request side) and/or `out` (lenient, response side).
import type { VendorNames } from './config.ts';
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
  /**
   * Name of the request-side type when it differs from the response-side one (`BizObjectsSchemaInput`):
   * set for schemas used on both sides that reach an enum, which is closed in requests and open in
   * responses. The response side keeps the plain name, as for the spec's own `-Input`/`-Output` pairs.
   */
  inputName?: string;
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

export function buildCatalog(spec: Spec, vendorNames: VendorNames): Catalog {
  const names = resolveSchemaNames(spec.schemas, vendorNames);
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
  const byName = (specName: string): CatalogEntry => byRep.get(names.representative(specName))!;
  for (const entry of entries) if (hasInputVariant(entry, byName)) entry.inputName = `${entry.publicName}Input`;
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

/** Whether a named enum is open in responses: single values stay closed, they act as discriminators. */
export function isOpenableEnum(shape: Shape): boolean {
  return shape.kind === 'enum' && shape.values.length > 1;
}

/** A schema on both sides whose type text depends on the side: it reaches an enum (cycles are fine). */
function hasInputVariant(entry: CatalogEntry, byName: (specName: string) => CatalogEntry): boolean {
  if (entry.flavours.size < 2 || entry.shape.kind === 'enum') return false;
  const seen = new Set<CatalogEntry>();
  const reachesEnum = (shape: Shape): boolean => {
    if (shape.kind === 'ref') {
      const target = byName(shape.name);
      if (target.shape.kind === 'enum') return isOpenableEnum(target.shape);
      if (seen.has(target)) return false;
      seen.add(target);
      return reachesEnum(target.shape);
    }
    return isOpenableEnum(shape) || children(shape).some(reachesEnum);
  };
  return reachesEnum(entry.shape);
}

function children(shape: Shape): Shape[] {
  switch (shape.kind) {
    case 'nullable':
      return [shape.inner];
    case 'union':
      return shape.members;
    case 'array':
      return [shape.items];
    case 'record':
      return [shape.values];
    case 'object':
      return shape.properties.map((p) => p.shape);
    default:
      return [];
  }
}

function newEntry(specName: string, schema: JsonSchema, publicName: string): CatalogEntry {
  return { specName, publicName, description: schema.description, title: schema.title, shape: toShape(schema), flavours: new Set() };
}

function checkNames(entries: CatalogEntry[], names: SchemaNames): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (names.isArtefact(e.publicName)) problems.push(`${e.specName} → ${e.publicName} (add it to schemaNameOverrides)`);
    for (const name of [e.publicName, e.inputName ?? []].flat()) {
      const other = seen.get(name);
      if (other) problems.push(`${other} and ${e.specName} both named ${name}`);
      seen.set(name, e.specName);
    }
  }
  if (problems.length) throw new Error(`schema naming problems:\n  ${problems.join('\n  ')}`);
}
