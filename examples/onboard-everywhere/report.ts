// Readable progress for the demo: one line per step, what came back, and what went over the wire.
import type { WireEntry } from '@x/monite/testing';

const useColor = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: string) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = paint('1');
export const dim = paint('2');
export const green = paint('32');
export const red = paint('31');

/** Somewhere the wire lines of a step come from: a sandbox's log, or nothing against a real vendor. */
export interface WireSource {
  label: string;
  lastSeq(): number;
  since(seq: number): WireEntry[];
}

/** Runs numbered steps, printing a progress line, the details a step returns, and its requests. */
export class Steps {
  #done = 0;
  readonly #total: number;
  readonly #wires: WireSource[];
  constructor(total: number, wires: WireSource[]) {
    this.#total = total;
    this.#wires = wires;
  }

  async run<T>(title: string, action: () => Promise<T>, describe: (result: T) => string[]): Promise<T> {
    const index = ++this.#done;
    const marks = this.#wires.map((w) => w.lastSeq());
    const started = performance.now();
    process.stdout.write(`${dim(`[${index}/${this.#total}]`)} ${title} ... `);
    try {
      const result = await action();
      console.log(`${green('ok')} ${dim(`${Math.round(performance.now() - started)} ms`)}`);
      for (const line of describe(result)) console.log(`      ${line}`);
      this.#printWire(marks);
      return result;
    } catch (error) {
      console.log(red('failed'));
      this.#printWire(marks);
      throw error;
    }
  }

  #printWire(marks: number[]): void {
    this.#wires.forEach((wire, i) => {
      for (const entry of wire.since(marks[i]!)) {
        const status = entry.status === 0 ? 'dropped' : String(entry.status);
        const note = [entry.fault && `fault: ${entry.fault}`, entry.note].filter(Boolean).join('; ');
        console.log(dim(`      ${wire.label.padEnd(11)} ${entry.method.padEnd(5)} ${entry.path.split('?')[0]} -> ${status}${note ? `  (${note})` : ''}`));
      }
    });
  }
}

/** The first 8 characters of an id, enough to tell ids apart on screen. */
export const short = (id: string | undefined) => (id ? `${id.slice(0, 8)}…` : '?');
