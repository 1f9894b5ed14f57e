// schemas.ts: one zod const per (schema, flavour), dependencies first. Each const is a
// `/* @__PURE__ */` `z.lazy` over a builder, so importing the package builds nothing and bundlers drop
// the consts a program never reaches. A builder builds its tree eagerly: it takes its dependencies'
// built schemas (`built(X)`, which builds X once, on first use, and then shares it), so a validated
// tree has no z.lazy inside, except where a reference closes a real cycle.
import type { Catalog, CatalogEntry, Flavour } from './catalog.ts';
import { refTypeName } from './emit-types.ts';
import { hasConst, OBJECT, schemaConstName, zodOf, type ZodContext } from './emit-zod.ts';
import { shapeRefs } from './shape.ts';

/** The imports schemas.ts starts with. */
export const SCHEMA_IMPORTS = "import * as z from 'zod/mini';\nimport { ZodMiniType } from 'zod/mini';\nimport { $constructor, $ZodObjectJIT } from 'zod/v4/core';\n";

export const SCHEMA_HELPERS = `/** The schema a const's builder builds (the first time it is asked for; zod's z.lazy keeps it). */
export const built = <T>(schema: z.ZodMiniType<T>): z.ZodMiniType<T> => (schema as unknown as z.ZodMiniLazy<z.ZodMiniType<T>>)._zod.innerType;
/** Request schemas are type-checked against their TypeScript type. */
export const requestSchema = <T>(build: () => z.ZodMiniType<T>): z.ZodMiniType<T> => z.lazy(build);
/** Response schemas are deliberately looser than their type (open enums, unknown variants), so they are not. */
export const responseSchema = <T>(build: () => z.ZodMiniType): z.ZodMiniType<T> => z.lazy(build) as z.ZodMiniType<T>;
// zod/mini objects interpret every parse. zod's compiled object parser (classic zod's) is several times
// faster on large lists; it compiles with \`new Function\` on first use and falls back to the same
// interpreted parse where a runtime forbids code generation (Cloudflare Workers).
// (Named imports: \`z.core.…\` would make bundlers keep all of zod's core, locales included.)
const CompiledObject = /* @__PURE__ */ $constructor<z.ZodMiniObject>('ZodMiniObject', (inst, def) => {
  $ZodObjectJIT.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.shape = def.shape;
});
/** \`z.object\` with the compiled parser. */
export const ${OBJECT.plain} = <S extends z.core.$ZodShape>(shape: S): z.ZodMiniObject<S, z.core.$strip> =>
  new CompiledObject({ type: 'object', shape }) as z.ZodMiniObject<S, z.core.$strip>;
/** \`z.looseObject\` with the compiled parser. */
export const ${OBJECT.loose} = <S extends z.core.$ZodShape>(shape: S): z.ZodMiniObject<S, z.core.$loose> =>
  new CompiledObject({ type: 'object', shape, catchall: z.unknown() }) as z.ZodMiniObject<S, z.core.$loose>;
/** \`z.strictObject\` with the compiled parser. */
export const ${OBJECT.strict} = <S extends z.core.$ZodShape>(shape: S): z.ZodMiniObject<S, z.core.$strict> =>
  new CompiledObject({ type: 'object', shape, catchall: z.never() }) as z.ZodMiniObject<S, z.core.$strict>;
`;

/** Names schemas.ts exports besides the schema consts. */
export const HELPER_NAMES = ['built', 'requestSchema', 'responseSchema', OBJECT.plain, OBJECT.loose, OBJECT.strict];

/** \`export const X_in = /* @__PURE__ *\/ requestSchema<X>(() => …);\` */
export function schemaConst(name: string, typeName: string, flavour: Flavour, expression: string): string {
  const wrapper = flavour === 'in' ? 'requestSchema' : 'responseSchema';
  return `export const ${name} = /* @__PURE__ */ ${wrapper}<${typeName}>(() => ${expression});\n`;
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
          // A reference to an entry not yet finished in dependency order closes a cycle: only there the lazy const.
          return position.get(target.specName)! >= index ? name : `built(${name})`;
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
