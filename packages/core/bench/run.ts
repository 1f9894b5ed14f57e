/**
 * Per-request overhead of @x/core, side by side with a bare fetch and plain ky 2.1.
 *
 *   pnpm bench                       (repo root: builds core with tsup, then runs this file)
 *   node bench/run.ts [--enforce] [--quick] [--budget=1.25]
 *   node --cpu-prof bench/run.ts --only=core|ky|bare    (one client in a plain loop, for profiling)
 *
 * Part 1 is CPU only: every client talks to the same stub `fetch` that returns
 * a ~90-byte JSON `Response`, so the figures are the clients' own cost. Each
 * client runs in batches; a batch's cost is the process CPU time it used
 * (`process.cpuUsage`, GC threads included) divided by its calls. CPU time,
 * unlike wall time, does not grow when other work shares the machine's two
 * vCPUs. Wall time is printed too.
 *
 * Part 2 is a real loopback HTTP server (node:http on 127.0.0.1, keep-alive) in
 * a worker thread, so the server's CPU does not share the client's thread:
 * calls per second, and the client thread's CPU per call.
 *
 * `@x/core` is imported by its package name: Node resolves the package's own
 * `exports` to the built `dist/index.js` (the source uses `.js` specifiers for
 * `.ts` files, which Node's type stripping does not resolve); tsc reads the
 * source through the `source` condition.
 *
 * Exits 0 whatever the figures (it is a benchmark), unless `--enforce` is given:
 * then a core/ky ratio over the budget exits 1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { HttpClient, type VendorProfile } from '@x/core';
import ky from 'ky';
import * as z from 'zod/mini';

/** Target: @x/core costs at most this many times plain ky (override with --budget=X). */
const DEFAULT_BUDGET = 1.25;

// ---------------------------------------------------------------------------
// Shared fixtures

/** About 90 bytes, like the anchors' measurement. */
const BODY = JSON.stringify({ id: 'ent_0123456789', name: 'Acme GmbH', status: 'active', amount: 12_345, currency: 'EUR' });
const HEADERS = { 'content-type': 'application/json', 'x-request-id': 'req-1' };
const schema = z.looseObject({ id: z.string(), name: z.string(), status: z.string(), amount: z.number(), currency: z.string() });
type Thing = z.infer<typeof schema>;
const profile: VendorProfile = { vendor: 'Bench', packageName: '@x/bench', packageVersion: '0.0.0' };
const STUB_URL = 'https://api.test/v1/things/1';

function check(data: unknown): void {
  if ((data as Thing | undefined)?.id !== 'ent_0123456789') throw new Error(`unexpected body: ${JSON.stringify(data)}`);
}

const stub: typeof fetch = () => Promise.resolve(new Response(BODY, { headers: HEADERS }));

/** The four clients of part 1, each making one GET against the stub. */
function stubClients(): Array<[string, () => Promise<unknown>]> {
  const core = new HttpClient(profile, { baseUrl: 'https://api.test/v1', fetch: stub });
  // The headers @x/core sends; ky's defaults otherwise (its 10 s timeout included).
  const plainKy = ky.create({ fetch: stub, retry: 0, headers: { accept: 'application/json', 'user-agent': 'bench' } });
  return [
    ['bare stub fetch + JSON.parse', async () => JSON.parse(await (await stub(STUB_URL, { headers: { accept: 'application/json' } })).text())],
    ['bare + zod/mini parse (info)', async () => schema.parse(JSON.parse(await (await stub(STUB_URL, { headers: { accept: 'application/json' } })).text()))],
    ['plain ky 2.1 .get().json()', () => plainKy.get(STUB_URL).json()],
    ['@x/core GET + validation', () => core.request({ method: 'GET', path: '/things/1', responseSchema: schema })],
  ];
}

// ---------------------------------------------------------------------------
// Part 1: per-call CPU cost against a stub fetch

interface Row {
  name: string;
  /** Median over rounds of CPU µs per call. */
  cpuUs: number;
  /** Median over rounds of wall µs per call. */
  wallUs: number;
  calls: number;
  /** CPU µs/call of each round. */
  perRound: number[];
}

