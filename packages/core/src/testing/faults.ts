/** Which requests a fault applies to. Omit both to match every request. */
export interface FaultMatch {
  /** HTTP method, e.g. `POST`. */
  method?: string;
  /** The request path (after the sandbox's base URL's origin), exactly or by pattern, e.g. `/v1/entities` or `/entities/`. */
  path?: string | RegExp;
}

/** How many matching requests a fault affects. */
export interface FaultCount extends FaultMatch {
  /** Default 1. `Infinity` until {@link SandboxFaults.clear}. */
  times?: number;
}

/** One fault injected into the next matching request. */
export type Fault =
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error'; status: number }
  | { kind: 'drop-connection' };

interface Pending extends FaultMatch {
  fault: Fault;
  left: number;
}

/**
 * Fault knobs of a sandbox, so you can test your own retry handling: latency, 429 with `Retry-After`, 5xx,
 * dropped connections and forced token expiry. Faults apply in the order they were added, each to the next
 * `times` matching requests, before the sandbox looks at the request at all.
 *
 * @example
 * sandbox.faults.rateLimit({ times: 2, retryAfterSeconds: 1 });
 * sandbox.faults.serverError({ status: 503, method: 'GET' });
 * sandbox.faults.dropConnection({ path: '/v1/entities' });
 * sandbox.faults.expireTokens();
 */
export class SandboxFaults {
  #pending: Pending[] = [];
  #latency: { min: number; max: number } = { min: 0, max: 0 };
  readonly #expireTokens: () => void;

  /** @param expireTokens - what "expire every token now" means for this vendor. */
  constructor(expireTokens: () => void = () => {}) {
    this.#expireTokens = expireTokens;
  }

  /** Delays every response by `ms` (or a random delay between `min` and `max`). `latency(0)` turns it off. */
  latency(ms: number | { min: number; max: number }): this {
    this.#latency = typeof ms === 'number' ? { min: ms, max: ms } : { ...ms };
    return this;
  }

  /** The next matching requests get 429 with `Retry-After` (seconds, default 1). */
  rateLimit(options: FaultCount & { retryAfterSeconds?: number } = {}): this {
    return this.#add(options, { kind: 'rate-limit', retryAfterSeconds: options.retryAfterSeconds ?? 1 });
  }

  /** The next matching requests get a 5xx (default 503) with the vendor's error body. */
  serverError(options: FaultCount & { status?: number } = {}): this {
    const status = options.status ?? 503;
    if (status < 500 || status > 599) throw new RangeError(`serverError status must be 5xx, got ${status}`);
    return this.#add(options, { kind: 'server-error', status });
  }

  /** The next matching requests fail at the network level: in msw a network error, on a real server a reset socket. */
  dropConnection(options: FaultCount = {}): this {
    return this.#add(options, { kind: 'drop-connection' });
  }

  /** Expires every token the sandbox issued: the next call with one gets the vendor's expired-token answer. */
  expireTokens(): this {
    this.#expireTokens();
    return this;
  }

  /** Removes every pending fault and the latency. */
  clear(): this {
    this.#pending = [];
    this.#latency = { min: 0, max: 0 };
    return this;
  }

  /** How many injected faults are still waiting for a request. */
  get pending(): number {
    return this.#pending.reduce((sum, p) => sum + p.left, 0);
  }

  /** @internal The delay for the next response, in milliseconds. */
  nextDelayMs(): number {
    const { min, max } = this.#latency;
    return min + Math.random() * (max - min);
  }

  /** @internal Takes the first pending fault matching this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const index = this.#pending.findIndex((p) => matches(p, method, path));
    if (index < 0) return undefined;
    const pending = this.#pending[index]!;
    pending.left--;
    if (pending.left <= 0) this.#pending.splice(index, 1);
    return pending.fault;
  }

  #add(options: FaultCount, fault: Fault): this {
    const times = options.times ?? 1;
    if (!(times > 0)) throw new RangeError(`times must be a positive number, got ${times}`);
    this.#pending.push({ method: options.method, path: options.path, fault, left: times });
    return this;
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? path === match.path : match.path.test(path);
}
