// The client's own surface: raw requests, per-call options it refuses or accepts, copies made with withOptions,
// what it shows when logged or inspected, and how it tells an expired token from a refused one.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, PermissionDeniedError, PortalDuctClient, ResponseValidationError, VERSION } from '../src/index.js';
import { CLIENT_UUID, CONNECTION_UUID, CREDENTIALS, CUSTOMER_UUID, mockLogin, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('request() for endpoints the SDK does not wrap', () => {
  it('sends the method, query and JSON body with the token', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl);
    const seen: { method: string; url: string; auth: string | null; body: unknown }[] = [];
    server.use(
      http.all(`${baseUrl}/v1/connections/*`, async ({ request }) => {
        seen.push({ method: request.method, url: request.url, auth: request.headers.get('authorization'), body: await request.json() });
        return HttpResponse.json({ updated: true });
      }),
    );
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await expect(pd.request({ method: 'PUT', path: `/v1/connections/${CONNECTION_UUID}`, query: { notify: true }, body: { active: false } })).resolves.toEqual({ updated: true });
    expect(seen).toEqual([{ method: 'PUT', url: `${baseUrl}/v1/connections/${CONNECTION_UUID}?notify=true`, auth: 'Bearer pd-token-1', body: { active: false } }]);
  });

  it('a missing call object or path rejects with a ConfigurationError (not a TypeError), nothing sent', async () => {
    const baseUrl = uniqueBaseUrl();
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    const missing = await pd.request(undefined as never).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConfigurationError);
    expect((missing as Error).message).toBe(
      'PortalDuct: request() takes a path relative to baseUrl starting with "/", got undefined; the token is never sent to another host.',
    );
    await expect(pd.request({ method: 'GET', path: 'v1/x' })).rejects.toThrow(/got "v1\/x"/);
  });
});

describe('per-call options', () => {
  it('apiVersion is refused (PortalDuct publishes none); an undefined baseUrl from a spread config is ignored', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl);
    server.use(http.get(`${baseUrl}/v1/getClientBalance/:id`, () => HttpResponse.json({ balance: 1 })));
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    await expect(pd.getClientBalance(CLIENT_UUID, { apiVersion: '2024-01-01' } as never)).rejects.toThrow(
      'PortalDuct does not publish API versions; remove apiVersion.',
    );
    await expect(pd.getClientBalance(CLIENT_UUID, { baseUrl: undefined, timeout: 5000 } as never)).resolves.toEqual({ balance: 1 });
  });

  it('an aborted getAccessToken stops waiting at once; the login it started still serves the next caller', async () => {
    const baseUrl = uniqueBaseUrl();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(http.post(`${baseUrl}/v1/login`, async () => (await held, HttpResponse.json({ token: 'late' }))));
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    const controller = new AbortController();
    const pending = pd.getAccessToken({ signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    const error = await pending;
    release();
    expect(error).toBe(controller.signal.reason);
    await expect(pd.getAccessToken()).resolves.toBe('late');
  });

  it('getAccessToken refuses a per-call baseUrl like every call', async () => {
    const pd = new PortalDuctClient({ baseUrl: uniqueBaseUrl(), ...CREDENTIALS });
    await expect(pd.getAccessToken({ baseUrl: 'https://elsewhere.example' } as never)).rejects.toThrow(/baseUrl cannot change per call/);
  });
});

describe('withOptions', () => {
  it('keeps the environment and the requestBodies overrides, and shares the token', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const bodies: unknown[] = [];
    server.use(http.post(`${baseUrl}/v1/addNewCustomer`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({}))));
    const pd = new PortalDuctClient({
      baseUrl,
      environment: 'sandbox',
      ...CREDENTIALS,
      requestBodies: { addCustomer: (input) => ({ customerUUID: input.customerUuid }) },
    });
    const copy = pd.withOptions({ timeout: 5000 });
    expect(copy.environment).toBe('sandbox');
    await pd.addCustomer({ customerUuid: CUSTOMER_UUID });
    await copy.addCustomer({ customerUuid: CUSTOMER_UUID });
    expect(bodies).toEqual([{ customerUUID: CUSTOMER_UUID }, { customerUUID: CUSTOMER_UUID }]);
    expect(logins.issued).toEqual(['pd-token-1']);
    await expect(copy.getAccessToken()).resolves.toBe('pd-token-1');
  });

  it('a copy of a client with a ready token keeps sending that token', async () => {
    const baseUrl = uniqueBaseUrl();
    const seen: (string | null)[] = [];
    server.use(http.get(`${baseUrl}/v1/getClientBalance/:id`, ({ request }) => (seen.push(request.headers.get('authorization')), HttpResponse.json({}))));
    const copy = new PortalDuctClient({ baseUrl, token: 'copied-token' }).withOptions({ maxRetries: 0 });
    await copy.getClientBalance(CLIENT_UUID);
    await expect(copy.getAccessToken()).resolves.toBe('copied-token');
    expect(seen).toEqual(['Bearer copied-token']);
  });
});

