import { describe, expect, it } from 'vitest';
import {
  constructLoginChangeDelivery,
  loginChangeWebhookHandler,
  parseLoginChangeDelivery,
  sharedSecretHeader,
  sharedSecretQuery,
  WebhookVerificationError,
  type LoginChangeDelivery,
} from '../src/webhooks/index.js';
import { CLIENT_UUID, CONNECTION_UUID, CUSTOMER_UUID } from './helpers/mock-portalduct.js';

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return `${(error as WebhookVerificationError).reason}: ${(error as Error).message}`;
  }
  return undefined;
}

describe('parseLoginChangeDelivery', () => {
  it('reads the documented lifecycle, in any case, from text, bytes or a parsed object', () => {
    const cases: [unknown, string, boolean][] = [
      ['Pending', 'pending', false],
      ['SUCCESS', 'success', false],
      ['failure', 'failure', true],
      ['Failed', 'failure', true],
      ['retry', 'failure', true],
    ];
    for (const [raw, status, retry] of cases) {
      const body = { status: raw, connection_uuid: CONNECTION_UUID, clientUUID: CLIENT_UUID, customerUuid: CUSTOMER_UUID };
      for (const payload of [JSON.stringify(body), new TextEncoder().encode(JSON.stringify(body)), body]) {
        expect(parseLoginChangeDelivery(payload as never)).toEqual({
          status,
          rawStatus: raw,
          needsCredentialRetry: retry,
          connectionUuid: CONNECTION_UUID,
          clientUuid: CLIENT_UUID,
          customerUuid: CUSTOMER_UUID,
          portalUuid: undefined,
          body,
        });
      }
    }
  });

  it('accepts unknown statuses as open strings and keeps unknown fields', () => {
    const body = { status: 'Portal_Not_Live', eta_days: 3, portal: { name: 'Walmart Retail Link' } };
    const delivery = parseLoginChangeDelivery(JSON.stringify(body));
    expect(delivery.status).toBe('portal_not_live');
    expect(delivery.rawStatus).toBe('Portal_Not_Live');
    expect(delivery.needsCredentialRetry).toBe(false);
    expect(delivery.body).toEqual(body);
  });

  it('rejects malformed bodies with a clear invalid_payload error', () => {
    expect(reasonOf(() => parseLoginChangeDelivery(''))).toMatch(/^invalid_payload: .*empty body/);
    expect(reasonOf(() => parseLoginChangeDelivery('{"status": "pend'))).toMatch(/^invalid_payload: .*not JSON/);
    expect(reasonOf(() => parseLoginChangeDelivery('[{"status":"pending"}]'))).toMatch(/must be a JSON object, got an array/);
    expect(reasonOf(() => parseLoginChangeDelivery('null'))).toMatch(/got null/);
    expect(reasonOf(() => parseLoginChangeDelivery('"pending"'))).toMatch(/got string/);
    expect(reasonOf(() => parseLoginChangeDelivery('{"state":"pending","connection_uuid":"x"}'))).toMatch(/no status \(fields received: state, connection_uuid\).*readDelivery/);
    expect(reasonOf(() => parseLoginChangeDelivery('{"status": 3}'))).toMatch(/no status/);
    expect(reasonOf(() => parseLoginChangeDelivery('{"status": "  "}'))).toMatch(/no status/);
  });

  it('readDelivery adapts to the real field names', () => {
    const delivery = parseLoginChangeDelivery(JSON.stringify({ connectionStatus: 'Success', connection: { uuid: CONNECTION_UUID } }), {
      readDelivery: (b) => ({ status: String(b['connectionStatus']), connectionUuid: (b['connection'] as { uuid: string }).uuid }),
    });
    expect(delivery).toMatchObject({ status: 'success', connectionUuid: CONNECTION_UUID });
  });
});

describe('constructLoginChangeDelivery and checks', () => {
  const payload = JSON.stringify({ status: 'Pending', connection_uuid: CONNECTION_UUID });

  it('runs your verify check first: a header secret', async () => {
    const verify = sharedSecretHeader('x-hook-secret', () => 's3cret');
    await expect(constructLoginChangeDelivery({ payload, headers: { 'x-hook-secret': 's3cret' }, verify })).resolves.toMatchObject({ status: 'pending' });
    await expect(constructLoginChangeDelivery({ payload, headers: { 'x-hook-secret': 'wrong' }, verify })).rejects.toMatchObject({ reason: 'no_matching_signature' });
    await expect(constructLoginChangeDelivery({ payload, headers: {}, verify })).rejects.toMatchObject({ reason: 'missing_header' });
  });

  it('a query secret in the registered URL', async () => {
    const verify = sharedSecretQuery('key', 'k-123');
    await expect(constructLoginChangeDelivery({ payload, url: 'https://me.example/hook?key=k-123', verify })).resolves.toMatchObject({ status: 'pending' });
    await expect(constructLoginChangeDelivery({ payload, url: 'https://me.example/hook?key=k-12', verify })).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(constructLoginChangeDelivery({ payload, url: 'https://me.example/hook', verify })).rejects.toMatchObject({ reason: 'missing_header' });
  });

  it('a custom check sees the raw body; throwing or false rejects', async () => {
    const seen: string[] = [];
    await constructLoginChangeDelivery({ payload, verify: ({ payload: raw }) => (seen.push(raw), true) });
    expect(seen).toEqual([payload]);
    await expect(constructLoginChangeDelivery({ payload, verify: () => false })).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(
      constructLoginChangeDelivery({
        payload,
        verify: () => {
          throw new Error('boom');
        },
      }),
    ).rejects.toThrow(/failed your verify check \(it threw\)/);
  });
});

describe('loginChangeWebhookHandler', () => {
  const post = (body: string, headers: Record<string, string> = {}) => new Request('https://me.example/hook', { method: 'POST', body, headers });

  it('answers 200 after onDelivery, 400 on a malformed body, 401 when verify rejects', async () => {
    const seen: LoginChangeDelivery[] = [];
    const handler = loginChangeWebhookHandler({ verify: sharedSecretHeader('x-hook-secret', 's'), onDelivery: (d) => void seen.push(d) });
    expect((await handler(post('{"status":"Success"}', { 'x-hook-secret': 's' }))).status).toBe(200);
    const bad = await handler(post('not json', { 'x-hook-secret': 's' }));
    expect([bad.status, await bad.text()]).toEqual([400, 'invalid_payload']);
    expect((await handler(post('{"status":"Success"}', { 'x-hook-secret': 'x' }))).status).toBe(401);
    expect((await handler(post('{"status":"Success"}'))).status).toBe(401);
    expect(seen.map((d) => d.status)).toEqual(['success']);
  });

  it('rethrows when onDelivery fails, so the delivery is not acknowledged', async () => {
    const handler = loginChangeWebhookHandler({
      onDelivery: () => {
        throw new Error('db down');
      },
    });
    await expect(handler(post('{"status":"Pending"}'))).rejects.toThrow('db down');
  });
});
