/** One request the sandbox answered: what went over the wire, never a body or a header value. */
export interface WireEntry {
  /** Sequence number within this sandbox, from 1. */
  seq: number;
  method: string;
  /** Path and query as sent, e.g. `/v1/entities?limit=2`. */
  path: string;
  /** The status answered; 0 when the connection was dropped. */
  status: number;
  durationMs: number;
  /** The injected fault that produced this answer, if any. */
  fault?: string;
  /** A short note the sandbox adds, e.g. `expired token` or `created entity 3f2b...`. */
  note?: string;
}

/** The requests a sandbox answered, in order: count them in tests, print them in examples. */
export class WireLog {
  readonly #entries: WireEntry[] = [];
  readonly #listeners = new Set<(entry: WireEntry) => void>();
  #seq = 0;

  /** Every entry so far. */
  get entries(): readonly WireEntry[] {
    return this.#entries;
  }

  /** Entries matching a method and/or path (exact string, or pattern over path and query). */
  filter(match: { method?: string; path?: string | RegExp } = {}): WireEntry[] {
    return this.#entries.filter(
      (e) =>
        (!match.method || e.method === match.method.toUpperCase()) &&
        (match.path === undefined || (typeof match.path === 'string' ? e.path.split('?')[0] === match.path : match.path.test(e.path))),
    );
  }

  /** How many requests matched (see {@link WireLog.filter}). */
  count(match: { method?: string; path?: string | RegExp } = {}): number {
    return this.filter(match).length;
  }

  /** Entries after the `seq` you noted earlier, e.g. to print what one step sent. */
  since(seq: number): WireEntry[] {
    return this.#entries.filter((e) => e.seq > seq);
  }

  /** The latest sequence number (0 before the first request). */
  get lastSeq(): number {
    return this.#seq;
  }

  /** Calls `listener` for every new entry; returns a function that stops it. */
  onEntry(listener: (entry: WireEntry) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  clear(): void {
    this.#entries.length = 0;
  }

  /** @internal */
  record(entry: Omit<WireEntry, 'seq'>): WireEntry {
    const full = { seq: ++this.#seq, ...entry };
    this.#entries.push(full);
    for (const listener of this.#listeners) listener(full);
    return full;
  }
}

/** One readable line per entry: `POST /v1/entities -> 201 (4 ms) created entity ...`. */
export function formatWireEntry(entry: WireEntry): string {
  const status = entry.status === 0 ? 'connection dropped' : String(entry.status);
  const extra = [entry.fault ? `[fault: ${entry.fault}]` : '', entry.note ?? ''].filter(Boolean).join(' ');
  return `${entry.method} ${entry.path} -> ${status} (${Math.round(entry.durationMs)} ms)${extra ? ` ${extra}` : ''}`;
}
