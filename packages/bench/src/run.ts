/**
 * `pnpm bench` (repo root; builds first): what users feel, ours next to plain
 * ky, openai-node and stripe-node, all measured in this one run.
 *
 *   node src/run.ts [--quick] [--enforce] [--skip=cpu,list,eager,loopback,cold,bundle]
 *
 * Prints one table per part, then the ratios against the goals and a budget
 * line. Exits 0 whatever the figures unless `--enforce` is given. Method and
 * figures: docs/benchmarks.md.
 */
import { isMainThread } from 'node:worker_threads';
import { bundleKb } from './bundle.ts';
import { coldBench } from './cold.ts';
import { cpuBench } from './cpu.ts';
import { eagerBench } from './eager.ts';
import { listBench } from './list.ts';
import { loopbackBench, serveLoopback } from './loopback.ts';
import { load, median, pairedRatio, table } from './stats.ts';

interface Goal {
  what: string;
  value: number;
  goal: number;
  /** 'max': value must stay at or under the goal; 'min': at or over. */
  kind: 'max' | 'min';
  unit: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const skip = new Set((args.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(','));
  const goals: Goal[] = [];
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${navigator.hardwareConcurrency} vCPU; load average at start ${load()}\n`);

  if (!skip.has('cpu')) {
    const rounds = quick ? 3 : 7;
    const rows = await cpuBench(rounds, quick ? 100 : 250, quick ? 300 : 1500);
    for (const method of ['GET', 'POST'] as const) {
      const of = rows.filter((r) => r.method === method);
      const ky = of.find((r) => r.name.startsWith('plain ky'))!;
      console.log(`1${method === 'GET' ? 'a' : 'b'}. ${method} per call, stub fetch, 1.2 KB entity, an event-loop turn between calls; CPU µs/call, median of ${rounds} rounds; ratios paired per round\n`);
      console.log(table(['client', 'CPU µs/call', '÷ plain ky'], of.map((r) => [r.name, median(r.rounds).toFixed(1), `${pairedRatio(r.rounds, ky.rounds).toFixed(2)}×`])));
      console.log();
      const ours = of.find((r) => r.name === '@x/monite, validation on')!;
      goals.push({ what: `${method} per call ÷ plain ky (validation on)`, value: pairedRatio(ours.rounds, ky.rounds), goal: method === 'GET' ? 1.15 : 1.3, kind: 'max', unit: '×' });
    }
  }

  if (!skip.has('list')) {
    const list = await listBench(quick ? 3 : 7, quick ? 20 : 60);
    console.log(`2. 100-item payables list (${(list.bytes / 1024).toFixed(0)} KB): lenient validation vs JSON.parse, CPU µs\n`);
    console.log(
      table(
        ['what', 'CPU µs'],
        [
          ['JSON.parse of the body', list.parseUs.toFixed(0)],
          ['@x/monite list call, validation off', list.callOffUs.toFixed(0)],
          ['@x/monite list call, validation lenient', list.callOnUs.toFixed(0)],
          ['validation alone (on - off)', (list.callOnUs - list.callOffUs).toFixed(0)],
        ],
      ),
    );
    console.log(`\nvalidation ÷ JSON.parse = ${list.ratio.toFixed(2)}×\n`);
    goals.push({ what: 'list validation ÷ JSON.parse', value: list.ratio, goal: 0.5, kind: 'max', unit: '×' });
  }

  if (!skip.has('eager')) {
    const e = await eagerBench(quick ? 3 : 7, quick ? 20 : 60);
    console.log("2b. What zod's compiled object parser buys: the shipped list schema next to the same graph rebuilt with zod/mini's interpreted objects, safeParse alone, CPU µs\n");
    console.log(
      table(
        ['schema', 'CPU µs', '÷ JSON.parse'],
        [
          ['JSON.parse of the body', e.parseUs.toFixed(0), '1.00×'],
          ['as generated (eager, compiled objects)', e.shippedUs.toFixed(0), `${(e.shippedUs / e.parseUs).toFixed(2)}×`],
          ['rebuilt with interpreted zod/mini objects', e.interpretedUs.toFixed(0), `${(e.interpretedUs / e.parseUs).toFixed(2)}×`],
        ],
      ),
    );
    console.log();
  }

  if (!skip.has('loopback')) {
    const rounds = quick ? 1 : 3;
    const total = quick ? 500 : 2000;
    const rows = await loopbackBench(new URL(import.meta.url), total, 32, rounds);
    console.log(`3. Loopback HTTP on 127.0.0.1 (keep-alive, server in a worker thread), GET of the 1.2 KB entity, concurrency 32, ${total} calls × ${rounds} round(s)\n`);
    console.log(table(['client', 'calls/s', '÷ raw fetch'], rows.map((r) => [r.name, r.perSecond.toFixed(0), `${r.vsRaw.toFixed(2)}×`])));
    console.log();
    goals.push({ what: 'loopback calls/s ÷ raw fetch', value: rows.find((r) => r.name === '@x/monite, validation on')!.vsRaw, goal: 0.75, kind: 'min', unit: '×' });
  }

  if (!skip.has('cold')) {
    const samples = quick ? 5 : 11;
    const rows = coldBench({ '@x/monite': '@x/monite', '@x/core': '@x/core', 'zod/mini': 'zod/mini', ky: 'ky', 'openai-node': 'openai', 'stripe-node': 'stripe' }, samples);
    console.log(`4. Cold import in a fresh Node process, minus an empty process: CPU ms (judged: robust to a busy machine), wall ms, RSS after import; median of ${samples}\n`);
    console.log(table(['module', 'import CPU ms', 'import wall ms', 'RSS MB'], rows.map((r) => [r.name, r.cpuMs.toFixed(0), r.importMs.toFixed(0), `+${r.rssMb.toFixed(1)}`])));
    console.log();
    const monite = rows.find((r) => r.name === '@x/monite')!;
    goals.push({ what: "import('@x/monite'), CPU", value: monite.cpuMs, goal: 50, kind: 'max', unit: ' ms' });
    goals.push({ what: 'RSS after importing @x/monite', value: monite.rssMb, goal: 25, kind: 'max', unit: ' MB' });
  }

  if (!skip.has('bundle')) {
    const kb = await bundleKb('@x/monite seed onboarding (standalone functions)');
    console.log(`5. Seed onboarding bundle (esbuild, min + gzip -9, ky + zod + @x/core included): ${kb.toFixed(1)} KB\n`);
    goals.push({ what: 'seed onboarding bundle', value: kb, goal: 22, kind: 'max', unit: ' KB' });
  }

  console.log(table(['goal', 'today', 'target', ''], goals.map((g) => [g.what, `${g.value.toFixed(2)}${g.unit}`, `${g.kind === 'max' ? '<=' : '>='} ${g.goal}${g.unit}`, met(g) ? 'met' : 'OVER'])));
  const over = goals.filter((g) => !met(g));
  console.log(`\nbudget: ${goals.length - over.length} of ${goals.length} goals met${over.length ? `; over: ${over.map((g) => g.what).join(', ')}` : ''}; load average at end ${load()}`);
  if (over.length && args.includes('--enforce')) process.exitCode = 1;
}

const met = (g: Goal) => (g.kind === 'max' ? g.value <= g.goal : g.value >= g.goal);

if (!isMainThread) serveLoopback();
else await main();
