import { inspectSymbol } from '../internal/inspect.js';
import type { AuthContext, AuthStrategy } from './auth-strategy.js';

/** A token as a token endpoint returned it. */
export interface AccessToken {
  accessToken: string;
  /** Lifetime in seconds, as the server said (`expires_in`). Without it the token is used until rejected. */
  expiresIn?: number | undefined;
  tokenType?: string | undefined;
}

export interface TokenAuthOptions {
  /** Obtains a new token. Called single-flight: never twice at once for one strategy. */
  fetchToken: (context: AuthContext) => Promise<AccessToken>;
  /**
   * Refresh this long before the token expires, so no request goes out with a
   * token about to lapse. Default: 60 s, or a tenth of the lifetime for short-lived tokens.
   */
  refreshBeforeExpiryMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Credentials used to obtain tokens (client secret, password), scrubbed from errors like the token itself. */
  knownSecrets?: () => readonly string[];
}

interface CachedToken {
  value: string;
  /** Epoch ms after which the token is refreshed; `Infinity` when the server gave no lifetime. */
  refreshAt: number;
  generation: number;
}

/**
 * A bearer token fetched from a token endpoint and cached for the lifetime the
 * server returned. 100 concurrent calls on a cold or expired cache share one
 * fetch; a 401 from a request sent with an older token (after another request
 * already refreshed) does not refresh again.
 */
export class TokenAuth implements AuthStrategy {
  readonly headerNames = ['authorization'] as const;
  readonly #fetchToken: TokenAuthOptions['fetchToken'];
  readonly #refreshBeforeMs: number | undefined;
  readonly #now: () => number;
  readonly #extraSecrets: () => readonly string[];
  #cached: CachedToken | undefined;
  #inflight: Promise<CachedToken> | undefined;
  #generation = 0;
  #fetchCount = 0;
  /** Tokens this strategy held before the current one: a server may still echo them in an error. */
  readonly #earlier: string[] = [];

  constructor(options: TokenAuthOptions) {
    this.#fetchToken = options.fetchToken;
    this.#refreshBeforeMs = options.refreshBeforeExpiryMs;
    this.#now = options.now ?? Date.now;
    this.#extraSecrets = options.knownSecrets ?? (() => []);
  }

  /** Sets `Authorization`. A valid cached token is set at once and its generation returned as a number, not a promise. */
  authorize(headers: Headers, context: AuthContext): Promise<number> | number {
    const cached = this.#cached;
    if (cached && this.#now() < cached.refreshAt) return setBearer(headers, cached);
    return this.#current(context).then((token) => setBearer(headers, token));
  }

  /** The current token, fetching one if the cache is cold or due for refresh. */
  async getToken(context: AuthContext): Promise<string> {
    return (await this.#current(context)).value;
  }

  invalidate(generation: number): boolean {
    if (this.#cached?.generation === generation) {
      this.#remember(this.#cached.value);
      this.#cached = undefined;
    }
    return true;
  }

  /** The cached token without fetching, or `undefined` when none is cached (e.g. to revoke it). */
  peekToken(): string | undefined {
    return this.#cached?.value;
  }

  /** Drops the cached token; the next call fetches a new one. */
  clear(): void {
    this.#remember(this.#cached?.value);
    this.#cached = undefined;
  }

  #remember(token: string | undefined): void {
    if (token === undefined || this.#earlier.includes(token)) return;
    this.#earlier.push(token);
    // Bounded: a long-lived process refreshes for ever; old tokens stop mattering.
    if (this.#earlier.length > 32) this.#earlier.shift();
  }

  /** How many tokens this strategy has fetched (for diagnostics and tests). */
  get fetchCount(): number {
    return this.#fetchCount;
  }

  knownSecrets(): string[] {
    return [...(this.#cached ? [this.#cached.value] : []), ...this.#earlier, ...this.#extraSecrets()].filter((s) => typeof s === 'string' && s !== '');
  }

  [inspectSymbol](): string {
    return `TokenAuth { cached: ${this.#cached ? '[REDACTED]' : 'none'} }`;
  }

  #current(context: AuthContext): Promise<CachedToken> {
    const cached = this.#cached;
    if (cached && this.#now() < cached.refreshAt) return Promise.resolve(cached);
    const signal = context.signal;
    // A caller that has already given up starts no fetch: nobody would wait for it, and its failure would go unhandled.
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#inflight ??= this.#fetch(context).finally(() => {
      this.#inflight = undefined;
    });
    return raceAbort(this.#inflight, signal);
  }

  async #fetch(context: AuthContext): Promise<CachedToken> {
    this.#fetchCount++;
    // The shared fetch must not die with the first caller's signal.
    const token = await this.#fetchToken({ request: context.request });
    // Stryker disable next-line UpdateOperator: generations only need to differ from each other, counting down would do
    const generation = ++this.#generation;
    const cached = { value: token.accessToken, refreshAt: this.#refreshAt(token.expiresIn), generation };
    this.#remember(this.#cached?.value);
    this.#cached = cached;
    return cached;
  }

  #refreshAt(expiresIn: number | undefined): number {
    // Stryker disable next-line ConditionalExpression: undefined is not finite either; the first test only reads better
    if (expiresIn === undefined || !Number.isFinite(expiresIn) || expiresIn <= 0) return Number.POSITIVE_INFINITY;
    const lifetimeMs = expiresIn * 1000;
    const early = this.#refreshBeforeMs ?? Math.min(60_000, lifetimeMs / 10);
    return this.#now() + Math.max(0, lifetimeMs - early);
  }
}

function setBearer(headers: Headers, token: CachedToken): number {
  headers.set('authorization', `Bearer ${token.value}`);
  return token.generation;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts at most once, so once: true is only tidiness
    signal.addEventListener('abort', onAbort, { once: true });
    // Stryker disable next-line ArrowFunction,StringLiteral: a listener left behind only rejects a settled promise (a no-op); removing it frees memory
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
