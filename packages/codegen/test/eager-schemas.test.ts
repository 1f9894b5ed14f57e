// Schemas are built eagerly inside (no z.lazy between components, except to close a cycle), once,
// on first use; importing the generated module builds nothing. Checked on the committed Monite
// output and on a small catalog with a cycle.
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEntry } from '../src/catalog.ts';
import { emitSchemasModule } from '../src/emit-schemas.ts';
import type { Shape } from '../src/shape.ts';
import * as ops from '../../monite/src/generated/operations.ts';
import * as s from '../../monite/src/generated/schemas.ts';
import { LIST_JSON } from '../../bench/src/fixtures.ts';

/** What the test reads of a zod schema (codegen does not depend on zod itself). */
interface Schema {
  _zod: { def: unknown; traits: Set<string>; innerType?: Schema };
}

/** Every schema reachable from `root` without going through a z.lazy (whose type is counted). */
function walk(root: Schema): { types: Map<string, number>; jitObjects: number; objects: number } {
  const types = new Map<string, number>();
  let objects = 0;
  let jitObjects = 0;
  const seen = new Set<Schema>();
  const visit = (schema: Schema): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    types.set(def.type, (types.get(def.type) ?? 0) + 1);
    if (def.type === 'lazy') return;
    if (def.type === 'object') {
      objects++;
      if (schema._zod.traits.has('$ZodObjectJIT')) jitObjects++;
    }
    const children = [def.shape && Object.values(def.shape as object), def.element, def.innerType, def.options, def.left, def.right, def.valueType, def.catchall];
    for (const child of children.flat()) if (child && typeof child === 'object' && '_zod' in child) visit(child as Schema);
  };
  visit(root);
  return { types, jitObjects, objects };
}

describe('generated schemas', () => {
  it('build a component tree without z.lazy, with compiled objects', () => {
    const tree = walk(s.built(s.PayablePaginationResponse_out) as unknown as Schema);
    expect(tree.types.get('lazy')).toBeUndefined();
    expect(tree.objects).toBeGreaterThan(10);
    expect(tree.jitObjects).toBe(tree.objects);
  });

  it('build each schema once and share it', () => {
    const page = s.built(s.PayablePaginationResponse_out);
    expect(s.built(s.PayablePaginationResponse_out)).toBe(page);
    const items = (page._zod.def as unknown as { shape: { data: { _zod: { def: { element: Schema } } } } }).shape.data._zod.def.element;
    expect(items).toBe(s.built(s.PayableResponseSchema_out));
    // The operation's schema is the lazy root over the same tree.
    const root = ops.getPayablesOp.responseSchema as unknown as Schema;
    expect((root._zod.def as { type: string }).type).toBe('lazy');
    expect(root._zod.innerType).toBe(page);
  });

  it('report the same issues with and without the compiled parser (runtimes that forbid eval)', () => {
    const page = JSON.parse(LIST_JSON) as { data: Record<string, unknown>[] };
    page.data[3] = { ...page.data[3], id: 42, created_at: undefined, counterpart_raw_data: { address: 'nowhere' } };
    const compiled = s.PayablePaginationResponse_out.safeParse(page, { reportInput: true });
    const interpreted = s.PayablePaginationResponse_out.safeParse(page, { reportInput: true, jitless: true });
    expect(compiled.success).toBe(false);
    expect(compiled.error!.issues.map((i) => [i.path.join('.'), i.code])).toEqual(interpreted.error!.issues.map((i) => [i.path.join('.'), i.code]));
    expect(compiled.error!.issues.map((i) => i.path.join('.'))).toContain('data.3.id');
    const valid = JSON.parse(LIST_JSON) as unknown;
    expect(s.PayablePaginationResponse_out.safeParse(valid).data).toEqual(s.PayablePaginationResponse_out.safeParse(valid, { jitless: true }).data);
  });
});

describe('emitSchemasModule', () => {
  const ref = (name: string): Shape => ({ kind: 'ref', name });
  const object = (properties: Record<string, Shape>): Shape => ({
    kind: 'object',
    strict: false,
    properties: Object.entries(properties).map(([name, shape]) => ({ name, shape, required: false, deprecated: false })),
  });
  const entries: CatalogEntry[] = [
    { specName: 'Node', publicName: 'Node', shape: object({ leaf: ref('Leaf'), children: { kind: 'array', items: ref('Node') } }), flavours: new Set(['out']) },
    { specName: 'Leaf', publicName: 'Leaf', shape: object({ name: { kind: 'string' } }), flavours: new Set(['out']) },
  ];
  const catalog: Catalog = { entries, entry: (name) => entries.find((e) => e.specName === name)! };
  const { body } = emitSchemasModule(catalog);

  it('takes dependencies built, and closes a cycle through the lazy const', () => {
    // Node refers to itself through its lazy const; to Leaf through Leaf's built schema.
    expect(body).toContain('export const Node_out = /* @__PURE__ */ responseSchema<Node>(() => jitLooseObject({ leaf: z.optional(built(Leaf_out)), children: z.optional(z.array(Node_out)) }));');
  });

  it('emits dependencies first', () => {
    expect(body.indexOf('Leaf_out =')).toBeLessThan(body.indexOf('Node_out ='));
  });
});
