// A correctly signed Monite delivery still has to be a Monite event: each envelope field is checked, the errors
// say what was wrong, and the tolerance option moves the age limit.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constructMoniteWebhookEvent, isMoniteWebhookEventOf, verifyMoniteWebhook, WebhookVerificationError } from '../src/index.js';

const secret = 'whsec_envelope_5d2e';
const now = 1_767_225_600;
const event = {
  id: '0f6c8a34-5b8e-4b8e-9f3e-3c2c1b0a9d8e',
  action: 'created',
  api_version: '2024-05-25',
  description: 'receivable created',
  entity_id: 'a1b2c3d4-0000-4000-8000-000000000001',
  object_type: 'receivable',
  webhook_subscription_id: 'b2c3d4e5-0000-4000-8000-000000000002',
};

// Signed with node:crypto, independently of the SDK's WebCrypto code.
const signed = (payload: string, t = now) => ({ payload, signature: `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex')}`, secret, nowSeconds: now });

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('the event envelope', () => {
  for (const field of ['id', 'action', 'object_type', 'entity_id'] as const) {
    it(`a signed body whose ${field} is missing or not a string is not a Monite event`, async () => {
      for (const value of [undefined, 42]) {
        const error = await rejection(constructMoniteWebhookEvent(signed(JSON.stringify({ ...event, [field]: value }))));
        expect([error.reason, error.message]).toEqual(['invalid_payload', 'The webhook body is not a Monite event (expected id, action, object_type and entity_id).']);
      }
    });
  }

  it('null, a string or an array is not an event either', async () => {
    for (const payload of ['null', '"created"', JSON.stringify([event])]) {
      expect((await rejection(constructMoniteWebhookEvent(signed(payload)))).reason).toBe('invalid_payload');
    }
  });

  it('a signed body that is not JSON says so', async () => {
    const error = await rejection(constructMoniteWebhookEvent(signed('id=1&action=created')));
    expect([error.reason, error.message]).toEqual(['invalid_payload', 'The webhook body is signed correctly but is not JSON.']);
  });

  it('a body received as bytes is parsed like text, every field kept', async () => {
    const text = JSON.stringify({ ...event, object_type: 'brand_new_type', extra: { a: 1 } });
    const { signature } = signed(text);
    const parsed = await constructMoniteWebhookEvent({ payload: new TextEncoder().encode(text), signature, secret, nowSeconds: now });
    expect(parsed).toEqual({ ...event, object_type: 'brand_new_type', extra: { a: 1 } });
    expect(isMoniteWebhookEventOf(parsed, 'receivable')).toBe(false);
  });

  it('isMoniteWebhookEventOf tells the object type', async () => {
    const parsed = await constructMoniteWebhookEvent(signed(JSON.stringify(event)));
    expect(isMoniteWebhookEventOf(parsed, 'receivable')).toBe(true);
    expect(isMoniteWebhookEventOf(parsed, 'payable')).toBe(false);
  });
});

describe('the signature header', () => {
  it('read from Headers, under any capitalisation; Headers without it are a missing header', async () => {
    const payload = JSON.stringify(event);
    const { signature } = signed(payload);
    await expect(verifyMoniteWebhook({ payload, signature: new Headers({ 'Monite-Signature': signature }), secret, nowSeconds: now })).resolves.toBeUndefined();
    expect((await rejection(verifyMoniteWebhook({ payload, signature: new Headers({ 'x-other': signature }), secret, nowSeconds: now }))).reason).toBe('missing_header');
  });

  it('toleranceSeconds moves the age limit', async () => {
    const payload = JSON.stringify(event);
    const old = signed(payload, now - 600);
    expect((await rejection(verifyMoniteWebhook(old))).reason).toBe('timestamp_out_of_tolerance');
    await expect(verifyMoniteWebhook({ ...old, toleranceSeconds: 900 })).resolves.toBeUndefined();
    expect((await rejection(verifyMoniteWebhook({ ...signed(payload, now - 60), toleranceSeconds: 30 }))).reason).toBe('timestamp_out_of_tolerance');
  });

  it('checks the age against the clock when no time is given', async () => {
    const payload = JSON.stringify(event);
    const { signature } = signed(payload);
    // `now` is a fixed date in 2026, far from the clock of whoever runs this.
    expect((await rejection(verifyMoniteWebhook({ payload, signature, secret }))).reason).toBe('timestamp_out_of_tolerance');
    const current = Math.floor(Date.now() / 1000);
    await expect(verifyMoniteWebhook({ payload, signature: signed(payload, current).signature, secret })).resolves.toBeUndefined();
  });
});
