import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Process CPU µs per call of a synchronous `fn`, over `iterations` calls. */
export function cpuPer(fn: () => unknown, iterations: number): number {
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) fn();
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / iterations;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of per-round ratios a[i]/b[i]: rounds are paired, so drift between rounds cancels out. */
export function pairedRatio(a: number[], b: number[]): number {
  return median(a.map((value, i) => value / b[i]!));
}

export function versionOf(name: string): string {
  return (JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
}

export const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** One turn of the event loop, as between two calls of a real app (timers, I/O callbacks run). */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
