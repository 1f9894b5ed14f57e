import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constructMoniteWebhookEvent, verifyMoniteWebhook, WebhookVerificationError } from '../src/index.js';

// Vectors are computed here with node:crypto, independently of the SDK's WebCrypto code.
const secret = 'whsec_test_2f1c9a0b7d';
const now = 1_767_225_600;
const body = JSON.stringify({
  id: '0f6c8a34-5b8e-4b8e-9f3e-3c2c1b0a9d8e',
  action: 'updated',
  api_version: '2024-05-25',
  description: 'payable updated',
  entity_id: 'a1b2c3d4-0000-4000-8000-000000000001',
  object_type: 'payable',
  webhook_subscription_id: 'b2c3d4e5-0000-4000-8000-000000000002',
  created_at: '2026-01-01T00:00:00Z',
  object: { id: 'p1', status: 'new_status_from_the_future' },
  brand_new_field: true,
});

function sign(payload: string, t: number, key = secret): string {
  return createHmac('sha256', key).update(`${t}.${payload}`).digest('hex');
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('Monite webhooks', () => {
  it('verifies a valid Monite-Signature and parses the event, keeping unknown fields', async () => {
    const header = `t=${now},v1=${sign(body, now)}`;
    const event = await constructMoniteWebhookEvent({ payload: body, signature: header, secret, nowSeconds: now + 10 });
    expect(event.action).toBe('updated');
    expect(event.object_type).toBe('payable');
    expect(event['brand_new_field']).toBe(true);
  });

  it('reads the header from a Headers object and accepts a Uint8Array body', async () => {
    const headers = new Headers({ 'Monite-Signature': `t=${now},v1=${sign(body, now)}` });
    await expect(verifyMoniteWebhook({ payload: new TextEncoder().encode(body), signature: headers, secret, nowSeconds: now })).resolves.toBeUndefined();
  });

  it('rejects a tampered body', async () => {
    const header = `t=${now},v1=${sign(body, now)}`;
    expect(await reasonOf(verifyMoniteWebhook({ payload: body.replace('updated', 'deleted'), signature: header, secret, nowSeconds: now }))).toBe('no_matching_signature');
  });

  it('rejects a signature made with another secret', async () => {
    const header = `t=${now},v1=${sign(body, now, 'whsec_other')}`;
    expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: header, secret, nowSeconds: now }))).toBe('no_matching_signature');
  });

  it('rejects a timestamp outside the 300 s default tolerance, in the past and in the future', async () => {
    const old = now - 301;
    expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: `t=${old},v1=${sign(body, old)}`, secret, nowSeconds: now }))).toBe(
      'timestamp_out_of_tolerance',
    );
    const future = now + 301;
    expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: `t=${future},v1=${sign(body, future)}`, secret, nowSeconds: now }))).toBe(
      'timestamp_out_of_tolerance',
    );
    await expect(verifyMoniteWebhook({ payload: body, signature: `t=${old},v1=${sign(body, old)}`, secret, nowSeconds: now, toleranceSeconds: 600 })).resolves.toBeUndefined();
  });

  it('rejects malformed and missing headers', async () => {
    for (const header of ['garbage', `t=${now}`, `v1=${sign(body, now)}`, `t=abc,v1=${sign(body, now)}`]) {
      expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: header, secret, nowSeconds: now }))).toBe('malformed_header');
    }
    expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: null, secret, nowSeconds: now }))).toBe('missing_header');
    expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: new Headers(), secret, nowSeconds: now }))).toBe('missing_header');
  });

  it('accepts any of several v1 signatures and any of several secrets (rotation)', async () => {
    const header = `t=${now},v1=${'0'.repeat(64)},v1=${sign(body, now)}`;
    await expect(verifyMoniteWebhook({ payload: body, signature: header, secret, nowSeconds: now })).resolves.toBeUndefined();
    const newSecretHeader = `t=${now},v1=${sign(body, now, 'whsec_new')}`;
    await expect(verifyMoniteWebhook({ payload: body, signature: newSecretHeader, secret: [secret, 'whsec_new'], nowSeconds: now })).resolves.toBeUndefined();
  });

  it('accepts another signed-string format through signedPayload', async () => {
    const header = `t=${now},v1=${createHmac('sha256', secret).update(`${now}:${body}`).digest('hex')}`;
    expect(await reasonOf(verifyMoniteWebhook({ payload: body, signature: header, secret, nowSeconds: now }))).toBe('no_matching_signature');
    await expect(verifyMoniteWebhook({ payload: body, signature: header, secret, nowSeconds: now, signedPayload: (t, p) => `${t}:${p}` })).resolves.toBeUndefined();
  });

  it('rejects a correctly signed body that is not a Monite event', async () => {
    const notEvent = JSON.stringify({ hello: 'world' });
    expect(await reasonOf(constructMoniteWebhookEvent({ payload: notEvent, signature: `t=${now},v1=${sign(notEvent, now)}`, secret, nowSeconds: now }))).toBe(
      'invalid_payload',
    );
  });
});
