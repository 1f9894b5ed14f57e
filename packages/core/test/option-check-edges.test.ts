// The edges of option checking: the smallest values each option takes, and how
// a wrong value is described back to the user.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { makeClient } from './helpers/client.js';

const noop = () => undefined;
const logger = { error: noop, warn: noop, info: noop, debug: noop };

describe('the smallest values each option takes', () => {
  it.each([
    ['timeout: 1', { timeout: 1 }],
    ['totalTimeout: 1', { totalTimeout: 1 }],
    ['maxRetries: 0 (retries off)', { maxRetries: 0 }],
    ['maxRetryAfter: 0 (never wait out a Retry-After)', { maxRetryAfter: 0 }],
    ['maxRetries: 3', { maxRetries: 3 }],
    ['validation: off', { validation: 'off' }],
    ['logLevel: debug', { logLevel: 'debug', logger }],
    ['validateRequests: false', { validateRequests: false }],
    ['signal', { signal: new AbortController().signal }],
    ['headers with null and undefined values', { headers: { 'x-a': null, 'x-b': undefined, 'x-c': 'c' } }],
    ['apiVersion', { apiVersion: '2025-01-01' }],
    ['fetch', { fetch: globalThis.fetch }],
    ['console as logger', { logger: console }],
  ])('%s is accepted', (_label, options) => {
    expect(() => makeClient(options as never)).not.toThrow();
  });
});

describe('wrong values, and how they are described', () => {
  const message = (options: Record<string, unknown>): string => {
    try {
      makeClient(options as never);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('no error');
  };

  it.each([
    [{ timeout: 0 }, 'option timeout must be a number of milliseconds >= 1 (e.g. 30000), got 0.'],
    [{ totalTimeout: 0.5 }, 'option totalTimeout must be a number of milliseconds >= 1 (e.g. 120000), got 0.5.'],
    [{ maxRetryAfter: -1 }, 'option maxRetryAfter must be a number of milliseconds >= 0, got -1.'],
    [{ maxRetries: Number.NaN }, 'option maxRetries must be a whole number >= 0 (0 turns retries off), got NaN.'],
    [{ timeout: '1'.repeat(50) }, `got "${'1'.repeat(40)}...".`],
    [{ timeout: 'short' }, 'got "short".'],
    [{ timeout: 'x'.repeat(40) }, `got "${'x'.repeat(40)}".`],
    [{ timeout: 'x'.repeat(41) }, `got "${'x'.repeat(40)}...".`],
    [{ timeout: true }, 'got true.'],
    [{ timeout: null }, 'got null.'],
    [{ timeout: [1] }, 'got an array.'],
    [{ timeout: { ms: 1 } }, 'got a object.'],
    [{ validateRequests: 'yes' }, 'option validateRequests must be true or false, got "yes".'],
    [{ logger: null }, 'option logger must be an object with error, warn, info and debug methods (console works), got null.'],
    [{ logger: 'console' }, 'option logger must be an object'],
    [{ logger: { ...logger, debug: 'no' } }, 'option logger must be an object'],
    [{ logger: { error: noop, warn: noop, info: noop } }, 'option logger must be an object'],
    [{ headers: ['x-a', 'b'] }, 'option headers must be an object of header names to string values, got an array.'],
    [{ headers: 'x-a: b' }, 'option headers must be an object of header names to string values'],
    [{ apiVersion: '  ' }, 'option apiVersion must be a non-empty string, got "  ".'],
    [{ apiVersion: 20250101 }, 'option apiVersion must be a non-empty string, got 20250101.'],
    [{ fetch: 'fetch' }, 'option fetch must be a function with the signature of fetch, got "fetch".'],
    [{ validation: 'Strict' }, "option validation must be one of 'lenient', 'strict', 'off', got \"Strict\"."],
  ])('%o', (options, expected) => {
    const text = message(options);
    expect(text).toContain(expected);
    expect(text).toMatch(/^Test client: option|^Test client: header/);
  });

  it('a header value that is not a string names the header and its type', () => {
    expect(() => makeClient({ headers: { 'x-count': 3 } } as never)).toThrow('Test client: header "x-count" must be a string (or null/undefined to remove it), got a number.');
  });

  it('a per-call baseUrl must be a non-empty string too', async () => {
    const client = makeClient();
    await expect(client.request({ method: 'GET', path: '/x', operation: 'things.list' }, { baseUrl: '' })).rejects.toThrow(
      'things.list: option baseUrl must be a non-empty string, got "".',
    );
  });
});
