import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError, parseSignatureHeader, verifyTimestampedSignature } from '../src/index.js';

const SECRET = 'whsec_test_1234';
const NOW = 1_750_000_000;
const PAYLOAD = '{"id":"evt_1","type":"invoice.paid"}';

function sign(payload: string, secret: string, t = NOW): string {
  return createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex');
}

async function failure(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('webhook secrets during rotation', () => {
  it('a rotation list holding an empty secret is refused, even for a signature made with an empty key', async () => {
    const forged = `t=${NOW},v1=${sign(PAYLOAD, '')}`;
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header: forged, secret: ['whsec_new', ''], nowSeconds: NOW }));
    expect(error.reason).toBe('no_matching_signature');
    expect(error.message).toMatch(/No webhook secret was given/);
  });

  it('the old and the new secret both verify while rotating; a third does not', async () => {
    for (const secret of ['whsec_old', 'whsec_new']) {
      const header = `t=${NOW},v1=${sign(PAYLOAD, secret)}`;
      await expect(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: ['whsec_old', 'whsec_new'], nowSeconds: NOW })).resolves.toBe(NOW);
    }
    const other = `t=${NOW},v1=${sign(PAYLOAD, 'whsec_other')}`;
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header: other, secret: ['whsec_old', 'whsec_new'], nowSeconds: NOW }));
    expect(error.message).toMatch(/No webhook signature matches the payload/);
  });
});

describe('webhook timestamps', () => {
  it('toleranceSeconds: 0 turns the timestamp check off: a year-old delivery still verifies', async () => {
    const t = NOW - 365 * 24 * 3600;
    const header = `t=${t},v1=${sign(PAYLOAD, SECRET, t)}`;
    await expect(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, nowSeconds: NOW, toleranceSeconds: 0 })).resolves.toBe(t);
  });

  it('without nowSeconds the real clock is used: a fresh signature verifies, one from an hour ago does not', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verifyTimestampedSignature({ payload: PAYLOAD, header: `t=${now},v1=${sign(PAYLOAD, SECRET, now)}`, secret: SECRET })).resolves.toBe(now);
    const old = now - 3600;
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header: `t=${old},v1=${sign(PAYLOAD, SECRET, old)}`, secret: SECRET }));
    expect(error.reason).toBe('timestamp_out_of_tolerance');
  });

  it('the out-of-tolerance message says how far off the timestamp is and what the tolerance is', async () => {
    const t = NOW - 400;
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header: `t=${t},v1=${sign(PAYLOAD, SECRET, t)}`, secret: SECRET, nowSeconds: NOW }));
    expect(error.message).toContain('400 s away from now, beyond the 300 s tolerance');
  });

  it.each(['12abc', 'abc12', '1.5', '-5', '1e9', ''])('a timestamp that is not whole seconds (t=%s) makes the header malformed', async (t) => {
    const header = `t=${t},v1=${sign(PAYLOAD, SECRET)}`;
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, nowSeconds: NOW, toleranceSeconds: 0 }));
    expect(error.reason).toBe('malformed_header');
    expect(error.message).toContain('expected "t=<unix seconds>,v1=<hex signature>"');
  });

  it('the malformed-header message names custom keys', () => {
    expect(() => parseSignatureHeader('x=1', { timestamp: 'ts', signature: 'sig' })).toThrow('expected "ts=<unix seconds>,sig=<hex signature>"');
  });

  it('a missing header says to pass the raw header value', () => {
    expect(() => parseSignatureHeader(undefined)).toThrow(/signature header is missing/);
  });
});

describe('webhook header parsing', () => {
  it('pairs without a key, or without "=", are skipped; the rest still verifies', async () => {
    const header = `=junk,novalue,t=${NOW},v1=${sign(PAYLOAD, SECRET)}`;
    await expect(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, nowSeconds: NOW })).resolves.toBe(NOW);
  });

  it('a signature value may itself contain "=" (base64-like): everything after the first "=" is the value', () => {
    expect(parseSignatureHeader(`t=${NOW},v1=ab==`)).toEqual({ timestamp: NOW, signatures: ['ab=='] });
  });

  it('the default keys are t and v1: v0 signatures are not checked', async () => {
    const header = `t=${NOW},v0=${sign(PAYLOAD, SECRET)}`;
    expect((await failure(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, nowSeconds: NOW }))).reason).toBe('malformed_header');
  });

  it('bytes are verified as the UTF-8 text they encode', async () => {
    const text = '{"name":"Café"}';
    const header = `t=${NOW},v1=${sign(text, SECRET)}`;
    await expect(verifyTimestampedSignature({ payload: new TextEncoder().encode(text), header, secret: SECRET, nowSeconds: NOW })).resolves.toBe(NOW);
  });
});

describe('webhook header details', () => {
  it('spaces around keys and values are ignored', async () => {
    const header = ` t = ${NOW} ,  v1 =  ${sign(PAYLOAD, SECRET)} `;
    await expect(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, nowSeconds: NOW })).resolves.toBe(NOW);
  });

  it('a numeric value under another key (v0=5) does not replace the timestamp', async () => {
    const header = `t=${NOW},v0=5,v1=${sign(PAYLOAD, SECRET)}`;
    await expect(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, nowSeconds: NOW })).resolves.toBe(NOW);
  });

  it('a part without "=" is ignored, even one that starts like the signature key', async () => {
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header: `t=${NOW},v1f`, secret: SECRET, nowSeconds: NOW }));
    expect(error.reason).toBe('malformed_header');
  });

  it('an empty list of secrets says no secret was given', async () => {
    const header = `t=${NOW},v1=${sign(PAYLOAD, SECRET)}`;
    const error = await failure(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: [], nowSeconds: NOW }));
    expect(error.message).toBe('No webhook secret was given. Pass the subscription secret.');
  });

  it('signTimestampedPayload signs with the current time by default', async () => {
    const { signTimestampedPayload } = await import('../src/index.js');
    const header = await signTimestampedPayload({ payload: PAYLOAD, secret: SECRET });
    const now = Math.floor(Date.now() / 1000);
    const { timestamp } = parseSignatureHeader(header);
    expect(Math.abs(timestamp - now)).toBeLessThanOrEqual(1);
    await expect(verifyTimestampedSignature({ payload: PAYLOAD, header, secret: SECRET, toleranceSeconds: 5 })).resolves.toBe(timestamp);
  });
});
