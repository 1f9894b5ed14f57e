import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  WebhookVerificationError,
  hmacSha256Hex,
  parseSignatureHeader,
  signTimestampedPayload,
  timingSafeEqual,
  verifyTimestampedSignature,
} from '../src/index.js';

const SECRET = 'whsec_test_1234';
const NOW = 1_750_000_000;
const PAYLOAD = '{"id":"evt_1","type":"invoice.paid","data":{"amount":1000}}';

/** The reference signature, computed independently of the code under test. */
function sign(payload: string, secret = SECRET, t = NOW): string {
  return createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex');
}

function header(t: number, ...signatures: string[]): string {
  return [`t=${t}`, ...signatures.map((s) => `v1=${s}`)].join(',');
}

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

const verify = (overrides: Partial<Parameters<typeof verifyTimestampedSignature>[0]> = {}) =>
  verifyTimestampedSignature({ payload: PAYLOAD, header: header(NOW, sign(PAYLOAD)), secret: SECRET, nowSeconds: NOW, ...overrides });

describe('verifyTimestampedSignature', () => {
  it('accepts a valid signature and returns the timestamp', async () => {
    await expect(verify()).resolves.toBe(NOW);
  });

  it('accepts the payload as bytes', async () => {
    await expect(verify({ payload: new TextEncoder().encode(PAYLOAD) })).resolves.toBe(NOW);
  });

  it('accepts an uppercase hex signature', async () => {
    await expect(verify({ header: header(NOW, sign(PAYLOAD).toUpperCase()) })).resolves.toBe(NOW);
  });

  it('rejects a tampered body', async () => {
    expect(await reason(verify({ payload: PAYLOAD.replace('1000', '9000') }))).toBe('no_matching_signature');
  });

  it('rejects re-serialised JSON (whitespace differs)', async () => {
    expect(await reason(verify({ payload: JSON.stringify(JSON.parse(PAYLOAD), null, 2) }))).toBe('no_matching_signature');
  });

  it('rejects the wrong secret', async () => {
    expect(await reason(verify({ secret: 'whsec_other' }))).toBe('no_matching_signature');
  });

  it('rejects a signature for another timestamp', async () => {
    expect(await reason(verify({ header: header(NOW, sign(PAYLOAD, SECRET, NOW - 1)) }))).toBe('no_matching_signature');
  });

  it.each([
    ['past', -301],
    ['future', 301],
  ])('rejects a timestamp too far in the %s', async (_, offset) => {
    const t = NOW + offset;
    expect(await reason(verify({ header: header(t, sign(PAYLOAD, SECRET, t)) }))).toBe('timestamp_out_of_tolerance');
  });

  it.each([-300, 300])('accepts a timestamp exactly at the tolerance (%i s)', async (offset) => {
    const t = NOW + offset;
    await expect(verify({ header: header(t, sign(PAYLOAD, SECRET, t)) })).resolves.toBe(t);
  });

  it('honours a custom tolerance', async () => {
    const t = NOW - 20;
    const h = header(t, sign(PAYLOAD, SECRET, t));
    expect(await reason(verify({ header: h, toleranceSeconds: 10 }))).toBe('timestamp_out_of_tolerance');
    await expect(verify({ header: h, toleranceSeconds: 30 })).resolves.toBe(t);
  });

  it.each([
    ['garbage', 'garbage'],
    ['missing v1', `t=${NOW}`],
    ['missing t', `v1=${'a'.repeat(64)}`],
    ['non-numeric t', `t=abc,v1=${'a'.repeat(64)}`],
    ['empty v1', `t=${NOW},v1=`],
  ])('rejects a malformed header (%s)', async (_, value) => {
    expect(await reason(verify({ header: value }))).toBe('malformed_header');
  });

  it.each([[undefined], [null], [''], ['   ']])('rejects a missing header (%j)', async (value) => {
    expect(await reason(verify({ header: value }))).toBe('missing_header');
  });

  it('accepts when one of several v1 signatures matches (secret rotation)', async () => {
    const h = header(NOW, sign(PAYLOAD, 'whsec_old'), sign(PAYLOAD));
    await expect(verify({ header: h })).resolves.toBe(NOW);
    expect(await reason(verify({ header: header(NOW, sign(PAYLOAD, 'a'), sign(PAYLOAD, 'b')) }))).toBe('no_matching_signature');
  });

  it('accepts when one of several secrets matches', async () => {
    await expect(verify({ secret: ['whsec_new', SECRET] })).resolves.toBe(NOW);
    expect(await reason(verify({ secret: ['whsec_new', 'whsec_other'] }))).toBe('no_matching_signature');
  });

  it('rejects an empty secret list or an empty secret', async () => {
    expect(await reason(verify({ secret: [] }))).toBe('no_matching_signature');
    expect(await reason(verify({ secret: '' }))).toBe('no_matching_signature');
  });

  it('supports custom header keys and signed payload', async () => {
    const signed = createHmac('sha256', SECRET).update(`${PAYLOAD}|${NOW}`).digest('hex');
    await expect(
      verify({ header: `ts=${NOW},sig=${signed}`, keys: { timestamp: 'ts', signature: 'sig' }, signedPayload: (t, p) => `${p}|${t}` }),
    ).resolves.toBe(NOW);
  });

  it('signTimestampedPayload produces what node:crypto computes, and verifies', async () => {
    const h = await signTimestampedPayload({ payload: PAYLOAD, secret: SECRET, timestamp: NOW });
    expect(h).toBe(header(NOW, sign(PAYLOAD)));
    await expect(verify({ header: h })).resolves.toBe(NOW);
  });
});

describe('parseSignatureHeader', () => {
  it('reads the timestamp and every signature, ignoring unknown keys and spaces', () => {
    expect(parseSignatureHeader(`t=${NOW}, v1=aa, v0=zz, v1=bb`)).toEqual({ timestamp: NOW, signatures: ['aa', 'bb'] });
  });
});

describe('timingSafeEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['', '', true],
    ['abc', 'abd', false],
    ['abc', 'ab', false],
    ['ab', 'abc', false],
    ['abc', '', false],
    ['é', 'é', true],
    ['é', 'e', false],
  ])('(%j, %j) = %s', (a, b, expected) => {
    expect(timingSafeEqual(a, b)).toBe(expected);
  });
});

describe('hmacSha256Hex', () => {
  it.each([
    ['secret', 'message'],
    ['k', ''],
    ['k', 'ünïcödé ✓'],
    ['a'.repeat(100), 'x'.repeat(10_000)],
  ])('equals node:crypto for (%j, …)', async (secret, message) => {
    expect(await hmacSha256Hex(secret, message)).toBe(createHmac('sha256', secret).update(message).digest('hex'));
  });

  it('accepts bytes', async () => {
    const key = new Uint8Array([1, 2, 3, 255]);
    const message = new Uint8Array([0, 10, 20]);
    expect(await hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
  });
});
