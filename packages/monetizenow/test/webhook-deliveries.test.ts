// Webhook deliveries at their edges: what the verify option is given and what counts as a yes, bodies that are
// JSON but not events, and timestamps that only look like MonetizeNow's.
import { describe, expect, it } from 'vitest';
import {
  isKnownMonetizeNowEventType,
  normalizeMonetizeNowTimestamp,
  parseMonetizeNowTimestamp,
  parseMonetizeNowWebhook,
  WebhookVerificationError,
} from '../src/webhooks/index.js';

const body = JSON.stringify({ eventId: 'evt_1', userId: 'usr_1', sentTime: '2024-05-24T17:52:10.977+0000', eventType: 'account.created', data: {} });

const rejection = async (call: Promise<unknown>) => {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
};

describe('the verify option', () => {
  it('is given the Headers object the caller passed, as it is', async () => {
    const headers = new Headers({ 'x-webhook-secret': 's3cret' });
    const given: Headers[] = [];
    await parseMonetizeNowWebhook(body, { headers, verify: (_, h) => (given.push(h), h.get('x-webhook-secret') === 's3cret') });
    expect(given).toEqual([headers]);
    expect(given[0]).toBe(headers);
  });

  it('is given empty headers when the caller passed none, and leaves out headers without a value', async () => {
    const seen: [string, string][][] = [];
    await parseMonetizeNowWebhook(body, { verify: (_, h) => (seen.push([...h.entries()]), true) });
    await parseMonetizeNowWebhook(body, { headers: { 'x-a': '1', 'x-b': undefined, 'x-c': ['2', '3'] }, verify: (_, h) => (seen.push([...h.entries()]), true) });
    expect(seen).toEqual([[], [['x-a', '1'], ['x-c', '2, 3']]]);
  });

  it('is given the body decoded as text when it arrives as bytes', async () => {
    const raw: string[] = [];
    await parseMonetizeNowWebhook(new TextEncoder().encode(body), { verify: (text) => (raw.push(text), true) });
    expect(raw).toEqual([body]);
  });

  it('accepts only true: anything else a JavaScript check returns rejects the delivery', async () => {
    for (const answer of [1, 'true', {}, undefined, null]) {
      const error = await rejection(parseMonetizeNowWebhook(body, { verify: () => answer as never }));
      expect(error.reason).toBe('no_matching_signature');
    }
    await expect(parseMonetizeNowWebhook(body, { verify: async () => true })).resolves.toMatchObject({ eventId: 'evt_1' });
  });
});

describe('bodies that are not events', () => {
  const cases: [string, unknown, string][] = [
    ['a number', '42', 'it is a number, not an object'],
    ['zero', '0', 'it is a number, not an object'],
    ['a string', '"account.created"', 'it is a string, not an object'],
    ['false', 'false', 'it is a boolean, not an object'],
    ['an event with an empty eventType', JSON.stringify({ eventId: 'e', eventType: '', sentTime: 't' }), 'eventType is not a non-empty string'],
    ['an event with an empty sentTime', JSON.stringify({ eventId: 'e', eventType: 'account.created', sentTime: '' }), 'sentTime is not a non-empty string'],
    ['an event with a numeric sentTime', JSON.stringify({ eventId: 'e', eventType: 'account.created', sentTime: 1716573130 }), 'sentTime is not a non-empty string'],
    ['an event with a userId object', JSON.stringify({ eventId: 'e', eventType: 'account.created', sentTime: 't', userId: { id: 'usr_1' } }), 'userId is not a string'],
  ];
  for (const [name, raw, problem] of cases) {
    it(`rejects ${name}, saying what is wrong`, async () => {
      const error = await rejection(parseMonetizeNowWebhook(raw as string));
      expect(error.reason).toBe('invalid_payload');
      expect(error.message).toBe(`The webhook body is not a MonetizeNow event: ${problem}. Expected { eventId, userId, sentTime, eventType, data }.`);
    });
  }

  it('quotes only the start of a long body that is not JSON', async () => {
    const error = await rejection(parseMonetizeNowWebhook(`eventId=evt_1&eventType=account.created&sentTime=now`));
    expect(error.message).toBe('The webhook body is not JSON (it starts with "eventId=evt_1&eventT"). Pass the raw request body, as received.');
  });

  it('names what it got instead of a raw body', async () => {
    expect((await rejection(parseMonetizeNowWebhook(null as never))).message).toMatch(/got null\)/);
    expect((await rejection(parseMonetizeNowWebhook(42 as never))).message).toMatch(/got number\)/);
  });

  it('keeps an event without userId', async () => {
    const event = await parseMonetizeNowWebhook(JSON.stringify({ eventId: 'e', eventType: 'account.created', sentTime: 't', data: null }));
    expect(event).toEqual({ eventId: 'e', eventType: 'account.created', sentTime: 't', data: null });
  });
});

