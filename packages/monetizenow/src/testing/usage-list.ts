import type { SandboxAccount, UsageEvent } from './usage.js';

/** MonetizeNow's `EventListDto`: a page of events and `pageable.nextPageToken` for the next one (absent on the last). */
export interface UsageEventPage {
  content: Pick<UsageEvent, 'id' | 'accountId' | 'subscriptionId' | 'usageTypeId' | 'unitsConsumed' | 'timestamp' | 'ratedPrice'>[];
  totalElements: number;
  totalPages: number;
  pageable: { pageSize: number; nextPageToken?: string };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** Milliseconds of an ISO 8601 date-time, accepting the `+0000` offsets MonetizeNow's examples use. */
function timeOf(iso: string): number {
  return Date.parse(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00'));
}

const encodeToken = (offset: number) => btoa(JSON.stringify({ o: offset })).replace(/=+$/, '');

function decodeToken(token: string): number | undefined {
  try {
    const { o } = JSON.parse(atob(token)) as { o: unknown };
    return typeof o === 'number' && Number.isInteger(o) && o > 0 ? o : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `GET /usage/events` (`getEvents`): the events of one subscription with `startTime <= timestamp < endTime`,
 * optionally of one usage type (`usageTypeId`) or several (`usageTypeIds`), oldest first, `pageSize` 5–100
 * (default 100) per page, the next page by `pageable.nextPageToken`. An event recorded without a
 * `subscriptionId` counts for the subscription asked about when that subscription is its account's.
 * Returns the page, or the reason the query is refused.
 */
export function listUsage(url: URL, accounts: Map<string, SandboxAccount>, recorded: Map<string, UsageEvent>): UsageEventPage | string {
  const query = url.searchParams;
  const subscriptionId = query.get('subscriptionId');
  if (!subscriptionId) return 'subscriptionId is required';
  for (const name of ['startTime', 'endTime'] as const) {
    const value = query.get(name);
    if (!value) return `${name} is required`;
    if (!ISO.test(value) || Number.isNaN(timeOf(value))) return `${name} must be an ISO 8601 date-time`;
  }
  const start = timeOf(query.get('startTime')!);
  const end = timeOf(query.get('endTime')!);
  const pageSize = Number(query.get('pageSize') ?? 100);
  if (!Number.isInteger(pageSize) || pageSize < 5 || pageSize > 100) return 'pageSize must be between 5 and 100';
  const token = query.get('nextPageToken');
  const offset = token === null ? 0 : decodeToken(token);
  if (offset === undefined) return 'nextPageToken is not valid';
  // Repeated (`usageTypeIds=a&usageTypeIds=b`) or comma-separated.
  const types = [...query.getAll('usageTypeIds').flatMap((v) => v.split(',')), ...query.getAll('usageTypeId')].filter(Boolean);

  const owner = [...accounts.values()].find((a) => a.subscriptionIds.includes(subscriptionId));
  const matching = [...recorded.values()]
    .filter((e) => e.subscriptionId === subscriptionId || (e.subscriptionId === undefined && owner !== undefined && e.accountId === owner.id))
    .filter((e) => types.length === 0 || types.includes(e.usageTypeId))
    .filter((e) => {
      const at = timeOf(e.timestamp);
      return at >= start && at < end;
    })
    .sort((a, b) => timeOf(a.timestamp) - timeOf(b.timestamp));

  const content = matching.slice(offset, offset + pageSize).map((e) => ({
    id: e.id,
    accountId: e.accountId,
    subscriptionId,
    usageTypeId: e.usageTypeId,
    unitsConsumed: e.unitsConsumed,
    timestamp: e.timestamp,
    ...(e.ratedPrice === undefined ? {} : { ratedPrice: e.ratedPrice }),
  }));
  const next = offset + pageSize < matching.length ? encodeToken(offset + pageSize) : undefined;
  return {
    content,
    totalElements: matching.length,
    totalPages: Math.ceil(matching.length / pageSize),
    pageable: { pageSize, ...(next ? { nextPageToken: next } : {}) },
  };
}
