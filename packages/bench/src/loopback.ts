// Part 3: calls per second against a real HTTP server on 127.0.0.1 (keep-alive,
// in a worker thread so its CPU is not the client's), at concurrency 32, with
// raw fetch as the reference. Every client uses the global fetch (undici).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, Worker } from 'node:worker_threads';
import { contenders, type Call } from './clients.ts';
import { bodyFor, JSON_HEADERS } from './fixtures.ts';
import { median } from './stats.ts';

/** Runs in the worker thread. */
export function serveLoopback(): void {
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    req.resume();
    const body = bodyFor(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(200, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => parentPort!.postMessage((server.address() as AddressInfo).port));
  parentPort!.once('message', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

async function drive(call: Call, count: number, concurrency: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

export interface LoopRow {
  name: string;
  info: boolean;
  perSecond: number;
  vsRaw: number;
}

export async function loopbackBench(workerUrl: URL, total: number, concurrency: number, rounds: number): Promise<LoopRow[]> {
  const worker = new Worker(workerUrl, { argv: ['--serve'] });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const clients = contenders(`http://127.0.0.1:${port}`).filter((c) => !c.name.includes('validation off'));
  const rates = new Map<string, number[]>();
  try {
    for (const c of clients) await drive(c.get, 200, concurrency);
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < clients.length; i++) {
        const c = clients[(i + round) % clients.length]!;
        await drive(c.get, 100, concurrency);
        const started = performance.now();
        await drive(c.get, total, concurrency);
        rates.set(c.name, [...(rates.get(c.name) ?? []), total / ((performance.now() - started) / 1000)]);
      }
    }
  } finally {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
  const raw = rates.get(clients[0]!.name)!;
  return clients.map((c) => ({ name: c.name, info: c.info === true, perSecond: median(rates.get(c.name)!), vsRaw: median(rates.get(c.name)!.map((r, i) => r / raw[i]!)) }));
}
