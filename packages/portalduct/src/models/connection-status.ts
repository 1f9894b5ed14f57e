import type { OpenEnum } from '@x/core';
import { STATUS_WORDS } from '../assumptions/login-change-delivery.js';

/**
 * A Connection's status, from the lifecycle in PortalDuct's integration guide (Step 5): `pending` on the first connection until the portal
 * login either succeeds (`success`) or fails (`failure`, which asks you to show the Client the credential
 * "retry" experience). Any other string PortalDuct sends passes through lower-cased (the original is kept in
 * `rawStatus`), so new states never crash.
 */
export type ConnectionStatus = OpenEnum<'pending' | 'success' | 'failure'>;

/** The documented statuses. */
export const CONNECTION_STATUSES = ['pending', 'success', 'failure'] as const;

/** Maps a status string as delivered to a {@link ConnectionStatus}; unknown words pass through lower-cased. */
export function normalizeConnectionStatus(raw: string): ConnectionStatus {
  const word = raw.trim().toLowerCase();
  for (const status of CONNECTION_STATUSES) {
    if ((STATUS_WORDS[status] as readonly string[]).includes(word)) return status;
  }
  return word;
}

/** Whether the Client must re-enter portal credentials (the documented "retry" experience). */
export function needsCredentialRetry(status: ConnectionStatus): boolean {
  return status === 'failure';
}
