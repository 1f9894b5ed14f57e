// The shared-secret checks and the handler around them: an unset secret never lets a delivery in, the errors
// say what is missing, and a bug in your own code is not disguised as a rejected sender.
import { describe, expect, it } from 'vitest';
import {
  constructLoginChangeDelivery,
  loginChangeWebhookHandler,
  sharedSecretHeader,
  sharedSecretQuery,
  WebhookVerificationError,
  type LoginChangeDelivery,
} from '../src/webhooks/index.js';
import { CONNECTION_UUID } from './helpers/mock-portalduct.js';

const payload = JSON.stringify({ status: 'Success', connection_uuid: CONNECTION_UUID });

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('an unset or empty secret rejects every delivery', () => {
  // An environment variable that is not set reads as undefined (or ''): a delivery with an empty key must not match it.
  for (const [label, secret] of [
    ['undefined', () => undefined as unknown as string],
    ['empty', ''],
  ] as const) {
    it(`query secret ${label}: ?key= is rejected`, async () => {
      const verify = sharedSecretQuery('key', secret);
      const error = await rejection(constructLoginChangeDelivery({ payload, url: 'https://me.example/hook?key=', verify }));
      expect(error.reason).toBe('no_matching_signature');
    });

    it(`header secret ${label}: an empty header is rejected`, async () => {
      const verify = sharedSecretHeader('x-hook-secret', secret);
      const error = await rejection(constructLoginChangeDelivery({ payload, headers: { 'x-hook-secret': '' }, verify }));
      expect(error.reason).toBe('no_matching_signature');
    });
  }
});

describe('what the errors say', () => {
  it('names the missing header or query parameter', async () => {
    const header = await rejection(constructLoginChangeDelivery({ payload, headers: {}, verify: sharedSecretHeader('x-hook-secret', 's') }));
    expect([header.reason, header.message]).toEqual(['missing_header', 'The delivery has no x-hook-secret header.']);
    const query = await rejection(constructLoginChangeDelivery({ payload, url: 'https://me.example/hook?other=1', verify: sharedSecretQuery('key', 's') }));
    expect([query.reason, query.message]).toEqual(['missing_header', 'The delivery URL has no key parameter.']);
  });

  it('a query check without the request URL says the parameter is missing (not a TypeError)', async () => {
    const error = await rejection(constructLoginChangeDelivery({ payload, verify: sharedSecretQuery('key', 's') }));
    expect([error.reason, error.message]).toEqual(['missing_header', 'The delivery URL has no key parameter.']);
  });

  it('a check answering false is reported as a failed verify check', async () => {
    const error = await rejection(constructLoginChangeDelivery({ payload, verify: () => false }));
    expect([error.reason, error.message]).toEqual(['no_matching_signature', 'The PortalDuct delivery failed your verify check.']);
  });

  it('only true passes: a check answering a truthy non-boolean (a forgotten await of something else) rejects', async () => {
    await expect(constructLoginChangeDelivery({ payload, verify: () => 'yes' as unknown as boolean })).rejects.toMatchObject({ reason: 'no_matching_signature' });
  });
});

describe('constructLoginChangeDelivery', () => {
  it('hands your check the body as text, the headers and the URL, whatever form the body came in', async () => {
    const bytes = new TextEncoder().encode(payload);
    const seen: { payload: string; secret: string | null; url: string | undefined }[] = [];
    const verify = (parts: { payload: string; headers: Headers; url?: string | undefined }) => (
      seen.push({ payload: parts.payload, secret: parts.headers.get('x-hook-secret'), url: parts.url }), true
    );
    const headers = new Headers({ 'x-hook-secret': 'h' });
    for (const body of [payload, bytes, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)]) {
      const delivery = await constructLoginChangeDelivery({ payload: body, headers, url: 'https://me.example/hook', verify });
      expect(delivery).toMatchObject({ status: 'success', connectionUuid: CONNECTION_UUID });
    }
    expect(seen).toEqual(Array.from({ length: 3 }, () => ({ payload, secret: 'h', url: 'https://me.example/hook' })));
  });

  it('without a check, parses the delivery (PortalDuct documents no signature)', async () => {
    await expect(constructLoginChangeDelivery({ payload })).resolves.toMatchObject({ status: 'success' });
  });

  it('passes readDelivery on to the parser', async () => {
    const delivery = await constructLoginChangeDelivery({ payload: '{"state":"Pending"}', readDelivery: (b) => ({ status: String(b['state']) }) });
    expect(delivery.status).toBe('pending');
  });
});

describe('loginChangeWebhookHandler', () => {
  const post = (url: string, body: string) => new Request(url, { method: 'POST', body });

  it('checks the query secret of the URL PortalDuct posts to, and answers 401 with the reason as text', async () => {
    const seen: LoginChangeDelivery[] = [];
    const handler = loginChangeWebhookHandler({ verify: sharedSecretQuery('key', 'k-1'), onDelivery: (d) => void seen.push(d) });
    expect((await handler(post('https://me.example/hook?key=k-1', payload))).status).toBe(200);
    const wrong = await handler(post('https://me.example/hook?key=k-2', payload));
    expect([wrong.status, await wrong.text()]).toEqual([401, 'no_matching_signature']);
    expect(wrong.headers.get('content-type')).toMatch(/^text\/plain/);
    const missing = await handler(post('https://me.example/hook', payload));
    expect([missing.status, await missing.text()]).toEqual([401, 'missing_header']);
    expect(seen).toHaveLength(1);
  });

  it('answers 400 to a delivery without a status, before onDelivery runs', async () => {
    let called = 0;
    const handler = loginChangeWebhookHandler({ onDelivery: () => void called++ });
    const response = await handler(post('https://me.example/hook', '{"connection_uuid":"x"}'));
    expect([response.status, await response.text()]).toEqual([400, 'invalid_payload']);
    expect(called).toBe(0);
  });

  it('a bug in your readDelivery is thrown (your framework answers 500 and PortalDuct may retry), not answered as 401', async () => {
    const handler = loginChangeWebhookHandler({
      readDelivery: () => {
        throw new TypeError('cannot read properties of undefined');
      },
      onDelivery: () => undefined,
    });
    await expect(handler(post('https://me.example/hook', payload))).rejects.toThrow(TypeError);
  });

  it('waits for an async onDelivery before answering 200', async () => {
    const order: string[] = [];
    const handler = loginChangeWebhookHandler({
      onDelivery: async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        order.push('stored');
      },
    });
    const response = await handler(post('https://me.example/hook', payload));
    order.push(`answered ${response.status}`);
    expect(order).toEqual(['stored', 'answered 200']);
  });
});
