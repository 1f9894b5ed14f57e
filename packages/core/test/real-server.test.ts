import { afterEach, describe, expect, it } from 'vitest';
import { APIConnectionError, APITimeoutError, HttpClient } from '../src/index.js';
import { closedPort, startRealServer, testProfile, type RealServer } from './helpers/client.js';

// No msw in this file: every request goes through the real network stack to a node:http server on 127.0.0.1.

let server: RealServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(url: string, options: Partial<ConstructorParameters<typeof HttpClient>[1]> = {}) {
  return new HttpClient({ ...testProfile, idempotencyHeader: 'idempotency-key' }, { baseUrl: url, maxRetries: 1, timeout: 2_000, ...options });
}

const json = (res: import('node:http').ServerResponse, body: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('connection reset before the response', () => {
  it('a GET is retried and succeeds on the second attempt', async () => {
    server = await startRealServer((req, res, n) => (n === 1 ? req.socket.destroy() : json(res, { attempt: n })));
    await expect(client(server.url).request({ method: 'GET', path: '/x' })).resolves.toEqual({ attempt: 2 });
    expect(server.count).toBe(2);
  });

  it('a POST without an idempotency key is not retried', async () => {
    server = await startRealServer((req, res, n) => (n === 1 ? req.socket.destroy() : json(res, { attempt: n })));
    const error = await client(server.url)
      .request({ method: 'POST', path: '/x', body: { a: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain('POST /x');
    expect(server.count).toBe(1);
    expect(server.bodies).toEqual(['{"a":1}']);
  });

  it('a POST with an idempotency key is retried with the same key', async () => {
    const keys: (string | undefined)[] = [];
    server = await startRealServer((req, res, n) => {
      keys.push(req.headers['idempotency-key'] as string | undefined);
      return n === 1 ? req.socket.destroy() : json(res, { attempt: n });
    });
    await expect(client(server.url).request({ method: 'POST', path: '/x', body: { a: 1 } }, { idempotencyKey: 'k-1' })).resolves.toEqual({ attempt: 2 });
    expect(keys).toEqual(['k-1', 'k-1']);
  });
});

describe('timeouts', () => {
  it('a slow response beyond the per-attempt timeout is retried for a GET', async () => {
    server = await startRealServer((_req, res, n) => {
      if (n === 1) setTimeout(() => json(res, { late: true }), 5_000);
      else json(res, { attempt: n });
    });
    // A generous timeout: the retry must succeed even on a loaded machine; only the first answer is late.
    await expect(client(server.url, { timeout: 1_000 }).request({ method: 'GET', path: '/x' })).resolves.toEqual({ attempt: 2 });
    expect(server.count).toBe(2);
  });

  it('a GET that is always slow ends in APITimeoutError after maxRetries', async () => {
    // The answer comes long after the timeout, and the timeout leaves a loaded machine time to deliver each attempt.
    server = await startRealServer((_req, res) => setTimeout(() => json(res, {}), 5_000));
    const error = await client(server.url, { timeout: 400 })
      .request({ method: 'GET', path: '/x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as APITimeoutError).timeoutMs).toBe(400);
    expect(server.count).toBe(2);
  });

  it('a POST without an idempotency key that times out after sending is not retried', async () => {
    server = await startRealServer((_req, res) => setTimeout(() => json(res, {}), 1_000));
    const error = await client(server.url, { timeout: 80, maxRetries: 3 })
      .request({ method: 'POST', path: '/payments', body: { amount: 100 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(server.count).toBe(1);
    expect(server.bodies).toEqual(['{"amount":100}']);
  });

  it('a stall in the middle of the body is an APITimeoutError', async () => {
    server = await startRealServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '40' });
      res.write('{"items":[1,2,3,');
      // ...and never the rest
    });
    const error = await client(server.url, { timeout: 150, maxRetries: 0 })
      .request({ method: 'GET', path: '/x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/reading the response body/);
    expect(server.count).toBe(1);
  });

  it('totalTimeout bounds the call across retries and waits', async () => {
    server = await startRealServer((_req, res) => setTimeout(() => json(res, {}), 2_000));
    const error = await client(server.url, { timeout: 100, totalTimeout: 300, maxRetries: 5 })
      .request({ method: 'GET', path: '/x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as APITimeoutError).timeoutMs).toBe(300);
    expect((error as Error).message).toMatch(/total timeout/i);
    expect(server.count).toBeGreaterThanOrEqual(1);
    expect(server.count).toBeLessThanOrEqual(2);
  });
});

describe('broken and refused connections', () => {
  it('a reset in the middle of the body is an APIConnectionError', async () => {
    server = await startRealServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '40' });
      res.write('{"items":[1,2,3,');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const error = await client(server.url, { maxRetries: 0 })
      .request({ method: 'GET', path: '/x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toMatch(/connection broke while reading/);
  });

  it('a refused connection is an APIConnectionError with code ECONNREFUSED', async () => {
    const port = await closedPort();
    const error = await client(`http://127.0.0.1:${port}`, { maxRetries: 0 })
      .request({ method: 'GET', path: '/x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).code).toBe('ECONNREFUSED');
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('a refused POST says nothing was sent; a reset after sending says the server may have acted', async () => {
    const port = await closedPort();
    const e1 = (await client(`http://127.0.0.1:${port}`, { maxRetries: 0 }).request({ method: 'POST', path: '/e', body: {} }).catch((e: unknown) => e)) as Error;
    expect(e1).toBeInstanceOf(APIConnectionError);
    expect(e1.message).toMatch(/could not reach the server.*nothing was sent/);

    server = await startRealServer((req) => req.socket.destroy());
    const e2 = (await client(server.url, { maxRetries: 0 }).request({ method: 'POST', path: '/e', body: {} }).catch((e: unknown) => e)) as Error;
    expect(e2).toBeInstanceOf(APIConnectionError);
    expect(e2.message).toMatch(/broke after the request was sent.*may have acted on it: check before sending it again/);
    expect(e2.message).not.toMatch(/could not reach/);
    expect(server.count).toBe(1);
  });

  it('binary bodies stream from a real server', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    server = await startRealServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(bytes.length) });
      res.end(bytes);
    });
    const body = await client(server.url).request<import('../src/index.js').BinaryBody>({ method: 'GET', path: '/f', responseType: 'binary' });
    let total = 0;
    for await (const chunk of body.stream()) total += chunk.length;
    expect(total).toBe(bytes.length);
  });
});
