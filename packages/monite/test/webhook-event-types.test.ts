// isMoniteWebhookEventOf at runtime: known, other and newer object types.
import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { constructMoniteWebhookEvent, isMoniteWebhookEventOf } from '../src/webhooks/index.js';

const secret = 'whsec_test_object_types';
const now = 1_767_225_600;

async function eventOf(objectType: string) {
  const payload = JSON.stringify({ id: 'e1', action: 'created', api_version: null, description: '', entity_id: 'ent', object_type: objectType, webhook_subscription_id: 'w' });
  const signature = `t=${now},v1=${createHmac('sha256', secret).update(`${now}.${payload}`).digest('hex')}`;
  return constructMoniteWebhookEvent({ payload, signature, secret, nowSeconds: now });
}

it('narrows to the object type it names, and keeps object types newer than the SDK', async () => {
  const payable = await eventOf('payable');
  expect(isMoniteWebhookEventOf(payable, 'payable')).toBe(true);
  expect(isMoniteWebhookEventOf(payable, 'receivable')).toBe(false);
  const newer = await eventOf('object_type_from_2030');
  expect(newer.object_type).toBe('object_type_from_2030');
  expect(isMoniteWebhookEventOf(newer, 'payable')).toBe(false);
});
