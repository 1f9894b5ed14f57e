import { ConfigurationError } from '../errors/validation-errors.js';
import { inspectSymbol } from '../internal/inspect.js';
import { resolveSupplier, type Supplier } from '../internal/supplier.js';
import type { AuthStrategy } from './auth-strategy.js';

/** A fixed credential in a header. Expiry cannot be fixed by refreshing, so there is no replay. */
class StaticHeaderAuth implements AuthStrategy {
  readonly headerNames: readonly string[];
  readonly #header: string;
  readonly #value: Supplier<string>;
  readonly #format: (value: string) => string;
  #last: string | undefined;

  constructor(header: string, value: Supplier<string>, format: (value: string) => string) {
    this.#header = header;
    this.#value = value;
    this.#format = format;
    this.headerNames = [header];
  }

  async authorize(headers: Headers): Promise<number> {
    const value = await resolveSupplier(this.#value);
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ConfigurationError(`The ${this.#header} credential is empty. Pass a non-empty token or API key when creating the client.`);
    }
    this.#last = value;
    headers.set(this.#header, this.#format(value));
    return 0;
  }

  invalidate(): boolean {
    // A function supplier may return a new value, so one replay is worthwhile.
    return typeof this.#value === 'function';
  }

  knownSecrets(): string[] {
    return [this.#last, typeof this.#value === 'string' ? this.#value : undefined].filter((s): s is string => !!s);
  }

  [inspectSymbol](): string {
    return `StaticHeaderAuth { header: '${this.#header}', value: [REDACTED] }`;
  }
}

/** `Authorization: Bearer <token>` with a token you already have (or a function returning one). */
export function bearerToken(token: Supplier<string>): AuthStrategy {
  return new StaticHeaderAuth('authorization', token, (value) => `Bearer ${value}`);
}

/** An API key in a header of the vendor's choosing, e.g. `x-api-key`. */
export function apiKey(key: Supplier<string>, options: { header?: string; prefix?: string } = {}): AuthStrategy {
  const prefix = options.prefix ? `${options.prefix} ` : '';
  return new StaticHeaderAuth(options.header ?? 'x-api-key', key, (value) => `${prefix}${value}`);
}

/** Sends no credentials. */
export const noAuth: AuthStrategy = {
  // Stryker disable next-line ArrayDeclaration: nothing reads headerNames yet
  headerNames: [],
  // Stryker disable next-line ArrowFunction: the generation only goes back to invalidate, which refuses anyway
  authorize: () => 0,
  invalidate: () => false,
  // Stryker disable next-line ArrayDeclaration: a seeded entry would only scrub text equal to Stryker's own marker string
  knownSecrets: () => [],
};

/**
 * A strategy for a client created without credentials: every authenticated call
 * fails with a {@link ConfigurationError} carrying `message` before anything is
 * sent (instead of going out without `Authorization` and coming back 401).
 * Calls that need no credentials (token endpoints) still work.
 */
export function missingCredentials(message: string): AuthStrategy {
  return {
    // Stryker disable next-line ArrayDeclaration: nothing reads headerNames yet
    headerNames: [],
    authorize() {
      throw new ConfigurationError(message);
    },
    // Stryker disable next-line ArrowFunction,BooleanLiteral: never called: authorize always throws, so no call is ever sent with these credentials
    invalidate: () => false,
    // Stryker disable next-line ArrayDeclaration: a seeded entry would only scrub text equal to Stryker's own marker string
    knownSecrets: () => [],
  };
}
