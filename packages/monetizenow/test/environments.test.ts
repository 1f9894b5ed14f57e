// US by default (the spec's server), EU on request, any baseUrl; no sandbox host.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ConfigurationError, MONETIZENOW_ENVIRONMENTS, MonetizeNowClient } from '../src/index.js';
import { API_KEY, QUICK_START, recordAll } from './helpers/mock-monetizenow.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('knows the US and EU hosts', () => {
  expect(MONETIZENOW_ENVIRONMENTS).toEqual({ us: 'https://api.monetizeplatform.com', eu: 'https://api-eu.monetizeplatform.com' });
  expect(new MonetizeNowClient({ apiKey: API_KEY }).baseUrl).toBe('https://api.monetizeplatform.com');
});

it('sends EU calls to the EU host', async () => {
  const seen = recordAll(server, 'https://api-eu.monetizeplatform.com');
  await new MonetizeNowClient({ apiKey: API_KEY, environment: 'eu' }).signUp.estimate({ quote: QUICK_START.quote });
  expect(seen).toHaveLength(1);
  expect(seen[0]!.path).toBe('/api/selfService/signup');
});

it('sends US calls to the US host by default, and withOptions switches hosts', async () => {
  const us = recordAll(server, 'https://api.monetizeplatform.com');
  const eu = recordAll(server, 'https://api-eu.monetizeplatform.com');
  const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY });
  await monetizeNow.signUp.estimate({ quote: QUICK_START.quote });
  await monetizeNow.withOptions({ environment: 'eu' }).signUp.estimate({ quote: QUICK_START.quote });
  expect(us).toHaveLength(1);
  expect(eu).toHaveLength(1);
  expect(eu[0]!.headers.get('x-api-key')).toBe(API_KEY);
});

it('takes any baseUrl, which wins over environment', () => {
  expect(new MonetizeNowClient({ apiKey: API_KEY, environment: 'eu', baseUrl: 'http://127.0.0.1:4010' }).baseUrl).toBe('http://127.0.0.1:4010');
});

it('explains unknown environments and bad URLs', () => {
  expect(() => new MonetizeNowClient({ apiKey: API_KEY, environment: 'sandbox' as never })).toThrow(/unknown environment "sandbox".*a sandbox is a separate tenant/);
  expect(() => new MonetizeNowClient({ apiKey: API_KEY, baseUrl: 'api.monetizeplatform.com' })).toThrow(ConfigurationError);
});
