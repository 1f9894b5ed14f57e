import type { SandboxKit } from '@x/core/testing';
import type { SandboxClock } from './clock.js';
import type { MoniteState } from './state.js';
import type { TokenStore } from './tokens.js';

/** What every route of the Monite sandbox shares. */
export interface MoniteInternals {
  kit: SandboxKit;
  state: MoniteState;
  tokens: TokenStore;
  clock: SandboxClock;
  credentials: { clientId: string; clientSecret: string };
  lifetimes: { partner: number; entityUser: number };
  /** Sends a signed event to every matching webhook subscription. */
  emit(event: { objectType: string; action: string; entityId: string; object: unknown; apiVersion: string | null }): Promise<void>;
}
