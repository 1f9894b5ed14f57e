import { APIError, APIPromise, validateRequest, type CallResult } from '@x/core';
import type { FailedUsageEvent, UsageEventRequest, UsageEventsResponse } from '../generated/models.js';
import { usageRecordEventsOp } from '../generated/operations.js';
import { usageRecordEvents } from '../generated/resources/usage.js';
import type { OperationRunner } from '../runtime/operation.js';
import type { MonetizeNowRequestOptions } from '../runtime/transport.js';

/** MonetizeNow takes at most 100 usage events per `POST /usage/events`. */
export const USAGE_EVENTS_PER_REQUEST = 100;

/** What recording a batch of usage events did, over every request it took. */
export interface RecordUsageEventsResult extends UsageEventsResponse {
  /** `SUCCESS` when every event was recorded, `FAILED` when none was, `PARTIAL` otherwise. */
  status: 'SUCCESS' | 'PARTIAL' | 'FAILED';
  /** Each event MonetizeNow refused, with its reason, from every request. */
  failedEvents: FailedUsageEvent[];
  /** How many requests were sent (one per 100 events). */
  requests: number;
}

/**
 * `POST /usage/events` for any number of events: sent in order, 100 per request, and the per-event failures of
 * every response collected. Every event is checked before anything is sent. A request whose events all failed comes back as a 400 carrying the same
 * `{status: 'FAILED', failedEvents}` body: that is reported as failed events, not thrown. Any other error is
 * thrown; the requests before it were recorded, and since each event carries your own unique `id`, sending the
 * same events again does not count them twice (MonetizeNow reports the duplicates as failed events).
 */
export function recordUsageEvents(runner: OperationRunner, events: UsageEventRequest[], options?: MonetizeNowRequestOptions): APIPromise<RecordUsageEventsResult> {
  return new APIPromise(record(runner, Array.isArray(events) ? events : [events], options));
}

async function record(runner: OperationRunner, events: UsageEventRequest[], options: MonetizeNowRequestOptions | undefined): Promise<CallResult<RecordUsageEventsResult>> {
  // Every event is checked before the first request, so a bad event never leaves earlier batches recorded.
  if (runner.checksRequests(options)) validateRequest(usageRecordEventsOp.bodySchema!, events, 'request body for POST /usage/events');
  const failedEvents: FailedUsageEvent[] = [];
  let last: CallResult<unknown> | undefined;
  let requests = 0;
  // An empty array is still sent once, so MonetizeNow (not the SDK) says what it makes of it.
  for (let start = 0; start === 0 || start < events.length; start += USAGE_EVENTS_PER_REQUEST) {
    const batch = events.slice(start, start + USAGE_EVENTS_PER_REQUEST);
    requests++;
    try {
      last = await usageRecordEvents(runner, batch, options).withResponse();
      failedEvents.push(...(((last.data as UsageEventsResponse | undefined)?.failedEvents ?? []) as FailedUsageEvent[]));
    } catch (error) {
      const refused = refusedBatch(error, batch);
      if (!refused) throw error;
      failedEvents.push(...refused);
    }
  }
  const status = failedEvents.length === 0 ? 'SUCCESS' : failedEvents.length >= events.length ? 'FAILED' : 'PARTIAL';
  return {
    data: { status, failedEvents, requests },
    response: last?.response ?? new Response(null, { status: 400 }),
    requestId: last?.requestId,
  };
}

/** The failed events of a 400 whose body is the usage service's `{status, failedEvents}` report. */
function refusedBatch(error: unknown, batch: UsageEventRequest[]): FailedUsageEvent[] | undefined {
  if (!(error instanceof APIError) || error.status !== 400) return undefined;
  // The body of an error is undefined when empty, text when not JSON, and anything JSON can be.
  const failed = (error.body as { failedEvents?: unknown } | null | undefined)?.failedEvents;
  if (!Array.isArray(failed)) return undefined;
  // A report without per-event entries still means every event of this request failed.
  return failed.length ? (failed as FailedUsageEvent[]) : batch.map((event) => ({ event, reason: error.vendorMessage ?? 'refused' }));
}
