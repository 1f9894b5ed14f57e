// Part 2: validating a 100-item payables list (200 KB) against JSON.parse of
// the same body. Validation cost = a full @x/monite list call with lenient
// validation minus the same call with validation off, both on a stub fetch.
import { MoniteClient } from '@x/monite';
import { LIST_JSON, stubFetch } from './fixtures.ts';
import { cpuPer, median } from './stats.ts';

async function cpuPerAsync(fn: () => Promise<unknown>, iterations: number): Promise<number> {
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await fn();
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / iterations;
}

export interface ListResult {
  bytes: number;
  parseUs: number;
  callOffUs: number;
  callOnUs: number;
  /** (on - off) / parse, median of paired rounds. */
  ratio: number;
}

export async function listBench(rounds: number, iterations: number): Promise<ListResult> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = stubFetch;
  try {
    return await measure(rounds, iterations);
  } finally {
    globalThis.fetch = realFetch;
  }
}

async function measure(rounds: number, iterations: number): Promise<ListResult> {
  const make = (validation: 'lenient' | 'off') => new MoniteClient({ clientId: 'b', clientSecret: 'b', baseUrl: 'https://api.test/v1', maxRetries: 0, validation, rateLimit: false });
  const on = make('lenient');
  const off = make('off');
  const list = async (client: MoniteClient) => {
    const page = await client.forEntity('9d2b4c1e-7f3a-4b8e-9c1d-2e3f4a5b6c7d').payables.list();
    if (page.data.length !== 100) throw new Error('expected 100 payables');
  };
  for (let i = 0; i < 30; i++) {
    JSON.parse(LIST_JSON);
    await list(on);
    await list(off);
  }
  const parse: number[] = [];
  const onUs: number[] = [];
  const offUs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    parse.push(cpuPer(() => JSON.parse(LIST_JSON), iterations));
    offUs.push(await cpuPerAsync(() => list(off), iterations));
    onUs.push(await cpuPerAsync(() => list(on), iterations));
  }
  return {
    bytes: Buffer.byteLength(LIST_JSON),
    parseUs: median(parse),
    callOffUs: median(offUs),
    callOnUs: median(onUs),
    ratio: median(onUs.map((on, i) => Math.max(0, on - offUs[i]!) / parse[i]!)),
  };
}