/** Sequential calls for at least `ms` of wall time; CPU and wall µs per call. */
async function batch(call: () => Promise<unknown>, ms: number): Promise<{ cpuUs: number; wallUs: number; calls: number }> {
  let calls = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (let i = 0; i < 50; i++) check(await call());
    calls += 50;
  } while (performance.now() - t0 < ms);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { cpuUs: (cpu.user + cpu.system) / calls, wallUs: (wall * 1000) / calls, calls };
}

async function cpuBench(rounds: number, ms: number, warmupCalls: number): Promise<Row[]> {
  const tasks = stubClients();
  // JIT warm-up of every client before anything is measured.
  for (const [, call] of tasks) for (let i = 0; i < warmupCalls; i++) check(await call());

  // Several short rounds, task order rotated each round. Ratios are taken
  // within a round (paired), so drift between rounds cancels out.
  const per = new Map<string, { cpu: number[]; wall: number[]; calls: number }>();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < tasks.length; i++) {
      const [name, call] = tasks[(i + round) % tasks.length]!;
      const result = await batch(call, ms);
      const entry = per.get(name) ?? { cpu: [], wall: [], calls: 0 };
      entry.cpu.push(result.cpuUs);
      entry.wall.push(result.wallUs);
      entry.calls += result.calls;
      per.set(name, entry);
    }
  }
  return tasks.map(([name]) => {
    const entry = per.get(name)!;
    return { name, cpuUs: median(entry.cpu), wallUs: median(entry.wall), calls: entry.calls, perRound: entry.cpu };
  });
}

/** Median over rounds of the per-round ratio a/b. */
function pairedRatio(a: Row, b: Row): number {
  return median(a.perRound.map((value, i) => value / b.perRound[i]!));
}

// ---------------------------------------------------------------------------
// Part 2: calls per second against a loopback server

/** Runs in the worker thread: a keep-alive JSON server on 127.0.0.1, port 0. */
function serveLoopback(): void {
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    req.resume();
    res.writeHead(200, { ...HEADERS, 'content-length': Buffer.byteLength(BODY) });
    res.end(BODY);
  });
  server.listen(0, '127.0.0.1', () => parentPort!.postMessage((server.address() as AddressInfo).port));
  parentPort!.once('message', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

interface LoopRow {
  name: string;
  perSecond: number;
  /** Client (main) thread CPU µs per call. */
  clientCpuUs: number;
  /** Throughput relative to raw fetch, paired per round. */
  vsRaw: number;
}

async function loopbackBench(total: number, warmup: number, concurrency: number, rounds: number): Promise<LoopRow[]> {
  const worker = new Worker(new URL(import.meta.url));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const base = `http://127.0.0.1:${port}`;
  const core = new HttpClient(profile, { baseUrl: base });
  const plainKy = ky.create({ retry: 0, headers: { accept: 'application/json', 'user-agent': 'bench' } });
  const clients: Array<[string, () => Promise<void>]> = [
    ['raw fetch + JSON.parse', async () => check(JSON.parse(await (await fetch(`${base}/things/1`, { headers: { accept: 'application/json' } })).text()))],
    ['plain ky 2.1 (info)', async () => check(await plainKy.get(`${base}/things/1`).json())],
    ['@x/core GET + validation', async () => check(await core.request({ method: 'GET', path: '/things/1', responseSchema: schema }))],
  ];

  const rates = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  try {
    // Every client warms up (JIT, keep-alive sockets) before any is measured.
    for (const [, call] of clients) await drive(call, warmup, concurrency);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < clients.length; i++) {
        const [name, call] = clients[(i + round) % clients.length]!;
        await drive(call, warmup, concurrency);
        const cpu0 = process.threadCpuUsage();
        const started = performance.now();
        await drive(call, total, concurrency);
        const seconds = (performance.now() - started) / 1000;
        const used = process.threadCpuUsage(cpu0);
        rates.set(name, [...(rates.get(name) ?? []), total / seconds]);
        cpu.set(name, [...(cpu.get(name) ?? []), (used.user + used.system) / total]);
      }
    }
  } finally {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
  const rawRates = rates.get(clients[0]![0])!;
  return clients.map(([name]) => ({
    name,
    perSecond: median(rates.get(name)!),
    clientCpuUs: median(cpu.get(name)!),
    vsRaw: median(rates.get(name)!.map((rate, i) => rate / rawRates[i]!)),
  }));
}

