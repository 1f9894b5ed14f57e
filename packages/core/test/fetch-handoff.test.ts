// Headers and the attempt's signal reach fetch without going through ky's option merging
// (http-client #send): a user's fetch gets one complete Request, the global fetch gets them as init.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APITimeoutError, bearerToken } from '../src/index.js';
import { makeClient } from './helpers/client.js';

afterEach(() => vi.unstubAllGlobals());

describe('a user-supplied fetch', () => {
  it('receives one Request carrying every header and the body, and no init', async () => {
    const calls: { input: unknown; init: unknown }[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ input, init });
      return Response.json({ ok: true });
    });
    const client = makeClient({ fetch: fetch as typeof globalThis.fetch, auth: bearerToken('tok-1'), headers: { 'x-extra': 'yes' } });
    await client.request({ method: 'POST', path: '/things', body: { a: 1 } });
    const request = calls[0]!.input as Request;
    expect(request).toBeInstanceOf(Request);
    expect(calls[0]!.init).toBeUndefined();
    expect(request.method).toBe('POST');
    expect(request.headers.get('authorization')).toBe('Bearer tok-1');
    expect(request.headers.get('x-extra')).toBe('yes');
    expect(request.headers.get('x-test-version')).toBe('2024-01-01');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('user-agent')).toMatch(/^@x\/test-sdk\/9\.8\.7 @x\/core\//);
    expect(await request.text()).toBe('{"a":1}');
  });

  it('sees the per-attempt timeout on the Request signal', async () => {
    const fetch = (input: RequestInfo | URL) =>
      new Promise<Response>((_, reject) => (input as Request).signal.addEventListener('abort', () => reject((input as Request).signal.reason)));
    const client = makeClient({ fetch: fetch as typeof globalThis.fetch, timeout: 30 });
    await expect(client.request({ method: 'GET', path: '/slow' })).rejects.toBeInstanceOf(APITimeoutError);
  });
});

describe('the global fetch', () => {
  it('gets headers and signal as init, looked up at call time', async () => {
    const seen: { init: RequestInit | undefined }[] = [];
    const client = makeClient({ auth: bearerToken('tok-2') });
    vi.stubGlobal('fetch', async (_input: RequestInfo | URL, init?: RequestInit) => (seen.push({ init }), Response.json({ ok: true })));
    await expect(client.request({ method: 'GET', path: '/x' })).resolves.toEqual({ ok: true });
    const headers = new Headers(seen[0]!.init!.headers);
    expect(headers.get('authorization')).toBe('Bearer tok-2');
    expect(headers.get('accept')).toBe('application/json');
    expect(seen[0]!.init!.signal).toBeInstanceOf(AbortSignal);
  });
});
