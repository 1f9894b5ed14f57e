import { randomToken } from '@x/core/testing';
import type { SandboxClock } from './clock.js';

/** Who a token was issued to. */
export type TokenSubject = { kind: 'partner' } | { kind: 'entity_user'; entityUserId: string; entityId: string };

interface IssuedToken {
  subject: TokenSubject;
  expiresAt: number;
  revoked: boolean;
}

/** The tokens the sandbox issued, with real expiry on the sandbox's clock. */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();
  /** How many tokens were issued, by grant. */
  readonly issued = { partner: 0, entity_user: 0 };

  constructor(private readonly clock: SandboxClock) {}

  issue(subject: TokenSubject, lifetimeSeconds: number): string {
    const token = randomToken(subject.kind === 'partner' ? 'sbx_partner_' : 'sbx_user_');
    this.#tokens.set(token, { subject, expiresAt: this.clock.now() + lifetimeSeconds * 1000, revoked: false });
    this.issued[subject.kind]++;
    return token;
  }

  /** The subject of a live token; `undefined` for unknown, revoked or expired ones. */
  check(token: string): TokenSubject | undefined {
    const found = this.#tokens.get(token);
    if (!found || found.revoked || this.clock.now() >= found.expiresAt) return undefined;
    return found.subject;
  }

  revoke(token: string): boolean {
    const found = this.#tokens.get(token);
    if (!found) return false;
    found.revoked = true;
    return true;
  }

  /** Forced expiry: every token issued so far stops working now. */
  expireAll(): void {
    const now = this.clock.now();
    for (const token of this.#tokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
  }

  /** Revokes every token of one entity user (the user was deleted). */
  revokeEntityUser(entityUserId: string): void {
    for (const token of this.#tokens.values()) {
      if (token.subject.kind === 'entity_user' && token.subject.entityUserId === entityUserId) token.revoked = true;
    }
  }

  clear(): void {
    this.#tokens.clear();
    this.issued.partner = 0;
    this.issued.entity_user = 0;
  }
}
