// What a connection failure tells the user, decided from the runtime's error:
// whether anything reached the server, and so whether a write may have happened.
import { describe, expect, it } from 'vitest';
import { APIConnectionError, bearerToken } from '../src/index.js';
import { makeClient } from './helpers/client.js';

/** A fetch that fails like undici: TypeError('fetch failed') with the system error as cause. */
function failingFetch(cause: unknown, calls: { n: number } = { n: 0 }): typeof fetch {
  return async () => {
    calls.n++;
    throw new TypeError('fetch failed', { cause });
  };
}

/** A fetch that fails like Deno, Bun or workerd: one error, no code, all in the message. */
function throwing(error: unknown): typeof fetch {
  return async () => {
    throw error;
  };
}

function systemError(code: string | undefined, message = `connect ${code ?? 'failed'} 10.0.0.1:443`): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

async function failure(options: { fetch: typeof fetch; method?: 'GET' | 'POST'; maxRetries?: number }): Promise<APIConnectionError> {
  const client = makeClient({ fetch: options.fetch, maxRetries: options.maxRetries ?? 0 });
  const method = options.method ?? 'GET';
  const error = await client.request({ method, path: '/things', ...(method === 'POST' ? { body: { a: 1 } } : {}) }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  return error as APIConnectionError;
}

describe('nothing was sent', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])(
    '%s: "could not reach the server; nothing was sent", and even a POST is retried',
    async (code) => {
      const calls = { n: 0 };
      const error = await failure({ fetch: failingFetch(systemError(code), calls), method: 'POST', maxRetries: 1 });
      expect(error.message).toBe(`POST /things failed: could not reach the server (${code}); nothing was sent. Check the network and baseUrl.`);
      expect(error.code).toBe(code);
      expect(calls.n).toBe(2);
    },
  );

  it.each(['getaddrinfo failed for api.test', 'Connection refused', 'name not resolved', 'DNS lookup failed'])(
    'a runtime without error codes that says "%s" is taken as nothing sent',
    async (message) => {
      const error = await failure({ fetch: throwing(new TypeError(message)) });
      expect(error.message).toContain('could not reach the server');
      expect(error.message).toContain(message);
    },
  );
});

describe('the request may have arrived', () => {
  it('a reset after sending: a GET is retried; the message says the server may have acted', async () => {
    const calls = { n: 0 };
    const error = await failure({ fetch: failingFetch(systemError('ECONNRESET'), calls), maxRetries: 1 });
    expect(error.message).toBe('GET /things failed: the connection broke after the request was sent (ECONNRESET); the server may have acted on it.');
    expect(calls.n).toBe(2);
  });

  it('a reset after sending a POST: not retried, and the user is told to check before sending it again', async () => {
    const calls = { n: 0 };
    const error = await failure({ fetch: failingFetch(systemError('ECONNRESET'), calls), method: 'POST', maxRetries: 2 });
    expect(error.message).toBe(
      'POST /things failed: the connection broke after the request was sent (ECONNRESET); the server may have acted on it: check before sending it again.',
    );
    expect(calls.n).toBe(1);
  });

  it('an error without a code is described by its message', async () => {
    const error = await failure({ fetch: throwing(new TypeError('socket hang up')) });
    expect(error.message).toContain('(socket hang up)');
    expect(error.code).toBeUndefined();
  });

  it('a thrown non-error is described as text', async () => {
    const error = await failure({
      fetch: async () => {
        throw 'offline';
      },
    });
    expect(error.message).toContain('(offline)');
  });

  it('a body that breaks while being read: the server received the request and has likely acted on a POST', async () => {
    const broken = (): typeof fetch => async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"a":'));
            controller.error(Object.assign(new Error('terminated'), { code: 'ECONNRESET' }));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const post = await failure({ fetch: broken(), method: 'POST' });
    expect(post.message).toBe(
      'POST /things failed: the connection broke while reading the response (ECONNRESET); the server received the request and has likely acted on it: check before sending it again.',
    );
    const get = await failure({ fetch: broken() });
    expect(get.message).toBe('GET /things failed: the connection broke while reading the response (ECONNRESET); the server received the request.');
  });

  it('a refused-looking code while reading a body is still "the server received the request"', async () => {
    const error = await failure({
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.error(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
            },
          }),
        ),
    });
    expect(error.message).toContain('while reading the response');
  });
});

describe('error.cause', () => {
  it('keeps the runtime error chain, names and codes, with the credentials removed from every message in it', async () => {
    const inner = Object.assign(new Error('proxy said: Bearer tok-secret-123 rejected, token tok-secret-123'), { code: 'ECONNRESET' });
    const outer = new Error('request with tok-secret-123 failed', { cause: inner });
    outer.name = 'ProxyError';
    const client = makeClient({ auth: bearerToken('tok-secret-123'), fetch: failingFetch(outer) });
    const error = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as APIConnectionError;
    const top = error.cause as Error;
    expect(top.name).toBe('TypeError');
    expect(top.message).toBe('fetch failed');
    const proxy = top.cause as Error & { code?: string };
    expect(proxy.name).toBe('ProxyError');
    expect(proxy.message).toBe('request with [REDACTED] failed');
    expect(proxy.stack).toBe('ProxyError: request with [REDACTED] failed');
    expect(proxy.code).toBeUndefined();
    const system = proxy.cause as Error & { code?: string };
    expect(system.message).toBe('proxy said: Bearer [REDACTED] rejected, token [REDACTED]');
    expect(system.code).toBe('ECONNRESET');
    expect(system.cause).toBeUndefined();
    expect(error.code).toBe('ECONNRESET');
  });

  it('a string thrown by fetch is scrubbed; a thrown non-error, non-string is kept as it is', async () => {
    const client = makeClient({ auth: bearerToken('tok-secret-123'), fetch: throwing('lost tok-secret-123') });
    const error = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as APIConnectionError;
    expect(error.cause).toBe('lost [REDACTED]');
    expect(error.message).toContain('(lost [REDACTED])');
    const other = makeClient({ fetch: throwing(42) });
    const error2 = (await other.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as APIConnectionError;
    expect(error2.cause).toBe(42);
  });

  it('the code is looked up a few causes deep, not further', async () => {
    const coded = Object.assign(new Error('root'), { code: 'ECONNREFUSED' });
    const wrap = (error: Error, times: number) => {
      let out = error;
      for (let i = 0; i < times; i++) out = new Error(`level ${i}`, { cause: out });
      return out;
    };
    // fetch's TypeError, then two wrappers, then the system error: found, so nothing was sent.
    expect((await failure({ fetch: failingFetch(wrap(coded, 2)) })).message).toContain('could not reach the server (ECONNREFUSED)');
    // Buried deeper, it is not trusted.
    expect((await failure({ fetch: failingFetch(wrap(coded, 3)) })).message).toContain('the connection broke after the request was sent');
  });
});