/** Sends `count` calls with at most `concurrency` in flight. */
async function drive(call: () => Promise<void>, count: number, concurrency: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

// ---------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** `--only=<client>`: 50 000 sequential calls of one client and nothing else, so a CPU profile shows only it. */
async function profileOne(which: string): Promise<void> {
  const keys: Record<string, number> = { bare: 0, ky: 2, core: 3 };
  const index = keys[which];
  if (index === undefined) throw new Error(`--only takes one of ${Object.keys(keys).join(', ')}`);
  const call = stubClients()[index]![1];
  const count = 50_000;
  const started = performance.now();
  for (let i = 0; i < count; i++) check(await call());
  console.log(`${which}: ${(((performance.now() - started) / count) * 1000).toFixed(1)} µs/call (wall) over ${count} calls, warm-up included`);
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--only='));
  if (only) return profileOne(only.slice('--only='.length));
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick');
  console.log(`@x/core per-request overhead: Node ${process.version}, ${process.platform}/${process.arch}, ${navigator.hardwareConcurrency} vCPU`);
  console.log(`body ${Buffer.byteLength(BODY)} bytes JSON; zod/mini looseObject with 5 fields; load average at start ${load()}\n`);

  const rounds = quick ? 3 : 9;
  const ms = quick ? 150 : 300;
  const cpu = await cpuBench(rounds, ms, quick ? 500 : 2000);
  const by = (name: string) => cpu.find((row) => row.name.startsWith(name))!;
  const bare = by('bare stub');
  const plainKy = by('plain ky');
  const core = by('@x/core');
  console.log(`1. Per call against a stub fetch: ${rounds} rounds of >= ${ms} ms per client, order rotated; medians over rounds; ratios paired per round\n`);
  console.log(
    table(
      ['client', 'CPU µs/call', 'min..max of rounds', 'wall µs/call', '÷ bare', '÷ ky', 'calls'],
      cpu.map((row) => [
        row.name,
        row.cpuUs.toFixed(1),
        `${Math.min(...row.perRound).toFixed(1)}..${Math.max(...row.perRound).toFixed(1)}`,
        row.wallUs.toFixed(1),
        `${pairedRatio(row, bare).toFixed(2)}×`,
        `${pairedRatio(row, plainKy).toFixed(2)}×`,
        String(row.calls),
      ]),
    ),
  );
  const ratioBare = pairedRatio(core, bare);
  const ratioKy = pairedRatio(core, plainKy);
  console.log(`\n@x/core ÷ bare = ${ratioBare.toFixed(2)}   @x/core ÷ ky = ${ratioKy.toFixed(2)}   (CPU time)\n`);

  const total = quick ? 500 : 2000;
  const warmup = quick ? 50 : 200;
  const concurrency = 10;
  const loopRounds = quick ? 1 : 3;
  const loop = await loopbackBench(total, warmup, concurrency, loopRounds);
  const coreVsRaw = loop.find((row) => row.name.startsWith('@x/core'))!.vsRaw;
  console.log(
    `2. Loopback node:http on 127.0.0.1 (keep-alive, server in a worker thread): ${total} calls after ${warmup} warm-up, concurrency ${concurrency}, ${loopRounds} round(s), order rotated, medians\n`,
  );
  console.log(
    table(
      ['client', 'calls/s', '÷ raw fetch', 'client-thread CPU µs/call'],
      loop.map((row) => [row.name, row.perSecond.toFixed(0), `${row.vsRaw.toFixed(2)}×`, row.clientCpuUs.toFixed(1)]),
    ),
  );
  console.log(`\n@x/core ÷ raw fetch throughput = ${coreVsRaw.toFixed(2)}   load average at end ${load()}\n`);

  const budgetArg = process.argv.find((arg) => arg.startsWith('--budget='));
  const budget = budgetArg ? Number(budgetArg.slice('--budget='.length)) : DEFAULT_BUDGET;
  const ok = ratioKy <= budget;
  console.log(`budget: core/ky = ${ratioKy.toFixed(2)} (target <= ${budget}) ${ok ? 'OK' : 'OVER'}`);
  if (!ok && args.has('--enforce')) process.exitCode = 1;
}

// Last, so every module-level constant above is initialised first.
if (isMainThread) await main();
else serveLoopback();
