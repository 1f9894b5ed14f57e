// Part 1: CPU per call against a stub fetch (installed as globalThis.fetch). Every client runs batches of
// sequential calls with an event-loop turn between calls; a batch's cost is
// the process CPU time it used divided by its calls (CPU time, unlike wall
// time, barely moves when other work shares the machine). Rounds rotate the
// client order; ratios are paired per round.
import { contenders, type Call } from './clients.ts';
import { stubFetch } from './fixtures.ts';
import { turn } from './stats.ts';

export interface CpuRow {
  name: string;
  method: 'GET' | 'POST';
  info: boolean;
  /** CPU µs per call, one value per round. */
  rounds: number[];
}

async function batch(call: Call, ms: number): Promise<number> {
  let calls = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (let i = 0; i < 25; i++) {
      await call();
      await turn();
    }
    calls += 25;
  } while (performance.now() - t0 < ms);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / calls;
}

export async function cpuBench(rounds: number, ms: number, warmup: number): Promise<CpuRow[]> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = stubFetch;
  try {
    return await measure(rounds, ms, warmup);
  } finally {
    globalThis.fetch = realFetch;
  }
}

async function measure(rounds: number, ms: number, warmup: number): Promise<CpuRow[]> {
  const rows: CpuRow[] = [];
  const list = contenders('https://api.test');
  for (const c of list) {
    rows.push({ name: c.name, method: 'GET', info: c.info === true, rounds: [] }, { name: c.name, method: 'POST', info: c.info === true, rounds: [] });
  }
  const calls = new Map<CpuRow, Call>();
  for (const row of rows) {
    const c = list.find((x) => x.name === row.name)!;
    calls.set(row, row.method === 'GET' ? c.get : c.post);
  }
  for (const row of rows) for (let i = 0; i < warmup; i++) await calls.get(row)!();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[(i + round) % rows.length]!;
      row.rounds.push(await batch(calls.get(row)!, ms));
    }
  }
  return rows;
}
