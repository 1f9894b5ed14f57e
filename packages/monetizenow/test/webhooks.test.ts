// Webhook deliveries: every documented event, an unknown one kept, malformed bodies, the caller's own check.
import { describe, expect, it } from 'vitest';
import {
  isKnownMonetizeNowWebhookEvent,
  MONETIZENOW_WEBHOOK_EVENT_TYPES,
  parseMonetizeNowTimestamp,
  parseMonetizeNowWebhook,
  WebhookVerificationError,
} from '../src/webhooks/index.js';
import * as root from '../src/index.js';

const envelope = (eventType: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ eventId: 'evt_1', userId: 'usr_1', sentTime: '2024-05-24T17:52:10.977+0000', eventType, data: { id: 'acct_1', accountName: 'Acme' }, ...extra });

describe('documented events', () => {
  it('lists the 23 events of the API description, with the vendor spelling', () => {
    expect(MONETIZENOW_WEBHOOK_EVENT_TYPES).toHaveLength(23);
    expect(MONETIZENOW_WEBHOOK_EVENT_TYPES).toContain('dunning.step.tiggered');
    expect(MONETIZENOW_WEBHOOK_EVENT_TYPES).not.toContain('dunning.step.triggered');
  });

  for (const eventType of MONETIZENOW_WEBHOOK_EVENT_TYPES) {
    it(`parses ${eventType}`, async () => {
      const event = await parseMonetizeNowWebhook(envelope(eventType));
      expect(event).toMatchObject({ eventId: 'evt_1', userId: 'usr_1', eventType, data: { id: 'acct_1' } });
      expect(isKnownMonetizeNowWebhookEvent(event)).toBe(true);
    });
  }
});

it('keeps an event of a type it does not know, and fields it does not know', async () => {
  const event = await parseMonetizeNowWebhook(envelope('invoice.paid', { retryCount: 2 }));
  expect(event.eventType).toBe('invoice.paid');
  expect(event['retryCount']).toBe(2);
  expect(isKnownMonetizeNowWebhookEvent(event)).toBe(false);
});

it('takes the body as bytes too, and an event without a user', async () => {
  const bytes = new TextEncoder().encode(envelope('account.created', { userId: null }));
  expect((await parseMonetizeNowWebhook(bytes)).userId).toBeNull();
  expect((await parseMonetizeNowWebhook(bytes.buffer as ArrayBuffer)).eventType).toBe('account.created');
});

it('reads sentTime with an offset without a colon', async () => {
  const event = await parseMonetizeNowWebhook(envelope('account.created'));
  expect(parseMonetizeNowTimestamp(event.sentTime)?.toISOString()).toBe('2024-05-24T17:52:10.977Z');
});

describe('malformed bodies', () => {
  const cases: [string, unknown, RegExp][] = [
    ['empty', '', /not JSON \(it is empty\)/],
    ['not JSON', 'eventId=1', /not JSON \(it starts with "eventId=1"\)/],
    ['an array', '[]', /not a MonetizeNow event: it is an array/],
    ['null', 'null', /it is null/],
    ['without eventType', JSON.stringify({ eventId: 'e', sentTime: 't', data: {} }), /eventType is missing/],
    ['without eventId', JSON.stringify({ eventType: 'account.created', sentTime: 't' }), /eventId is missing/],
    ['with a numeric eventId', JSON.stringify({ eventId: 1, eventType: 'account.created', sentTime: 't' }), /eventId is not a non-empty string/],
    ['without sentTime', JSON.stringify({ eventId: 'e', eventType: 'account.created' }), /sentTime is missing/],
    ['with a bad userId', envelope('account.created', { userId: 5 }), /userId is not a string/],
    ['an already parsed object', { eventId: 'e' }, /Pass the raw webhook body as a string, Uint8Array or ArrayBuffer/],
  ];
  for (const [name, body, message] of cases) {
    it(`rejects a body that is ${name}`, async () => {
      const error = await parseMonetizeNowWebhook(body as string).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect((error as WebhookVerificationError).reason).toBe('invalid_payload');
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe('the verify option', () => {
  it('gets the raw body and the headers, and a true lets the event through', async () => {
    const body = envelope('quote.accepted');
    const seen: [string, string | null][] = [];
    const event = await parseMonetizeNowWebhook(body, {
      headers: { 'x-my-secret': 's3cret', 'x-multi': ['a', 'b'] },
      verify: async (raw, headers) => {
        seen.push([raw, headers.get('x-my-secret')]);
        return headers.get('x-multi') === 'a, b';
      },
    });
    expect(event.eventType).toBe('quote.accepted');
    expect(seen).toEqual([[body, 's3cret']]);
  });

  it('rejects the delivery when it returns false, before parsing', async () => {
    const error = await parseMonetizeNowWebhook('not even JSON', { headers: new Headers(), verify: () => false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).reason).toBe('no_matching_signature');
    expect((error as Error).message).toMatch(/rejected by your verify option/);
  });

  it('passes the caller\'s own error through', async () => {
    await expect(parseMonetizeNowWebhook(envelope('account.created'), { verify: () => Promise.reject(new Error('vault down')) })).rejects.toThrow('vault down');
  });
});

it('is exported from the main entry as well', () => {
  expect(root.parseMonetizeNowWebhook).toBe(parseMonetizeNowWebhook);
});
