import type { AuthStrategy } from '../auth/auth-strategy.js';
import type { RateLimiter } from '../rate/rate-limiter.js';

/**
 * What a client shares with every client derived from it (`withOptions`, and a
 * vendor's `forEntity`/`asEntityUser`): one rate limiter, and the set of auth
 * strategies the family has used, so an error in any client scrubs every
 * token the family has held (a server may echo another user's token).
 */
export class ClientFamily {
  readonly limiter: RateLimiter | undefined;
  #strategies = new Set<AuthStrategy>();

  constructor(limiter: RateLimiter | undefined) {
    this.limiter = limiter;
  }

  /** A family with another limiter that still scrubs the same secrets. */
  fork(limiter: RateLimiter | undefined): ClientFamily {
    const family = new ClientFamily(limiter);
    family.#strategies = this.#strategies;
    return family;
  }

  /** Registers a strategy whose secrets must be scrubbed from the family's errors. */
  adopt(strategy: AuthStrategy): void {
    this.#strategies.add(strategy);
  }

  /** Every secret any strategy of the family holds or has held. */
  secrets(): string[] {
    // Stryker disable next-line ArrayDeclaration: a seeded entry would only scrub text equal to Stryker's own marker string
    const out: string[] = [];
    for (const strategy of this.#strategies) out.push(...strategy.knownSecrets());
    return out;
  }
}
