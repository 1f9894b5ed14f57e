import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

function record(base: string, method: 'get' | 'post' = 'get', status = 200) {
  const seen: Headers[] = [];
  server.use(
    http[method](`${base}/h`, ({ request }) => {
      seen.push(request.headers);
      return status === 200 ? HttpResponse.json({}) : HttpResponse.json({ error: { message: 'busy' } }, { status, headers: { 'retry-after-ms': '0' } });
    }),
  );
  return seen;
}

describe('version header', () => {
  it('uses the profile name and default', async () => {
    const client = makeClient({}, { versionHeader: { name: 'X-Vendor-Version', defaultValue: '2024-05-25' } });
    const seen = record(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h' });
    expect(seen[0]!.get('x-vendor-version')).toBe('2024-05-25');
  });

  it('is overridden per client and per request', async () => {
    const client = makeClient({ apiVersion: '2025-01-01' }, { versionHeader: { name: 'X-Vendor-Version', defaultValue: '2024-05-25' } });
    const seen = record(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h' });
    await client.request({ method: 'GET', path: '/h' }, { apiVersion: '2026-06-06' });
    expect(seen.map((h) => h.get('x-vendor-version'))).toEqual(['2025-01-01', '2026-06-06']);
  });

  it('is absent when the profile has no version header', async () => {
    const client = makeClient({}, { versionHeader: undefined });
    const seen = record(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h' });
    expect(seen[0]!.has('x-test-version')).toBe(false);
  });
});

describe('User-Agent and defaults', () => {
  it('names the SDK package and version and @x/core', async () => {
    const client = makeClient({}, { packageName: '@x/acme', packageVersion: '3.2.1' });
    const seen = record(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h' });
    const ua = seen[0]!.get('user-agent') ?? '';
    expect(ua).toContain('@x/acme/3.2.1');
    expect(ua).toMatch(/@x\/core\/\d+\.\d+\.\d+/);
    expect(ua).toMatch(/node\/\d+/);
    expect(seen[0]!.get('accept')).toBe('application/json');
  });

  it('sends content-type application/json with a JSON body', async () => {
    const client = makeClient();
    const seen = record(client.options.baseUrl, 'post');
    await client.request({ method: 'POST', path: '/h', body: { a: 1 } });
    expect(seen[0]!.get('content-type')).toBe('application/json');
  });

  it('spec headers of an operation override client headers', async () => {
    const client = makeClient({ headers: { 'x-op': 'client' } });
    const seen = record(client.options.baseUrl);
    await client.request({ method: 'GET', path: '/h', headers: { 'x-op': 'operation' } });
    expect(seen[0]!.get('x-op')).toBe('operation');
  });
});

describe('idempotency key header', () => {
  it('is sent under the profile header name and is identical on every retry', async () => {
    const client = makeClient({ maxRetries: 2 }, { idempotencyHeader: 'Idempotency-Key' });
    const seen = record(client.options.baseUrl, 'post', 503);
    await expect(client.request({ method: 'POST', path: '/h', body: { a: 1 } }, { idempotencyKey: 'key-123' })).rejects.toThrow(/503/);
    expect(seen).toHaveLength(3);
    expect(seen.map((h) => h.get('idempotency-key'))).toEqual(['key-123', 'key-123', 'key-123']);
  });

  it('is not sent without a key', async () => {
    const client = makeClient({}, { idempotencyHeader: 'Idempotency-Key' });
    const seen = record(client.options.baseUrl, 'post');
    await client.request({ method: 'POST', path: '/h', body: {} });
    expect(seen[0]!.has('idempotency-key')).toBe(false);
  });
});
