// MonetizeNow's error bodies read one by one (parseMonetizeNowErrorBody, extractMonetizeNowMessage): which shape
// each is, what is kept, and what the one-line message says. The wire tests (errors.test.ts) show them on errors.
import { describe, expect, it } from 'vitest';
import { extractMonetizeNowMessage, parseMonetizeNowErrorBody } from '../src/index.js';

const empty = { code: undefined, message: undefined, operation: undefined, context: undefined, subErrors: [], sessionId: undefined };

describe('parseMonetizeNowErrorBody', () => {
  it('reads the billing API body {status: number, message}, with details as a fallback message', () => {
    expect(parseMonetizeNowErrorBody({ status: 404, message: 'Account acct_1 not found' })).toEqual({ ...empty, kind: 'billing', message: 'Account acct_1 not found' });
    expect(parseMonetizeNowErrorBody({ status: 400, details: 'startDate is after endDate' })).toEqual({ ...empty, kind: 'billing', message: 'startDate is after endDate' });
    expect(parseMonetizeNowErrorBody({ status: 500, message: '   ', details: 'Internal error' })?.message).toBe('Internal error');
    // A billing body without any message is still recognised, so its status is not mistaken for something else.
    expect(parseMonetizeNowErrorBody({ status: 503 })).toEqual({ ...empty, kind: 'billing' });
  });

  it('reads the usage service body {status: "400 BAD_REQUEST", message}, the reason as code', () => {
    expect(parseMonetizeNowErrorBody({ status: '400 BAD_REQUEST', message: 'timestamp is required' })).toEqual({ ...empty, kind: 'usage', code: 'BAD_REQUEST', message: 'timestamp is required' });
    expect(parseMonetizeNowErrorBody({ status: ' 404  NOT_FOUND ', message: 'no such event' })).toMatchObject({ kind: 'usage', code: 'NOT_FOUND' });
    expect(parseMonetizeNowErrorBody({ status: '429 TOO_MANY_REQUESTS' })).toMatchObject({ kind: 'usage', code: 'TOO_MANY_REQUESTS', message: undefined });
  });

  it('does not take any status text for a usage reason', () => {
    for (const status of ['BAD_REQUEST', '400', '400 bad request', 'x400 BAD_REQUEST', '400 BAD_REQUEST!', '4000 BAD_REQUEST', '40 BAD_REQUEST']) {
      expect(parseMonetizeNowErrorBody({ status, message: 'nope' }), status).toEqual({ ...empty, kind: 'other', message: 'nope' });
    }
  });

  it('reads the self-service body {operation, error: {errorCode, details | message, context}}', () => {
    const body = { operation: 'provisionContract', error: { errorCode: 'INVALID_OFFERINGS', details: 'Offering offr_1 is not active', message: 'ignored', context: { offeringId: 'offr_1' } } };
    expect(parseMonetizeNowErrorBody(body)).toEqual({
      ...empty,
      kind: 'self-service',
      code: 'INVALID_OFFERINGS',
      message: 'Offering offr_1 is not active',
      operation: 'provisionContract',
      context: { offeringId: 'offr_1' },
    });
    expect(parseMonetizeNowErrorBody({ error: { errorCode: 'UNCONFIGURED_CURRENCY', details: '', message: 'JPY is not configured' } })).toEqual({
      ...empty,
      kind: 'self-service',
      code: 'UNCONFIGURED_CURRENCY',
      message: 'JPY is not configured',
    });
    // A context that is not an object, an operation that is not text: left out rather than passed on as they are.
    expect(parseMonetizeNowErrorBody({ operation: 7, error: { errorCode: 5, context: ['offr_1'] } })).toEqual({ ...empty, kind: 'self-service' });
  });

  it('reads the Sign-Up body {sessionId, error: true, message}', () => {
    expect(parseMonetizeNowErrorBody({ sessionId: 'cart_1', error: true, message: 'Rate is not available' })).toEqual({ ...empty, kind: 'sign-up', sessionId: 'cart_1', message: 'Rate is not available' });
    expect(parseMonetizeNowErrorBody({ sessionId: '', error: true, message: 'Invalid offering' })).toEqual({ ...empty, kind: 'sign-up', message: 'Invalid offering' });
    // `error: false` is a successful step, not an error body.
    expect(parseMonetizeNowErrorBody({ sessionId: 'cart_1', error: false, action: 'ESTIMATE' })).toBeUndefined();
  });

  it('keeps field errors (subErrors) with whatever field and message they have', () => {
    const parsed = parseMonetizeNowErrorBody({
      status: 400,
      message: 'Validation failed',
      subErrors: [{ field: 'name', message: 'must not be blank' }, { field: 'email' }, { message: 'one offering is required' }, { field: '', message: 3 }, 'junk', null, ['x']],
    });
    // Strict: a missing field or message is left out, not set to undefined.
    expect(parsed?.subErrors).toStrictEqual([{ field: 'name', message: 'must not be blank' }, { field: 'email' }, { message: 'one offering is required' }, {}]);
    expect(parseMonetizeNowErrorBody({ sessionId: 'cart_1', error: true, subErrors: [{ field: 'quote' }] })?.subErrors).toEqual([{ field: 'quote' }]);
    expect(parseMonetizeNowErrorBody({ error: { errorCode: 'X' }, subErrors: [{ field: 'quote' }] })?.subErrors).toEqual([{ field: 'quote' }]);
    expect(parseMonetizeNowErrorBody({ status: '400 BAD_REQUEST', subErrors: [{ field: 'timestamp' }] })?.subErrors).toEqual([{ field: 'timestamp' }]);
    expect(parseMonetizeNowErrorBody({ status: 400, subErrors: 'name' })?.subErrors).toEqual([]);
  });

  it('reads other bodies that carry a readable message, and nothing from those that do not', () => {
    expect(parseMonetizeNowErrorBody({ details: 'Quote quot_1 is locked' })).toEqual({ ...empty, kind: 'other', message: 'Quote quot_1 is locked' });
    expect(parseMonetizeNowErrorBody({ message: 'Forbidden' })).toEqual({ ...empty, kind: 'other', message: 'Forbidden' });
    expect(parseMonetizeNowErrorBody({ error: 'Unauthorized' })).toEqual({ ...empty, kind: 'other', message: 'Unauthorized' });
    expect(parseMonetizeNowErrorBody({ subErrors: [{ field: 'id', message: 'unknown' }] })).toEqual({ ...empty, kind: 'other', subErrors: [{ field: 'id', message: 'unknown' }] });
    expect(parseMonetizeNowErrorBody('<html>Bad gateway</html>')).toEqual({ ...empty, kind: 'other', message: '<html>Bad gateway</html>' });
    for (const body of [undefined, null, '', '   ', 42, [], ['a'], {}, { whatever: true }, { details: '  ' }, { status: 'BAD' }]) {
      expect(parseMonetizeNowErrorBody(body), JSON.stringify(body)).toBeUndefined();
    }
  });
});

