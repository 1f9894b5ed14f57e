// VendorProfile hooks for vendors whose APIs bend HTTP conventions: an error code in the body
// (extractErrorCode → APIError.vendorCode), an error reported with a 2xx status (isErrorBody), and a
// narrower set of methods retried after ambiguous failures (idempotentMethods).
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { APIError, BadRequestError, brandClass, InternalServerError, ResponseValidationError } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';
import * as z from 'zod/mini';

const server = useMswServer();

describe('extractErrorCode', () => {
  it('puts the vendor code on the error, scrubbed of secrets; absent without the hook', async () => {
    const body = { operation: 'checkout', error: { errorCode: 'INVALID_OFFERINGS', details: 'Offering offr_1 is not active' } };
    const withCode = makeClient({}, { extractErrorCode: (b) => (b as typeof body).error.errorCode });
    server.use(http.post(`${withCode.options.baseUrl}/c`, () => HttpResponse.json(body, { status: 400 })));
    const error = await withCode.request({ method: 'POST', path: '/c', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ vendorCode: 'INVALID_OFFERINGS', status: 400 });
    expect((error as APIError).toJSON()).toMatchObject({ vendorCode: 'INVALID_OFFERINGS' });

    const without = makeClient();
    server.use(http.post(`${without.options.baseUrl}/c`, () => HttpResponse.json(body, { status: 400 })));
    expect(await without.request({ method: 'POST', path: '/c', body: {} }).catch((e: unknown) => (e as APIError).vendorCode)).toBeUndefined();
  });
});

describe('isErrorBody', () => {
  const isError = (b: unknown) => typeof b === 'object' && b !== null && (b as { error?: unknown }).error === true;

  it('throws an APIError with the 2xx status, redacted, not retried and not validated', async () => {
    const client = makeClient({ maxRetries: 3 }, { isErrorBody: isError, extractErrorMessage: (b) => (b as { message?: string }).message });
    let calls = 0;
    server.use(
      http.get(`${client.options.baseUrl}/s`, () => {
        calls++;
        return HttpResponse.json({ error: true, message: 'Payment declined', sessionId: 'cart_1', password: 'hunter2' });
      }),
    );
    const error = await client.request({ method: 'GET', path: '/s', responseSchema: z.object({ id: z.string() }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).not.toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ status: 200, vendorMessage: 'Payment declined', body: { error: true, sessionId: 'cart_1', password: '[REDACTED]' } });
    expect((error as Error).message).toMatch(/^Test API returned 200 for GET \/s: Payment declined/);
    expect(calls).toBe(1);
  });

  it('leaves other success bodies alone', async () => {
    const client = makeClient({}, { isErrorBody: isError });
    server.use(http.get(`${client.options.baseUrl}/s`, () => HttpResponse.json({ error: false, id: 'x' })));
    expect(await client.request({ method: 'GET', path: '/s' })).toEqual({ error: false, id: 'x' });
  });
});

describe('idempotentMethods', () => {
  const counting = (method: 'get' | 'put' | 'post', status: number, headers: Record<string, string> = {}) => {
    const client = makeClient({ maxRetries: 2 }, { idempotentMethods: ['GET', 'HEAD', 'OPTIONS'] });
    const seen = { calls: 0 };
    server.use(
      http[method](`${client.options.baseUrl}/r`, () => {
        seen.calls++;
        return HttpResponse.json({ status, message: 'no' }, { status, headers });
      }),
    );
    return { client, seen };
  };

  it('retries reads on 5xx but not a PUT, which core retries by default', async () => {
    const read = counting('get', 503);
    await expect(read.client.request({ method: 'GET', path: '/r' })).rejects.toThrow(InternalServerError);
    expect(read.seen.calls).toBe(3);
    const write = counting('put', 503);
    await expect(write.client.request({ method: 'PUT', path: '/r', body: {} })).rejects.toThrow(InternalServerError);
    expect(write.seen.calls).toBe(1);
  });

  it('still retries every method on a 429 after Retry-After', async () => {
    const write = counting('put', 429, { 'retry-after': '0' });
    await expect(write.client.request({ method: 'PUT', path: '/r', body: {} })).rejects.toThrow(/429/);
    expect(write.seen.calls).toBe(3);
  });

  it('keeps the default (PUT retried on 5xx) for vendors that do not set it', async () => {
    const client = makeClient({ maxRetries: 1 });
    let calls = 0;
    server.use(
      http.put(`${client.options.baseUrl}/r`, () => {
        calls++;
        return HttpResponse.json({}, { status: 502 });
      }),
    );
    await expect(client.request({ method: 'PUT', path: '/r', body: {} })).rejects.toThrow(InternalServerError);
    expect(calls).toBe(2);
  });
});

describe('brandClass', () => {
  it('is exported, so vendor packages brand their own error classes for instanceof across copies', () => {
    class VendorError extends Error {}
    brandClass(VendorError, 'test/VendorError');
    const foreign = Object.assign(Object.create(null) as object, { [Symbol.for('@x/core/test/VendorError')]: true });
    expect(foreign instanceof VendorError).toBe(true);
    expect(new Error('x') instanceof VendorError).toBe(false);
  });
});
