// What counts as a UUID and as a webhook URL: the inputs users send every day pass, near misses are refused
// before anything is sent.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isUuid, PortalDuctClient, RequestValidationError } from '../src/index.js';
import { CLIENT_UUID, CREDENTIALS, CUSTOMER_UUID, mockLogin, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('isUuid', () => {
  it('accepts any version in either case', () => {
    for (const id of [CUSTOMER_UUID, CUSTOMER_UUID.toUpperCase(), '00000000-0000-0000-0000-000000000000', crypto.randomUUID(), 'ffffffff-ffff-7fff-bfff-ffffffffffff']) {
      expect(isUuid(id)).toBe(true);
    }
  });

  it('refuses near misses: extra text, missing or extra digits, non-hex, no dashes, non-strings', () => {
    for (const id of [
      `${CUSTOMER_UUID}x`,
      `x${CUSTOMER_UUID}`,
      `${CUSTOMER_UUID}\n`,
      CUSTOMER_UUID.slice(1),
      CUSTOMER_UUID.replace('-', ''),
      CUSTOMER_UUID.replaceAll('-', ''),
      'g0b6f3c2-4d1e-4a8b-9c7d-2e5f6a7b8c9d',
      '0b6f3c2a-4d1e-4a8b-9c7d-2e5f6a7b8c9',
      '0b6f3c2a-4d1e0-4a8b-9c7d-2e5f6a7b8c9d',
      '0b6f3c2a-4d1-4a8b-9c7d-2e5f6a7b8c9dd',
      '0b6f3c2a-4d1e-4a8-9c7d0-2e5f6a7b8c9d',
      '0b6f3c2a-4d1e-4a8b-9c7-d2e5f6a7b8c9d',
      '',
      42,
      undefined,
      { toString: () => CUSTOMER_UUID },
    ]) {
      expect(isUuid(id), String(id)).toBe(false);
    }
  });
});

describe('webhook URL', () => {
  function client() {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl);
    const bodies: unknown[] = [];
    server.use(http.post(`${baseUrl}/v1/clientsPortalLoginChanges`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({}))));
    return { pd: new PortalDuctClient({ baseUrl, ...CREDENTIALS }), bodies };
  }

  it('accepts https and http (a tunnel to a local machine), with extra fields merged in', async () => {
    const { pd, bodies } = client();
    await pd.registerLoginChangesWebhook({ url: 'https://platform.example/hooks/portalduct?key=k1' });
    await pd.registerLoginChangesWebhook({ url: 'http://localhost:3000/hook', fields: { events: ['login'] } });
    expect(bodies).toEqual([{ url: 'https://platform.example/hooks/portalduct?key=k1' }, { url: 'http://localhost:3000/hook', events: ['login'] }]);
  });

  it('refuses a URL carrying a user name or a password (PortalDuct would store them)', async () => {
    const { pd, bodies } = client();
    for (const url of ['https://user@platform.example/hook', 'https://:secret@platform.example/hook', 'https://user:secret@platform.example/hook']) {
      const error = await pd.registerLoginChangesWebhook({ url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as Error).message).toMatch(/url: must be an absolute http\(s\) URL without user:password/);
    }
    expect(bodies).toEqual([]);
  });

  it('refuses a URL that is not a string, or extra keys next to it', async () => {
    const { pd } = client();
    await expect(pd.registerLoginChangesWebhook({ url: new URL('https://platform.example/hook') as never })).rejects.toThrow(/url: expected string/);
    await expect(pd.registerLoginChangesWebhook({ url: 'https://platform.example/hook', secret: 'x' } as never)).rejects.toThrow(/unknown field "secret"/);
  });
});

describe('ids in calls', () => {
  it('addCustomerClient with a client id that is not a UUID is refused by name', async () => {
    const pd = new PortalDuctClient({ baseUrl: uniqueBaseUrl(), ...CREDENTIALS });
    await expect(pd.addCustomerClient({ customerUuid: CUSTOMER_UUID, clientUuid: `${CLIENT_UUID}-x` })).rejects.toThrow(/clientUuid: must be a UUID/);
  });
});
