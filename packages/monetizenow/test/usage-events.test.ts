// POST /usage/events takes at most 100 events: larger batches are split, and per-event failures are
// collected from every partial-success (200) and all-failed (400) report.
import { describe, expect, it } from 'vitest';
import { BadRequestError, USAGE_EVENTS_PER_REQUEST, type UsageEventRequest } from '../src/index.js';
import { useWireServer, wireClient } from './helpers/billing-wire.js';

const server = useWireServer();
const events = (count: number): UsageEventRequest[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `evt-${i}`,
    accountId: 'acct_oypCgzfyTCaWE',
    subscriptionId: 'subs_lRVTvOpnpXgmv',
    usageTypeId: 'usgt_aqtt2711mr1rz',
    unitsConsumed: i,
    timestamp: '2024-01-01T00:00:00.000+0000',
  }));

describe('usage.recordEvents', () => {
  it('sends 250 events as 100 + 100 + 50 and reports the failures of a partial batch', async () => {
    const { seen, monetizeNow } = wireClient(server, ({ body }) => {
      const batch = body as UsageEventRequest[];
      // The second request: two events refused, the rest recorded.
      if (batch[0]!.id === 'evt-100') {
        return { json: { status: 'PARTIAL', failedEvents: [{ event: batch[3], reason: 'Duplicate event id' }, { event: batch[7], reason: 'Unknown subscription' }] } };
      }
      return { json: { status: 'SUCCESS', failedEvents: [] } };
    });
    const result = await monetizeNow.usage.recordEvents(events(250));
    expect(USAGE_EVENTS_PER_REQUEST).toBe(100);
    expect(seen.map((r) => [r.method, r.path, (r.body as unknown[]).length])).toEqual([
      ['POST', '/usage/events', 100],
      ['POST', '/usage/events', 100],
      ['POST', '/usage/events', 50],
    ]);
    expect((seen[2]!.body as UsageEventRequest[])[49]!.id).toBe('evt-249');
    expect(result.status).toBe('PARTIAL');
    expect(result.requests).toBe(3);
    expect(result.failedEvents.map((f) => [f.event?.id, f.reason])).toEqual([
      ['evt-103', 'Duplicate event id'],
      ['evt-107', 'Unknown subscription'],
    ]);
  });

  it('reads a 400 carrying the usage report as failed events of that batch, not as a thrown error', async () => {
    const { monetizeNow } = wireClient(server, ({ body }) => {
      const batch = body as UsageEventRequest[];
      if (batch[0]!.id === 'evt-0') return { status: 400, json: { status: 'FAILED', failedEvents: batch.map((event) => ({ event, reason: 'Subscription not active' })) } };
      return { json: { status: 'SUCCESS', failedEvents: [] } };
    });
    const result = await monetizeNow.usage.recordEvents(events(120));
    expect(result.status).toBe('PARTIAL');
    expect(result.failedEvents).toHaveLength(100);
    expect(result.failedEvents[0]).toEqual({ event: expect.objectContaining({ id: 'evt-0' }), reason: 'Subscription not active' });
  });

  it('says FAILED when every event failed and SUCCESS when none did', async () => {
    const failing = wireClient(server, ({ body }) => ({ json: { status: 'FAILED', failedEvents: (body as UsageEventRequest[]).map((event) => ({ event, reason: 'x' })) } }));
    expect((await failing.monetizeNow.usage.recordEvents(events(3))).status).toBe('FAILED');
    const fine = wireClient(server, () => ({ json: { status: 'SUCCESS', failedEvents: [] } }));
    expect(await fine.monetizeNow.usage.recordEvents(events(100))).toEqual({ status: 'SUCCESS', failedEvents: [], requests: 1 });
  });

  it('throws other errors (the usage service status string is the vendor code), after the earlier batches were sent', async () => {
    const { seen, monetizeNow } = wireClient(server, ({ body }) =>
      (body as UsageEventRequest[])[0]!.id === 'evt-100' ? { status: 400, json: { status: '400 BAD_REQUEST', message: 'Malformed timestamp' } } : { json: { status: 'SUCCESS', failedEvents: [] } },
    );
    const error = await monetizeNow.usage.recordEvents(events(150)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ vendorCode: 'BAD_REQUEST', vendorMessage: 'Malformed timestamp' });
    expect(seen).toHaveLength(2);
  });

  it('checks every event before sending anything', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: { status: 'SUCCESS', failedEvents: [] } }));
    const bad = [...events(150), { ...events(1)[0]!, id: '' }];
    await expect(monetizeNow.usage.recordEvents(bad)).rejects.toThrow(/\[150\]\.id/);
    expect(seen).toHaveLength(0);
  });
});
