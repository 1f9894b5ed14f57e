import type { APIPromise } from '@x/core';
import type { UsageEventRequest } from '../generated/models.js';
import { usage, type UsageResource } from '../generated/resources/usage.js';
import type { OperationRunner } from '../runtime/operation.js';
import type { MonetizeNowRequestOptions } from '../runtime/transport.js';
import { recordUsageEvents, type RecordUsageEventsResult } from './record-usage-events.js';

/** `monetizeNow.usage`: the generated usage operations, with `recordEvents` taking any number of events. */
export interface UsageAPI extends Omit<UsageResource, 'recordEvents'> {
  /**
   * Records usage events (`POST /usage/events`), 100 per request, in order, and reports every event
   * MonetizeNow refused (`failedEvents`, each with its `reason`) whatever request it was in.
   *
   * @param events - Each with your own unique `id` (1-200 characters), `accountId`, `subscriptionId`, `usageTypeId`,
   *   `unitsConsumed` and `timestamp`.
   * @param options - Per-request options (timeout, retries, signal, headers...), applied to every request.
   * @returns `SUCCESS`, `PARTIAL` or `FAILED`, the failed events, and how many requests were sent.
   */
  recordEvents(events: UsageEventRequest[], options?: MonetizeNowRequestOptions): APIPromise<RecordUsageEventsResult>;
}

/** Builds `monetizeNow.usage` for one client. */
export function usageAPI(runner: OperationRunner): UsageAPI {
  return { ...usage(runner), recordEvents: (events, options) => recordUsageEvents(runner, events, options) };
}
