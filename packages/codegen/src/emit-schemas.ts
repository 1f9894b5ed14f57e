// schemas.ts: one zod const per (schema, flavour), dependencies first. Every const is a
// `/* @__PURE__ */` call wrapping a builder thunk in `z.lazy`, so bundlers drop the ones a program
// never reaches, and a schema is only built the first time something is validated against it
// (importing the package builds none of the ~750 schemas).
import type { Catalog, CatalogEntry, Flavour } from './catalog.ts';
import { refTypeName } from './emit-types.ts';
import { hasConst, schemaConstName, zodOf, type ZodContext } from './emit-zod.ts';
import { shapeRefs } from './shape.ts';

export const SCHEMA_HELPERS = `/** Request schemas are type-checked against their TypeScript type. */
export const requestSchema = <T>(build: () => z.ZodMiniType<T>): z.ZodMiniType<T> => z.lazy(build);
/** Response schemas are deliberately looser than their type (open enums, unknown variants), so they are not. */
export const responseSchema = <T>(build: () => z.ZodMiniType): z.ZodMiniType<T> => z.lazy(build) as z.ZodMiniType<T>;
`;

/** \`export const X_in = /* @__PURE__ *\/ requestSchema<X>(() => …);\` */
export function schemaConst(name: string, typeName: string, flavour: Flavour, expression: string): string {
  const builder = flavour === 'in' ? 'requestSchema' : 'responseSchema';
  return `export const ${name} = /* @__PURE__ */ ${builder}<${typeName}>(() => ${expression});\n`;
}

export function emitSchemasModule(catalog: Catalog, formats?: Readonly<Record<string, string>>): { body: string; typeNames: string[] } {
  const parts: string[] = [];
  const typeNames = new Set<string>();
  for (const flavour of ['in', 'out'] as const) {
    const ordered = dependencyOrder(catalog, flavour);
    const position = new Map(ordered.map((e, i) => [e.specName, i]));
    ordered.forEach((entry, index) => {
      const ctx: ZodContext = {
        catalog,
        flavour,
        formats,
        reference(specName) {
          const target = catalog.entry(specName);
          const name = schemaConstName(target.publicName, flavour);
          // Only genuine cycles reach a const that is not defined yet.
          return position.get(target.specName)! >= index ? `z.lazy(() => ${name})` : name;
        },
      };
      const typeName = refTypeName(entry, flavour);
      typeNames.add(typeName);
      parts.push(schemaConst(schemaConstName(entry.publicName, flavour), typeName, flavour, zodOf(entry.shape, ctx)));
    });
  }
  return { body: parts.join(''), typeNames: [...typeNames] };
}

/** Entries with a const in this flavour, each after everything it references (cycles broken by DFS). */
function dependencyOrder(catalog: Catalog, flavour: Flavour): CatalogEntry[] {
  const wanted = catalog.entries.filter((e) => e.flavours.has(flavour) && hasConst(e.shape, flavour));
  const done = new Set<string>();
  const active = new Set<string>();
  const order: CatalogEntry[] = [];
  const visit = (entry: CatalogEntry): void => {
    if (done.has(entry.specName) || active.has(entry.specName)) return;
    active.add(entry.specName);
    for (const ref of shapeRefs(entry.shape)) {
      const target = catalog.entry(ref);
      if (hasConst(target.shape, flavour)) visit(target);
    }
    active.delete(entry.specName);
    done.add(entry.specName);
    order.push(entry);
  };
  wanted.forEach(visit);
  return order;
}
