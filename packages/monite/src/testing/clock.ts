/** The sandbox's notion of now, with time travel for token-expiry tests. */
export class SandboxClock {
  #offsetMs = 0;
  constructor(private readonly base: () => number = Date.now) {}

  /** Milliseconds since the epoch, as the sandbox sees it. */
  now(): number {
    return this.base() + this.#offsetMs;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves the sandbox's clock forward (tokens expire; your client's clock does not move). */
  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }
}
