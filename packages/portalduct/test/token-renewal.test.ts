// How the client renews its token: through a configured refresh endpoint (falling back to a login when the
// refresh token is refused), before a known expiry, and what happens when a token reader finds nothing.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortalDuctClient, ResponseValidationError } from '../src/index.js';
import { CLIENT_UUID, CREDENTIALS, mockLogin, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const refreshPath = '/v1/token/refresh';

/** The balance endpoint answering 401 to `expired` and a balance to any other token. */
function mockBalance(baseUrl: string, expired: string) {
  const seen: (string | null)[] = [];
  server.use(
    http.get(`${baseUrl}/v1/getClientBalance/:id`, ({ request }) => {
      const auth = request.headers.get('authorization');
      seen.push(auth);
      return auth === `Bearer ${expired}` ? HttpResponse.json({ message: 'Token expired' }, { status: 401 }) : HttpResponse.json({ balance: 1 });
    }),
  );
  return seen;
}

describe('configured refresh endpoint', () => {
  for (const status of [400, 403]) {
    it(`a refresh refused with ${status} falls back to logging in`, async () => {
      const baseUrl = uniqueBaseUrl();
      const logins = mockLogin(server, baseUrl, { refresh_token: 'rt-1' });
      let refreshes = 0;
      server.use(http.post(`${baseUrl}${refreshPath}`, () => (refreshes++, HttpResponse.json({ message: 'invalid refresh token' }, { status }))));
      const seen = mockBalance(baseUrl, 'pd-token-1');
      const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS, maxRetries: 0, refresh: { path: refreshPath, body: (t) => ({ refresh_token: t.refreshToken }) } });
      await expect(pd.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 1 });
      expect(refreshes).toBe(1);
      expect(logins.issued).toEqual(['pd-token-1', 'pd-token-2']);
      expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-2']);
    });
  }

  it('reads the refresh response with refresh.tokenFromResponse, sends no extra headers unless asked, and refreshes again from the new token', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl, { refresh_token: 'rt-1' });
    const refreshes: { body: unknown; auth: string | null }[] = [];
    server.use(
      http.post(`${baseUrl}${refreshPath}`, async ({ request }) => {
        refreshes.push({ body: await request.json(), auth: request.headers.get('authorization') });
        const n = refreshes.length;
        return HttpResponse.json({ result: { jwt: `refreshed-${n}`, next: `rt-${n + 1}` } });
      }),
    );
    const expired = new Set(['Bearer pd-token-1']);
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${baseUrl}/v1/getClientBalance/:id`, ({ request }) => {
        const auth = request.headers.get('authorization');
        seen.push(auth);
        return expired.has(auth!) ? HttpResponse.json({}, { status: 401 }) : HttpResponse.json({ balance: 2 });
      }),
    );
    const pd = new PortalDuctClient({
      baseUrl,
      ...CREDENTIALS,
      refresh: {
        path: refreshPath,
        body: (t) => ({ rt: t.refreshToken }),
        tokenFromResponse: (b) => {
          const { jwt, next } = (b as { result: { jwt: string; next: string } }).result;
          return { accessToken: jwt, refreshToken: next };
        },
      },
    });
    await pd.getClientBalance(CLIENT_UUID);
    expired.add('Bearer refreshed-1');
    await pd.getClientBalance(CLIENT_UUID);
    expect(refreshes).toEqual([
      { body: { rt: 'rt-1' }, auth: null },
      { body: { rt: 'rt-2' }, auth: null },
    ]);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer refreshed-1', 'Bearer refreshed-1', 'Bearer refreshed-2']);
  });

  it('a refresh token from the login is kept out of errors', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl, { refresh_token: 'rt_SECRET_abc123' });
    server.use(http.get(`${baseUrl}/v1/getClientBalance/:id`, () => HttpResponse.json({ message: 'bad refresh token rt_SECRET_abc123' }, { status: 404 })));
    const error = await new PortalDuctClient({ baseUrl, ...CREDENTIALS }).getClientBalance(CLIENT_UUID).catch((e: unknown) => e);
    expect(String(error)).toContain('bad refresh token [REDACTED]');
  });
});

describe('a known lifetime', () => {
  it('refreshBeforeExpiryMs renews that long before the expiry', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl, { expires_in: 3600 });
    const seen = mockBalance(baseUrl, 'none');
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS, refreshBeforeExpiryMs: 3_600_000 - 150 });
    await pd.getClientBalance(CLIENT_UUID);
    await pd.getClientBalance(CLIENT_UUID);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await pd.getClientBalance(CLIENT_UUID);
    expect(logins.issued).toEqual(['pd-token-1', 'pd-token-2']);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-1', 'Bearer pd-token-2']);
  });
});

describe('a token reader that finds nothing', () => {
  for (const [label, reader] of [
    ['returns undefined', () => undefined],
    ['returns an empty token', () => ({ accessToken: '' })],
    ['returns a non-string token', () => ({ accessToken: 42 })],
  ] as const) {
    it(`fails the call with a ResponseValidationError saying what tokenFromResponse must return (${label}), nothing else sent`, async () => {
      const baseUrl = uniqueBaseUrl();
      const logins = mockLogin(server, baseUrl);
      const seen = mockBalance(baseUrl, 'none');
      const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS, tokenFromResponse: reader as never });
      const error = await pd.getClientBalance(CLIENT_UUID).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as Error).message).toContain('accessToken: tokenFromResponse returned no token; it must return { accessToken: string }');
      expect((error as Error).message).toContain('/v1/login');
      expect(logins.issued).toHaveLength(1);
      expect(seen).toEqual([]);
    });
  }
});
