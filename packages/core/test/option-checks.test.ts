// Options are checked: a typo fails at construction or per call with the
// option's name and what it takes, and nothing is sent.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, missingCredentials } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

const bad: [string, Record<string, unknown>, RegExp][] = [
  ['timeout', { timeout: 'abc' }, /option timeout must be a number of milliseconds >= 1.*got "abc"/],
  ['negative timeout', { timeout: -5 }, /option timeout/],
  ['maxRetries', { maxRetries: -1 }, /option maxRetries must be a whole number >= 0.*got -1/],
  ['fractional maxRetries', { maxRetries: 1.5 }, /option maxRetries/],
  ['logLevel', { logLevel: 'verbose' }, /option logLevel must be one of 'off', 'error', 'warn', 'info', 'debug'.*got "verbose"/],
  ['validation', { validation: 'loose' }, /option validation must be one of 'lenient', 'strict', 'off'.*got "loose"/],
  ['totalTimeout', { totalTimeout: Number.NaN }, /option totalTimeout/],
  ['maxRetryAfter', { maxRetryAfter: '1s' }, /option maxRetryAfter/],
  ['logger', { logger: {} }, /option logger must be an object with error, warn, info and debug methods/],
  ['signal', { signal: 'stop' }, /option signal must be an AbortSignal/],
  ['header value', { headers: { 'x-a': 5 } }, /header "x-a" must be a string/],
];

describe('client options', () => {
  it.each(bad)('%s is a ConfigurationError at construction', (_label, options, message) => {
    expect(() => makeClient(options as never)).toThrow(ConfigurationError);
    expect(() => makeClient(options as never)).toThrow(message);
  });

  it('rateLimit must be false or a positive rate', () => {
    expect(() => makeClient({ rateLimit: { requestsPerSecond: 0 } })).toThrow(/rateLimit.requestsPerSecond must be a number >= 1/);
    expect(() => makeClient({ rateLimit: 'fast' as never })).toThrow(/option rateLimit must be false/);
  });
});

describe('per-request options', () => {
  it.each([...bad, ['idempotencyKey', { idempotencyKey: '' }, /option idempotencyKey must be a non-empty string/] as [string, Record<string, unknown>, RegExp]])(
    '%s is a ConfigurationError naming the call, and nothing is sent',
    async (_label, options, message) => {
      const client = makeClient();
      let sent = 0;
      server.use(
        http.get(`${client.options.baseUrl}/e`, () => {
          sent++;
          return HttpResponse.json({});
        }),
      );
      const error = await client.request({ method: 'GET', path: '/e', operation: 'things.get' }, options as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/^things\.get: /);
      expect(sent).toBe(0);
    },
  );
});

describe('a client without credentials', () => {
  it('missingCredentials fails every authenticated call before anything is sent', async () => {
    const client = makeClient({ auth: missingCredentials('Pass an API key when creating the client.') });
    let sent = 0;
    server.use(
      http.all(`${client.options.baseUrl}/*`, () => {
        sent++;
        return HttpResponse.json({});
      }),
    );
    await expect(client.request({ method: 'GET', path: '/e' })).rejects.toThrow(ConfigurationError);
    await expect(client.request({ method: 'GET', path: '/e' })).rejects.toThrow('Pass an API key when creating the client.');
    // A call that needs no credentials (a token endpoint) still goes out.
    await client.request({ method: 'POST', path: '/token', auth: false, body: {} });
    expect(sent).toBe(1);
  });
});
