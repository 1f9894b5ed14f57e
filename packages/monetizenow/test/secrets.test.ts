// The API key goes out in x-api-key and nowhere else: not in errors, logs, inspected objects or JSON.
import { inspect } from 'node:util';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ConfigurationError, MonetizeNowClient, type Logger } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const capture = () => {
  const lines: string[] = [];
  const push = (message: string, fields?: Record<string, unknown>) => lines.push(message, JSON.stringify(fields) ?? '');
  const logger: Logger = { debug: push, info: push, warn: push, error: push };
  return { lines, logger };
};

it('sends the key as x-api-key, from a value or an async supplier', async () => {
  const baseUrl = uniqueBaseUrl();
  const seen = recordAll(server, baseUrl);
  await new MonetizeNowClient({ apiKey: API_KEY, baseUrl }).signUp.estimate({ quote: QUICK_START.quote });
  await new MonetizeNowClient({ apiKey: async () => `${API_KEY}-rotated`, baseUrl }).signUp.estimate({ quote: QUICK_START.quote });
  expect(seen.map((r) => r.headers.get('x-api-key'))).toEqual([API_KEY, `${API_KEY}-rotated`]);
  expect(seen[0]!.headers.get('authorization')).toBeNull();
});

it('keeps the key out of errors, logs and inspected objects, even when the server echoes it', async () => {
  const baseUrl = uniqueBaseUrl();
  recordAll(server, baseUrl, ({ path }) =>
    path.endsWith('/signup')
      ? { status: 200, body: { sessionId: 'cart_1', error: true, message: `key ${API_KEY} is not allowed`, apiKey: API_KEY, echo: { note: API_KEY } } }
      : path.includes('selfService')
        ? { status: 400, body: { sessionId: 'cart_1', error: true, message: `bad key ${API_KEY}` } }
        : { status: 403, body: { operation: 'x', error: { errorCode: 'FORBIDDEN', details: `key ${API_KEY} denied`, context: { key: API_KEY } } }, headers: { 'x-api-key': API_KEY } },
  );
  const { lines, logger } = capture();
  const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl, logger, logLevel: 'debug', maxRetries: 0 });
  const session = monetizeNow.signUp.session('cart_1');
  const errors = [
    await monetizeNow.signUp.estimate({ quote: QUICK_START.quote }).catch((e: unknown) => e),
    await session.finalize().catch((e: unknown) => e),
    await monetizeNow.request({ method: 'GET', path: '/api/accounts' }).catch((e: unknown) => e),
  ];
  expect(errors.every((e) => e instanceof Error)).toBe(true);
  expect(lines.length).toBeGreaterThan(0);
  const outputs = [
    ...errors.flatMap((e) => [String(e), String((e as Error).stack), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })]),
    inspect(monetizeNow, { depth: 10, showHidden: true }),
    inspect(monetizeNow.signUp, { depth: 10, showHidden: true }),
    inspect(session, { depth: 10, showHidden: true }),
    inspect(monetizeNow.withOptions({ environment: 'eu' }), { depth: 10, showHidden: true }),
    JSON.stringify(monetizeNow),
    JSON.stringify(session),
    ...lines,
  ];
  for (const output of outputs) expect(output).not.toContain(API_KEY);
});

it('keeps a supplied key out of a configuration error', async () => {
  const monetizeNow = new MonetizeNowClient({ apiKey: () => '  ', baseUrl: uniqueBaseUrl() });
  const error = await monetizeNow.signUp.estimate({ quote: QUICK_START.quote }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(String(error)).toMatch(/x-api-key credential is empty/);
});

it('refuses a client without a key, before anything is sent', () => {
  expect(() => new MonetizeNowClient({} as never)).toThrow(/pass apiKey, your tenant's API key/);
  expect(() => new MonetizeNowClient({ apiKey: '' })).toThrow(ConfigurationError);
  expect(() => new MonetizeNowClient(undefined as never)).toThrow(ConfigurationError);
});
