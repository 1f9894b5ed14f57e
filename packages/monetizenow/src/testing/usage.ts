import { API_CALLS_USAGE_TYPE } from './catalog.js';

/** An account a finalized sign-up created, with its subscriptions (what usage events are recorded against). */
export interface SandboxAccount {
  id: string;
  accountName: string;
  subscriptionIds: string[];
}

/** One event of `POST /usage/events` (MonetizeNow's `EventRequest`). */
export interface UsageEvent {
  id: string;
  accountId: string;
  subscriptionId?: string;
  usageTypeId: string;
  unitsConsumed: number;
  timestamp: string;
  ratedPrice?: number;
  [field: string]: unknown;
}

/** MonetizeNow's `EventResponse`: overall status and the events it refused, each with a reason. */
export interface UsageBatchResult {
  status: 'SUCCESS' | 'PARTIAL' | 'FAILED';
  failedEvents: { event: unknown; reason: string }[];
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Records a batch (at most 100 events). Each event is checked on its own: a caller-supplied unique `id`
 * (1–200 characters, never seen before), a known account and subscription, the usage type, a number of units
 * and a timestamp. Accepted events are kept; the others come back in `failedEvents`.
 */
export function recordUsage(batch: unknown[], accounts: Map<string, SandboxAccount>, recorded: Map<string, UsageEvent>): UsageBatchResult {
  const failedEvents: UsageBatchResult['failedEvents'] = [];
  for (const event of batch) {
    const reason = refuse(event, accounts, recorded);
    if (reason) failedEvents.push({ event, reason });
    else recorded.set((event as UsageEvent).id, event as UsageEvent);
  }
  const status = failedEvents.length === 0 ? 'SUCCESS' : failedEvents.length === batch.length ? 'FAILED' : 'PARTIAL';
  return { status, failedEvents };
}

function refuse(value: unknown, accounts: Map<string, SandboxAccount>, recorded: Map<string, UsageEvent>): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'event must be an object';
  const event = value as Partial<UsageEvent>;
  if (typeof event.id !== 'string' || event.id.length < 1 || event.id.length > 200) return 'id must be 1 to 200 characters';
  if (recorded.has(event.id)) return `duplicate event id ${event.id}`;
  const account = typeof event.accountId === 'string' ? accounts.get(event.accountId) : undefined;
  if (!account) return `account ${String(event.accountId)} not found`;
  if (event.subscriptionId !== undefined && !account.subscriptionIds.includes(event.subscriptionId)) return `subscription ${event.subscriptionId} is not a subscription of account ${account.id}`;
  if (event.usageTypeId !== API_CALLS_USAGE_TYPE) return `usage type ${String(event.usageTypeId)} not found`;
  if (typeof event.unitsConsumed !== 'number' || !Number.isFinite(event.unitsConsumed) || event.unitsConsumed < 0) return 'unitsConsumed must be a number >= 0';
  if (typeof event.timestamp !== 'string' || !ISO.test(event.timestamp)) return 'timestamp must be an ISO 8601 date-time';
  return undefined;
}
