// Part 2b: what zod's compiled object parser buys. The payables list schema is
// taken from a real @x/monite call (captured at the transport): as generated, it
// is eager inside and uses the compiled object parser. The same graph is then
// rebuilt with zod/mini's own (interpreted) objects; both validate the same
// 200 KB body, next to JSON.parse. Informational: it shows why the generator
// pays ~1 KB of bundle for the compiled parser.
import { HttpClient } from '@x/core';
import { MoniteClient } from '@x/monite';
import * as z from 'zod/mini';
import { ENTITY, LIST_JSON, stubFetch } from './fixtures.ts';
import { cpuPer, median } from './stats.ts';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  getter?: () => Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  catchall?: Schema;
}

/** The response schema @x/monite hands the transport for `payables.list()`. */
async function capturedListSchema(): Promise<Schema> {
  const original = HttpClient.prototype.request;
  let captured: Schema | undefined;
  HttpClient.prototype.request = function (this: HttpClient, spec, options) {
    if (spec.path.startsWith('/payables')) captured ??= spec.responseSchema as Schema;
    return original.call(this, spec, options);
  } as typeof original;
  const realFetch = globalThis.fetch;
  globalThis.fetch = stubFetch;
  try {
    await new MoniteClient({ clientId: 'b', clientSecret: 'b', baseUrl: 'https://api.test/v1', maxRetries: 0, rateLimit: false }).forEntity(ENTITY.id).payables.list();
  } finally {
    HttpClient.prototype.request = original;
    globalThis.fetch = realFetch;
  }
  if (!captured) throw new Error('no schema captured');
  return captured;
}

/** The same schema graph with zod/mini's interpreted objects, and every z.lazy replaced by what it wraps (cycles keep their lazy). */
function interpretedCopy(schema: Schema, seen = new Map<Schema, Schema>(), active = new Set<Schema>()): Schema {
  const done = seen.get(schema);
  if (done) return done;
  if (active.has(schema)) return schema;
  active.add(schema);
  const def = schema._zod.def as Def;
  const e = (s: Schema) => interpretedCopy(s, seen, active);
  let out: Schema = schema;
  switch (def.type) {
    case 'lazy':
      out = e(def.getter!());
      break;
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, e(v)]));
      out = def.catchall && def.catchall._zod.def.type === 'unknown' ? z.looseObject(shape) : def.catchall ? z.strictObject(shape) : z.object(shape);
      break;
    }
    case 'array':
      out = z.array(e(def.element!));
      break;
    case 'optional':
      out = z.optional(e(def.innerType!));
      break;
    case 'nullable':
      out = z.nullable(e(def.innerType!));
      break;
    case 'union':
      out = z.union(def.options!.map(e) as [Schema, Schema]);
      break;
    case 'record':
      out = z.record(e(def.keyType!) as z.core.$ZodRecordKey, e(def.valueType!));
      break;
  }
  active.delete(schema);
  seen.set(schema, out);
  return out;
}

export interface EagerResult {
  parseUs: number;
  /** the shipped schema */
  shippedUs: number;
  /** the same graph with interpreted objects */
  interpretedUs: number;
}

export async function eagerBench(rounds: number, iterations: number): Promise<EagerResult> {
  const shipped = await capturedListSchema();
  const interpreted = interpretedCopy(shipped);
  const data = JSON.parse(LIST_JSON);
  const params = { reportInput: true };
  for (const s of [shipped, interpreted]) {
    const result = z.safeParse(s, data, params);
    if (!result.success) throw new Error(`fixture does not match: ${JSON.stringify(result.error.issues[0])}`);
    for (let i = 0; i < 30; i++) z.safeParse(s, data, params);
  }
  const parse: number[] = [];
  const shippedUs: number[] = [];
  const interpretedUs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    parse.push(cpuPer(() => JSON.parse(LIST_JSON), iterations));
    shippedUs.push(cpuPer(() => z.safeParse(shipped, data, params), iterations));
    interpretedUs.push(cpuPer(() => z.safeParse(interpreted, data, params), iterations));
  }
  return { parseUs: median(parse), shippedUs: median(shippedUs), interpretedUs: median(interpretedUs) };
}