describe('logging and inspecting a client', () => {
  it('shows the host and environment, never the credentials', () => {
    const pd = new PortalDuctClient({ baseUrl: 'https://pd.example', environment: 'production', ...CREDENTIALS });
    expect(inspect(pd)).toBe(`PortalDuctClient { baseUrl: 'https://pd.example/', environment: "production", credentials: [REDACTED] }`);
    expect(JSON.parse(JSON.stringify(pd))).toEqual({ baseUrl: 'https://pd.example/', environment: 'production' });
    const unlabelled = new PortalDuctClient({ baseUrl: 'https://pd.example', token: 'tok-abc' });
    expect(inspect(unlabelled)).toContain('environment: undefined');
    expect(JSON.stringify(unlabelled)).toBe('{"baseUrl":"https://pd.example/"}');
  });
});

describe('identifying itself', () => {
  it('sends a user-agent naming @x/portalduct and its version', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl);
    const agents: (string | null)[] = [];
    server.use(http.get(`${baseUrl}/v1/getClientBalance/:id`, ({ request }) => (agents.push(request.headers.get('user-agent')), HttpResponse.json({}))));
    await new PortalDuctClient({ baseUrl, ...CREDENTIALS }).getClientBalance(CLIENT_UUID);
    expect(agents[0]).toMatch(new RegExp(`^@x/portalduct/${VERSION.replaceAll('.', '\\.')} `));
  });
});

describe('expired or refused token', () => {
  it('a 403 is not taken for an expired token: no new login, no replay of the POST', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    let posts = 0;
    server.use(http.post(`${baseUrl}/v1/addNewCustomer`, () => (posts++, HttpResponse.json({ message: 'not allowed' }, { status: 403 }))));
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS });
    const error = await pd.addCustomer({ customerUuid: CUSTOMER_UUID }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(/^PortalDuct API returned 403 for POST \/v1\/addNewCustomer: not allowed/);
    expect(posts).toBe(1);
    expect(logins.issued).toHaveLength(1);
  });

  it('isTokenExpired changes what counts as expired (here a 403): log in again and replay once', async () => {
    const baseUrl = uniqueBaseUrl();
    const logins = mockLogin(server, baseUrl);
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${baseUrl}/v1/getClientBalance/:id`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return seen.length === 1 ? HttpResponse.json({ message: 'token expired' }, { status: 403 }) : HttpResponse.json({ balance: 9 });
      }),
    );
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS, isTokenExpired: (error) => error.status === 403 });
    await expect(pd.getClientBalance(CLIENT_UUID)).resolves.toEqual({ balance: 9 });
    expect(logins.issued).toEqual(['pd-token-1', 'pd-token-2']);
    expect(seen).toEqual(['Bearer pd-token-1', 'Bearer pd-token-2']);
  });
});

describe('responses in strict validation', () => {
  it('invoices as a list or as an object both pass; a string does not', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl);
    const answers: unknown[] = [[{ id: 'i1' }], { invoices: [], next: null }, 'oops'];
    server.use(http.get(`${baseUrl}/v1/getClientInvoices/:id`, () => HttpResponse.json(answers.shift() as never)));
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS, validation: 'strict' });
    await expect(pd.getClientInvoices(CONNECTION_UUID)).resolves.toEqual([{ id: 'i1' }]);
    await expect(pd.getClientInvoices(CONNECTION_UUID)).resolves.toEqual({ invoices: [], next: null });
    await expect(pd.getClientInvoices(CONNECTION_UUID)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('create calls accept an object or an empty body; a list is not a created record', async () => {
    const baseUrl = uniqueBaseUrl();
    mockLogin(server, baseUrl);
    const answers = [HttpResponse.json({ id: 1 }), new HttpResponse(null, { status: 204 }), HttpResponse.json([1, 2])];
    server.use(http.post(`${baseUrl}/v1/clientsPortalLoginChanges`, () => answers.shift()!));
    const pd = new PortalDuctClient({ baseUrl, ...CREDENTIALS, validation: 'strict' });
    const input = { url: 'https://me.example/hook' };
    await expect(pd.registerLoginChangesWebhook(input)).resolves.toEqual({ id: 1 });
    await expect(pd.registerLoginChangesWebhook(input)).resolves.toBeUndefined();
    await expect(pd.registerLoginChangesWebhook(input)).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