it('knows the documented event types, and no others', () => {
  expect(isKnownMonetizeNowEventType('quote.accepted')).toBe(true);
  expect(isKnownMonetizeNowEventType('dunning.step.tiggered')).toBe(true);
  expect(isKnownMonetizeNowEventType('invoice.paid')).toBe(false);
  expect(isKnownMonetizeNowEventType('')).toBe(false);
});

describe('timestamps', () => {
  it('rewrites basic offsets of every kind, and leaves extended ones and Z alone', () => {
    const cases: [string, string][] = [
      ['2023-05-24T17:52:10.977+0000', '2023-05-24T17:52:10.977+00:00'],
      ['2023-05-24T17:52:10+0530', '2023-05-24T17:52:10+05:30'],
      ['2023-05-24T17:52:10.1-0930', '2023-05-24T17:52:10.1-09:30'],
      ['2023-05-24T17:52+0200', '2023-05-24T17:52+02:00'],
      ['2023-05-24T17:52:10+02', '2023-05-24T17:52:10+02:00'],
      ['2023-05-24T17:52:10-11', '2023-05-24T17:52:10-11:00'],
      ['2023-05-24T17:52:10+05:30', '2023-05-24T17:52:10+05:30'],
      ['2023-05-24T17:52:10Z', '2023-05-24T17:52:10Z'],
      ['2023-05-24t17:52:10z', '2023-05-24t17:52:10z'],
      ['2023-05-24T17:52:10', '2023-05-24T17:52:10'],
    ];
    for (const [input, output] of cases) expect(normalizeMonetizeNowTimestamp(input), input).toBe(output);
  });

  it('leaves strings that only look like timestamps unchanged', () => {
    for (const value of [
      '2023-05-24',
      '2023-05',
      'at 2023-05-24T17:52:10+0000',
      '2023-05-24T17:52:10+0000 UTC',
      '23-05-24T17:52:10+0000',
      '2023-5-24T17:52:10+0000',
      '2023-05-4T17:52:10+0000',
      '2023-05-24 17:52:10+0000',
      '2023-05-24T7:52:10+0000',
      '2023-05-24T17:5:10+0000',
      '2023-05-24T17:52:1+0000',
      '2023-05-24T17:52:10.+0000',
      '2023-05-24T17:52:10+000',
      '2023-05-24T17:52:10+00000',
      '2023-05-24T17:52:10*0000',
      '2023-05-24T17:52:10+0',
      'abcd-ef-ghTij:kl:mn+0000',
    ]) {
      expect(normalizeMonetizeNowTimestamp(value), value).toBe(value);
    }
  });

  it('parses with the surrounding blanks removed', () => {
    expect(parseMonetizeNowTimestamp('  2023-05-24T17:52:10.977+0000\n')?.toISOString()).toBe('2023-05-24T17:52:10.977Z');
    expect(parseMonetizeNowTimestamp('2023-05-24T19:52:10+0200')?.getTime()).toBe(Date.UTC(2023, 4, 24, 17, 52, 10));
  });
});
