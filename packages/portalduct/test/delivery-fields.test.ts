// Reading a login-change delivery whose field names PortalDuct has not published: every spelling the SDK
// guesses is read, blank values count as absent, and a body it cannot read is rejected with what it did get.
import { describe, expect, it } from 'vitest';
import { defaultReadDelivery } from '../src/index.js';
import { parseLoginChangeDelivery, WebhookVerificationError } from '../src/webhooks/index.js';
import { CLIENT_UUID, CONNECTION_UUID, CUSTOMER_UUID } from './helpers/mock-portalduct.js';

const PORTAL_UUID = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).reason).toBe('invalid_payload');
    return (error as Error).message;
  }
  throw new Error('expected the delivery to be rejected');
}

describe('the ids, in each spelling the SDK guesses', () => {
  const ids = { connectionUuid: CONNECTION_UUID, clientUuid: CLIENT_UUID, customerUuid: CUSTOMER_UUID, portalUuid: PORTAL_UUID };
  const spellings: [string, (name: string) => string][] = [
    ['snake_case', (name) => `${name}_uuid`],
    ['camelCase', (name) => `${name}Uuid`],
    ['upper-case UUID', (name) => `${name}UUID`],
  ];
  for (const [label, spell] of spellings) {
    it(`reads connection, client, customer and portal ids in ${label}`, () => {
      const body = {
        status: 'pending',
        [spell('connection')]: CONNECTION_UUID,
        [spell('client')]: CLIENT_UUID,
        [spell('customer')]: CUSTOMER_UUID,
        [spell('portal')]: PORTAL_UUID,
      };
      expect(parseLoginChangeDelivery(body)).toEqual({ status: 'pending', rawStatus: 'pending', needsCredentialRetry: false, ...ids, body });
      expect(defaultReadDelivery(body)).toEqual({ status: 'pending', ...ids });
    });
  }

  it('a blank or non-string id counts as absent, and the next spelling is read', () => {
    const delivery = parseLoginChangeDelivery({ status: 'success', connection_uuid: '  ', connectionUuid: CONNECTION_UUID, client_uuid: 42, clientUUID: CLIENT_UUID, portal_uuid: '' });
    expect(delivery).toMatchObject({ connectionUuid: CONNECTION_UUID, clientUuid: CLIENT_UUID, customerUuid: undefined, portalUuid: undefined });
  });

  it('the first spelling present wins', () => {
    expect(parseLoginChangeDelivery({ status: 'success', connection_uuid: 'first', connectionUuid: 'second' }).connectionUuid).toBe('first');
  });
});

describe('the status', () => {
  it('a blank status is no status', () => {
    expect(defaultReadDelivery({ status: ' \t', connection_uuid: CONNECTION_UUID })).toBeUndefined();
    expect(invalid(() => parseLoginChangeDelivery({ status: '' }))).toMatch(/has no status \(fields received: status\)/);
  });

  it('a readDelivery that finds nothing, or a blank or non-string status, rejects the delivery', () => {
    for (const readDelivery of [() => undefined, () => ({ status: '' }), () => ({ status: '   ' }), () => ({ status: 7 as unknown as string })]) {
      expect(invalid(() => parseLoginChangeDelivery({ state: 'done' }, { readDelivery }))).toMatch(/has no status \(fields received: state\).*pass readDelivery/);
    }
  });

  it('an empty object says no fields were received', () => {
    expect(invalid(() => parseLoginChangeDelivery('{}'))).toMatch(/fields received: none\)/);
  });
});

describe('the body', () => {
  it('reads an ArrayBuffer as well as text and bytes', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ status: 'Retry', connection_uuid: CONNECTION_UUID }));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(parseLoginChangeDelivery(buffer)).toMatchObject({ status: 'failure', rawStatus: 'Retry', needsCredentialRetry: true, connectionUuid: CONNECTION_UUID });
  });

  it('a body of only whitespace is an empty body, not a JSON error', () => {
    expect(invalid(() => parseLoginChangeDelivery(' \n\t'))).toBe('The PortalDuct login-change delivery has an empty body.');
    expect(invalid(() => parseLoginChangeDelivery(new Uint8Array()))).toBe('The PortalDuct login-change delivery has an empty body.');
  });

  it('says what a non-object body was', () => {
    expect(invalid(() => parseLoginChangeDelivery('42'))).toBe('The PortalDuct login-change delivery must be a JSON object, got number.');
    expect(invalid(() => parseLoginChangeDelivery('not json'))).toBe('The PortalDuct login-change delivery is not JSON. Pass the raw request body as received.');
  });
});
