// Absence is not leniency, request ids ride on results, and error messages are
// truthful and bounded.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { InternalServerError, ResponseValidationError, requestIdOf } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();
const entity = z.looseObject({ id: z.string() });

describe('a missing body where the API promises one', () => {
  it.each([
    ['an empty 201', () => new HttpResponse(null, { status: 201, headers: { 'x-request-id': 'req-1' } })],
    ['a 204', () => new HttpResponse(null, { status: 204, headers: { 'x-request-id': 'req-1' } })],
    ['JSON null', () => HttpResponse.json(null, { status: 200, headers: { 'x-request-id': 'req-1' } })],
  ])('%s is a ResponseValidationError with status and request id, in lenient mode too', async (_label, answer) => {
    const client = makeClient();
    server.use(http.post(`${client.options.baseUrl}/entities`, answer));
    const error = (await client.request({ method: 'POST', path: '/entities', body: {}, responseSchema: entity }).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/returned (no body|null) \(status 20[014]\)/);
    expect(error.message).toContain('req-1');
    expect(error.requestId).toBe('req-1');
    expect(error.message).not.toMatch(/lenient/);
  });

  it('a schema that allows null accepts null', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/maybe`, () => HttpResponse.json(null)));
    await expect(client.request({ method: 'GET', path: '/maybe', responseSchema: z.nullable(entity) })).resolves.toBeNull();
  });

  it("validation: 'off' skips the check, as documented", async () => {
    const client = makeClient({ validation: 'off' });
    server.use(http.get(`${client.options.baseUrl}/e`, () => new HttpResponse(null, { status: 200 })));
    await expect(client.request({ method: 'GET', path: '/e', responseSchema: entity })).resolves.toBeUndefined();
  });

  it("only strict-mode schema mismatches suggest validation: 'lenient'", async () => {
    const client = makeClient({ validation: 'strict' });
    server.use(http.get(`${client.options.baseUrl}/e`, () => HttpResponse.json({ id: 5 })));
    await expect(client.request({ method: 'GET', path: '/e', responseSchema: entity })).rejects.toThrow(/Use validation: 'lenient'/);
  });
});

describe('request ids on results', () => {
  it('every object a call resolves to carries _request_id, not enumerable, not serialised', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/e`, () => HttpResponse.json({ id: 'e1' }, { headers: { 'x-request-id': 'req-42' } })));
    const result = await client.request<{ id: string; _request_id?: string }>({ method: 'GET', path: '/e', responseSchema: entity });
    expect(result._request_id).toBe('req-42');
    expect(requestIdOf(result)).toBe('req-42');
    expect(Object.keys(result)).toEqual(['id']);
    expect(JSON.stringify(result)).toBe('{"id":"e1"}');
    expect({ ...result }).toEqual({ id: 'e1' });
    const { data, requestId } = await client.request({ method: 'GET', path: '/e' }).withResponse();
    expect(requestId).toBe('req-42');
    expect(requestIdOf(data)).toBe('req-42');
  });

  it('arrays carry it too; primitives cannot', async () => {
    const client = makeClient();
    server.use(
      http.get(`${client.options.baseUrl}/list`, () => HttpResponse.json([1, 2], { headers: { 'x-request-id': 'req-7' } })),
      http.get(`${client.options.baseUrl}/n`, () => HttpResponse.json(3, { headers: { 'x-request-id': 'req-8' } })),
    );
    expect(requestIdOf(await client.request({ method: 'GET', path: '/list' }))).toBe('req-7');
    expect(await client.request({ method: 'GET', path: '/n' })).toBe(3);
  });
});

describe('bounded, truthful messages', () => {
  it('a 20 MB vendor message is cut in error.message; the body keeps it whole', async () => {
    const client = makeClient();
    const huge = 'x'.repeat(20 * 1024 * 1024);
    server.use(http.get(`${client.options.baseUrl}/e`, () => HttpResponse.json({ message: huge }, { status: 400 })));
    const error = (await client.request({ method: 'GET', path: '/e' }).catch((e: unknown) => e)) as Error & { body: { message: string } };
    expect(error.message.length).toBeLessThan(2000);
    expect(error.message).toMatch(/more characters in error.body/);
    expect(error.body.message).toHaveLength(huge.length);
  });

  it('a 5xx on a POST says the server may have acted', async () => {
    const client = makeClient();
    server.use(http.post(`${client.options.baseUrl}/e`, () => HttpResponse.json({ message: 'boom' }, { status: 502 })));
    const error = await client.request({ method: 'POST', path: '/e', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(/possibly after acting on the request: check before sending it again/);
  });

});
