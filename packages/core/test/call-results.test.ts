// What a call hands back (APIPromise, BinaryBody, request ids) and which log
// lines reach the user's logger at each level.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { APIPromise, BinaryBody, LevelLogger, requestIdOf } from '../src/index.js';
import { captureLogger, makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

describe('LevelLogger', () => {
  const levels = ['error', 'warn', 'info', 'debug'] as const;

  it.each([
    ['off', []],
    ['error', ['error']],
    ['warn', ['error', 'warn']],
    ['info', ['error', 'warn', 'info']],
    ['debug', ['error', 'warn', 'info', 'debug']],
  ] as const)('at %s, each line goes to the same-named method, and only lines at or above the level', (level, expected) => {
    const { logger, lines } = captureLogger();
    const log = new LevelLogger(logger, level);
    for (const l of levels) log[l](`${l} line`, { l });
    expect(lines).toEqual(expected.map((l) => ({ level: l, message: `${l} line`, fields: { l } })));
    expect(levels.filter((l) => log.enabled(l))).toEqual(expected);
  });

  it('without a sink nothing is enabled and nothing is called', () => {
    const log = new LevelLogger(undefined, 'debug');
    expect(levels.some((l) => log.enabled(l))).toBe(false);
    for (const l of levels) expect(() => log[l]('x')).not.toThrow();
  });
});

describe('APIPromise', () => {
  const result = <T>(data: T) => Promise.resolve({ data, response: new Response(null, { status: 201 }), requestId: 'req-1' });

  it('awaits to the data; withResponse() and asResponse() give the rest of the same result', async () => {
    const promise = new APIPromise(result({ id: 1 }));
    expect(await promise).toEqual({ id: 1 });
    expect(await promise.withResponse()).toMatchObject({ data: { id: 1 }, requestId: 'req-1' });
    expect((await promise.asResponse()).status).toBe(201);
    expect(Object.prototype.toString.call(promise)).toBe('[object APIPromise]');
  });

  it('catch and finally behave like a promise', async () => {
    const failing = new APIPromise<never>(Promise.reject(new Error('boom')));
    expect(await failing.catch((e: unknown) => (e as Error).message)).toBe('boom');
    let finished = false;
    await new APIPromise(result(1)).finally(() => {
      finished = true;
    });
    expect(finished).toBe(true);
    await expect(new APIPromise<never>(Promise.reject(new Error('x'))).finally(() => undefined)).rejects.toThrow('x');
  });

  it('then without handlers passes the value through', async () => {
    expect(await new APIPromise(result('v')).then()).toBe('v');
  });

  it('requestIdOf is undefined for primitives, null, and objects without one', () => {
    expect(requestIdOf(null)).toBeUndefined();
    expect(requestIdOf('text')).toBeUndefined();
    expect(requestIdOf({})).toBeUndefined();
  });

  it('the request id on a result can be overwritten or deleted by the user', async () => {
    const client = makeClient({ validation: 'off' });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({ a: 1 }, { headers: { 'x-request-id': 'req-9' } })));
    const result = await client.request<{ a: number }>({ method: 'GET', path: '/x' });
    expect(requestIdOf(result)).toBe('req-9');
    (result as { _request_id?: string })._request_id = 'mine';
    expect(requestIdOf(result)).toBe('mine');
    delete (result as { _request_id?: string })._request_id;
    expect(requestIdOf(result)).toBeUndefined();
  });
});

describe('BinaryBody', () => {
  it('reports the content type, or undefined when the server sent none', () => {
    expect(new BinaryBody(new Response('x', { headers: { 'content-type': 'application/pdf' } })).contentType).toBe('application/pdf');
    const none = new Response(new Uint8Array([1]));
    none.headers.delete('content-type');
    expect(new BinaryBody(none).contentType).toBeUndefined();
  });

  it('a response without a body streams as empty', async () => {
    const body = new BinaryBody(new Response(null, { status: 200 }));
    const reader = body.stream().getReader();
    expect((await reader.read()).done).toBe(true);
  });

  it('a binary call with a body: blob, arrayBuffer and stream give the bytes', async () => {
    const bytes = () => new BinaryBody(new Response(new Uint8Array([1, 2, 3])));
    expect(new Uint8Array(await bytes().arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await bytes().blob()).size).toBe(3);
    const chunk = await bytes().stream().getReader().read();
    expect(Array.from(chunk.value!)).toEqual([1, 2, 3]);
  });
});
