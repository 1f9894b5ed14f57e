// Echoed secrets: every token the client family has held is scrubbed from
// messages, bodies, headers, causes and inspected output, with or without the
// `Bearer ` prefix, and from a custom fetch's own error text.
import { http, HttpResponse } from 'msw';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HttpClient, clientCredentials, tokenEndpointAuth, type AuthStrategy } from '../src/index.js';
import { testProfile, uniqueBase, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** Everything a user could print of an error. */
function everything(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  return [String(e), e.message, e.stack, JSON.stringify(e), inspect(e, { depth: 10 }), inspect(e.cause, { depth: 10 })].join('\n');
}

describe('tokens echoed by a server', () => {
  it('current and earlier partner tokens and every entity-user token, across derived clients, without the Bearer prefix', async () => {
    const base = uniqueBase();
    let partnerTokens = 0;
    const userTokens: string[] = [];
    server.use(
      http.post(`${base}/token`, async ({ request }) => {
        const body = (await request.json()) as { grant_type: string; user?: string };
        if (body.grant_type === 'user') {
          const token = `user-token-${body.user}-${userTokens.length + 1}-abcdef`;
          userTokens.push(token);
          return HttpResponse.json({ access_token: token, expires_in: 3600 });
        }
        return HttpResponse.json({ access_token: `partner-token-${++partnerTokens}-abcdef`, expires_in: 3600 });
      }),
      http.get(`${base}/ok`, () => HttpResponse.json({ ok: true })),
      http.get(`${base}/expire`, () => HttpResponse.json({ message: 'expired' }, { status: 401 })),
      // The server echoes every token it has ever seen, bare, in message, body and a header.
      http.get(`${base}/echo`, () => {
        const all = [...Array.from({ length: partnerTokens }, (_, i) => `partner-token-${i + 1}-abcdef`), ...userTokens].join(' ');
        return HttpResponse.json({ message: `denied for ${all}`, detail: { seen: all } }, { status: 403, headers: { 'x-debug': all } });
      }),
    );
    const partner = new HttpClient(testProfile, {
      baseUrl: base,
      maxRetries: 0,
      auth: clientCredentials({ path: '/token', encoding: 'json', clientId: 'id', clientSecret: 'partner-secret-123' }),
    });
    const userAuth = (user: string): AuthStrategy =>
      tokenEndpointAuth({ path: '/token', encoding: 'json' }, async () => ({ grant_type: 'user', user }));
    await partner.request({ method: 'GET', path: '/ok' });
    // The partner token expires once: a second one replaces it; the first must still be scrubbed.
    await partner.request({ method: 'GET', path: '/expire' }).catch(() => undefined);
    await partner.request({ method: 'GET', path: '/ok' });
    const alice = partner.withOptions({ auth: userAuth('alice') });
    const bob = partner.withOptions({ auth: userAuth('bob') });
    await alice.request({ method: 'GET', path: '/ok' });
    await bob.request({ method: 'GET', path: '/ok' });
    expect(partnerTokens).toBeGreaterThanOrEqual(2);
    expect(userTokens).toHaveLength(2);

    for (const client of [partner, alice, bob]) {
      const error = (await client.request({ method: 'GET', path: '/echo' }).catch((e: unknown) => e)) as Error & { body: unknown; headers: unknown };
      const text = everything(error) + JSON.stringify(error.body) + JSON.stringify(error.headers);
      for (let i = 1; i <= partnerTokens; i++) expect(text).not.toContain(`partner-token-${i}-abcdef`);
      for (const token of userTokens) expect(text).not.toContain(token);
      expect(text).toContain('[REDACTED]');
    }
  });
});

describe('a custom fetch that quotes the request in its error', () => {
  it("the token and the API key vanish from the message, error.cause and inspect output", async () => {
    const leakyFetch: typeof fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const error = new Error(`proxy refused ${request.url} with authorization=${request.headers.get('authorization')}`);
      (error as Error & { code: string }).code = 'EPROXY';
      throw new Error('fetch failed', { cause: error });
    };
    const base = uniqueBase();
    server.use(http.post(`${base}/token`, () => HttpResponse.json({ access_token: 'tok-SECRET-777', expires_in: 3600 })));
    // Only the token request goes through msw; API calls use the leaky fetch.
    const tokenClient = new HttpClient(testProfile, { baseUrl: base, maxRetries: 0 });
    const auth = clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'client-secret-888' });
    await auth.getToken({ request: (spec) => tokenClient.request(spec) });
    const client = new HttpClient(testProfile, { baseUrl: base, maxRetries: 0, auth, fetch: leakyFetch });
    const error = await client.request({ method: 'GET', path: '/things' }).catch((e: unknown) => e);
    const text = everything(error);
    expect(text).not.toContain('tok-SECRET-777');
    expect(text).toContain('EPROXY');
  });
});
