// Part 4: cold import and memory, in fresh Node processes. A sample is the
// wall and CPU time of a whole `node -e "await import(X)"` process minus an
// empty one's (samples interleaved, median), and RSS at the end minus the
// empty process's RSS.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.ts';

const cwd = fileURLToPath(new URL('..', import.meta.url));

function sample(specifier: string | undefined): { wallMs: number; cpuMs: number; rssMb: number } {
  // CPU time of the whole process (startup included) is what an import costs on a busy machine too.
  const code = `${specifier ? `await import(${JSON.stringify(specifier)});` : ''} const c = process.cpuUsage(); console.log(process.memoryUsage().rss, (c.user + c.system) / 1000)`;
  const t0 = performance.now();
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (out.status !== 0) throw new Error(`import ${specifier} failed: ${out.stderr}`);
  const [rss, cpuMs] = out.stdout.trim().split(' ').map(Number);
  return { wallMs, cpuMs: cpuMs!, rssMb: rss! / 1024 / 1024 };
}

export interface ColdRow {
  name: string;
  /** Wall time of the process minus an empty one's. */
  importMs: number;
  /** CPU time of the process minus an empty one's. */
  cpuMs: number;
  rssMb: number;
}

export function coldBench(modules: Record<string, string>, samples: number): ColdRow[] {
  const names = Object.keys(modules);
  const empty: ReturnType<typeof sample>[] = [];
  const got = new Map<string, ReturnType<typeof sample>[]>(names.map((n) => [n, []]));
  sample(undefined);
  for (let i = 0; i < samples; i++) {
    empty.push(sample(undefined));
    for (const name of names) got.get(name)!.push(sample(modules[name]));
  }
  const emptyWall = median(empty.map((s) => s.wallMs));
  const emptyRss = median(empty.map((s) => s.rssMb));
  const emptyCpu = median(empty.map((s) => s.cpuMs));
  return names.map((name) => ({
    name,
    importMs: median(got.get(name)!.map((s) => s.wallMs)) - emptyWall,
    cpuMs: median(got.get(name)!.map((s) => s.cpuMs)) - emptyCpu,
    rssMb: median(got.get(name)!.map((s) => s.rssMb)) - emptyRss,
  }));
}