describe('extractMonetizeNowMessage', () => {
  it('puts a self-service code before the message, but not the usage reason that restates the status', () => {
    expect(extractMonetizeNowMessage({ error: { errorCode: 'INVALID_OFFERINGS', details: 'Offering offr_1 is not active' } })).toBe('INVALID_OFFERINGS: Offering offr_1 is not active');
    expect(extractMonetizeNowMessage({ error: { errorCode: 'INVALID_OFFERINGS' } })).toBe('INVALID_OFFERINGS');
    expect(extractMonetizeNowMessage({ status: '400 BAD_REQUEST', message: 'timestamp is required' })).toBe('timestamp is required');
    expect(extractMonetizeNowMessage({ status: '400 BAD_REQUEST' })).toBeUndefined();
  });

  it('lists the field errors after the message, each as field: reason', () => {
    const subErrors = [{ field: 'name', message: 'must not be blank' }, { field: 'email' }, { message: 'one offering is required' }, {}];
    expect(extractMonetizeNowMessage({ status: 400, message: 'Validation failed', subErrors })).toBe('Validation failed: name: must not be blank; email; one offering is required');
    expect(extractMonetizeNowMessage({ status: 400, subErrors })).toBe('name: must not be blank; email; one offering is required');
    expect(extractMonetizeNowMessage({ status: 400, subErrors: [{}] })).toBeUndefined();
  });

  it('cuts a long message at 1,000 characters', () => {
    const message = 'x'.repeat(1500);
    expect(extractMonetizeNowMessage({ status: 500, message })).toBe('x'.repeat(1000));
    expect(extractMonetizeNowMessage({ status: 500, message: 'y'.repeat(1000) })).toBe('y'.repeat(1000));
  });

  it('says nothing for a body without a message', () => {
    expect(extractMonetizeNowMessage(null)).toBeUndefined();
    expect(extractMonetizeNowMessage({ status: 502 })).toBeUndefined();
  });
});
