import util from 'node:util';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ConfigurationError,
  HttpClient,
  RequestValidationError,
  ResponseValidationError,
  SDKError,
  apiKey,
  bearerToken,
  clientCredentials,
  passwordLogin,
  type AuthStrategy,
} from '../src/index.js';
import { captureLogger, closedPort, testProfile, uniqueBase, useMswServer, type LogLine } from './helpers/client.js';

const realFetch = globalThis.fetch;
const server = useMswServer();

const CLIENT_SECRET = 'cs_SECRET_123456';
const TOKEN = 'tok_SECRET_abcdef';
const API_KEY = 'key_SECRET_xyz987';
const PASSWORD = 'pw_SECRET_qwerty';
const USERINFO = 'ui_SECRET_userpass';
const SECRETS = [CLIENT_SECRET, TOKEN, API_KEY, PASSWORD, USERINFO];
const STATUSES = [400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503];

/** Everything a user, a log pipeline or an error tracker could see of a value. */
function exposures(value: unknown): string[] {
  const out = [util.inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? ''];
  if (value instanceof Error) out.push(value.message, String(value), value.stack ?? '');
  return out;
}

function expectNoSecrets(label: string, texts: string[]): void {
  for (const text of texts) {
    for (const secret of SECRETS) {
      if (text.includes(secret)) throw new Error(`${label} leaks ${secret}:\n${text}`);
    }
    expect(text).not.toMatch(/_SECRET_/);
  }
}

function logTexts(lines: LogLine[]): string[] {
  return lines.flatMap((line) => [line.message, JSON.stringify(line.fields) ?? '', util.inspect(line.fields, { depth: 10, showHidden: true })]);
}

/** API endpoints that echo every credential they received back in body and headers. */
function echoingApi(base: string) {
  const echo = (request: Request, body: string) => ({
    error: { message: `bad token ${request.headers.get('authorization')} / ${request.headers.get('x-api-key')} for ${request.url} with ${body}`, type: 'invalid_request' },
    access_token: TOKEN,
    received: { authorization: request.headers.get('authorization'), apiKey: request.headers.get('x-api-key'), url: request.url, body },
    detail_text: `Authorization: ${request.headers.get('authorization')}`,
  });
  const headersFor = (request: Request) => ({
    'set-cookie': `session=${TOKEN}; HttpOnly`,
    'x-echo-authorization': request.headers.get('authorization') ?? '',
    'x-echo-key': request.headers.get('x-api-key') ?? '',
    'x-request-id': 'req-leak',
    'retry-after-ms': '0',
  });
  server.use(
    http.post(`${base}/oauth/token`, async ({ request }) => {
      const body = await request.text();
      if (body.includes('fail')) return HttpResponse.json({ error: 'invalid_client', error_description: `bad credentials: ${decodeURIComponent(body)}`, got: body }, { status: 401 });
      if (body.includes('text500')) return new HttpResponse(`upstream said: ${body} Bearer ${TOKEN}`, { status: 500, headers: { 'content-type': 'text/plain' } });
      return HttpResponse.json({ access_token: TOKEN, expires_in: 3600, token_type: 'Bearer' });
    }),
    http.all(`${base}/err/:status`, async ({ request, params }) =>
      HttpResponse.json(echo(request, await request.text()), { status: Number(params['status']), headers: headersFor(request) }),
    ),
    http.get(`${base}/text-err`, ({ request }) => new HttpResponse(`denied for ${request.headers.get('authorization')} at ${request.url}`, { status: 403 })),
    http.get(`${base}/conn`, () => HttpResponse.error()),
    http.get(`${base}/slow`, async () => {
      await new Promise((r) => setTimeout(r, 300));
      return HttpResponse.json({});
    }),
    http.get(`${base}/ok`, ({ request }) => HttpResponse.json({ id: 5, access_token: TOKEN, echo: request.headers.get('authorization') }, { headers: { 'x-request-id': 'r' } })),
  );
}

const strategies: [string, (grantField?: string) => AuthStrategy][] = [
  ['clientCredentials', (extra) => clientCredentials({ path: '/oauth/token', clientId: 'cid', clientSecret: CLIENT_SECRET, ...(extra ? { scope: extra } : {}) })],
  ['bearerToken', () => bearerToken(TOKEN)],
  ['bearerToken supplier', () => bearerToken(async () => TOKEN)],
  ['apiKey', () => apiKey(API_KEY)],
  ['passwordLogin', (extra) => passwordLogin({ path: '/oauth/token', username: 'me@example.com', password: PASSWORD, ...(extra ? { extraFields: { hint: extra } } : {}) })],
];

function setup(auth: AuthStrategy) {
  const base = uniqueBase();
  echoingApi(base);
  const log = captureLogger();
  const client = new HttpClient({ ...testProfile, idempotencyHeader: 'idempotency-key' }, { baseUrl: base, auth, maxRetries: 1, logger: log.logger, logLevel: 'debug' });
  return { client, base, lines: log.lines };
}

async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const SECRET_QUERY = `access_token=${TOKEN}&api_key=${API_KEY}&page=2`;

describe.each(strategies)('no secret leaks with %s', (_, makeAuth) => {
  it('API errors of every status (body, headers, vendor message, URL) leak nothing', async () => {
    const { client, lines } = setup(makeAuth());
    for (const status of STATUSES) {
      const error = await rejection(client.request({ method: 'POST', path: `/err/${status}?${SECRET_QUERY}`, body: { password: PASSWORD, token: TOKEN } }));
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).status).toBe(status);
      expectNoSecrets(`${status} error`, exposures(error));
      // the vendor message is still useful, just scrubbed
      expect((error as APIError).vendorMessage).toMatch(/^bad token /);
      expect((error as APIError).vendorMessage).toContain('[REDACTED]');
      expect((error as APIError).headers['set-cookie']).toBe('[REDACTED]');
      expect((error as APIError).url).toContain('page=2');
    }
    const textError = await rejection(client.request({ method: 'GET', path: `/text-err?${SECRET_QUERY}` }));
    expectNoSecrets('text error', exposures(textError));
    expectNoSecrets('logs', logTexts(lines));
    expect(lines.some((l) => l.level === 'debug')).toBe(true);
  });

  it('connection, timeout, abort and validation errors leak nothing', async () => {
    const { client, lines } = setup(makeAuth());
    const errors: Error[] = [
      await rejection(client.request({ method: 'GET', path: `/conn?${SECRET_QUERY}` }, { maxRetries: 0 })),
      await rejection(client.request({ method: 'GET', path: `/slow?${SECRET_QUERY}` }, { timeout: 20, maxRetries: 0 })),
      await rejection(client.request({ method: 'GET', path: `/slow?${SECRET_QUERY}` }, { timeout: 200, totalTimeout: 30, maxRetries: 0 })),
      await rejection(client.request({ method: 'GET', path: `/slow?${SECRET_QUERY}` }, { signal: AbortSignal.timeout(20) })),
      await rejection(client.request({ method: 'GET', path: `/slow?${SECRET_QUERY}` }, { signal: AbortSignal.abort() })),
      await rejection(
        client.request({
          method: 'POST',
          path: `/ok?${SECRET_QUERY}`,
          body: { password: PASSWORD, token: 42, mode: TOKEN },
          bodySchema: z.object({ password: z.number(), token: z.string(), mode: z.enum(['a', 'b']) }),
        }),
      ),
      await rejection(client.request({ method: 'GET', path: `/ok?${SECRET_QUERY}`, query: { access_token: TOKEN }, querySchema: z.object({ access_token: z.number() }) })),
      await rejection(client.request({ method: 'GET', path: `/ok?${SECRET_QUERY}`, responseSchema: z.object({ id: z.string(), access_token: z.number() }) }, { validation: 'strict' })),
    ];
    expect(errors[0]).toBeInstanceOf(APIConnectionError);
    expect(errors[1]).toBeInstanceOf(APITimeoutError);
    expect(errors[2]).toBeInstanceOf(APITimeoutError);
    expect(errors[3]).toBeInstanceOf(APIUserAbortError);
    expect(errors[4]).toBeInstanceOf(APIUserAbortError);
    expect(errors[5]).toBeInstanceOf(RequestValidationError);
    expect(errors[6]).toBeInstanceOf(RequestValidationError);
    expect(errors[7]).toBeInstanceOf(ResponseValidationError);
    errors.forEach((error, i) => expectNoSecrets(`error #${i} (${error.name})`, exposures(error)));
    // lenient mode logs the mismatch
    await client.request({ method: 'GET', path: `/ok?${SECRET_QUERY}`, responseSchema: z.object({ id: z.string(), access_token: z.number() }) });
    expect(lines.some((l) => l.level === 'warn')).toBe(true);
    expectNoSecrets('logs', logTexts(lines));
  });

  it('a refused connection leaks nothing', async () => {
    const port = await closedPort();
    const { client: msw, lines } = setup(makeAuth());
    const client = msw.withOptions({ baseUrl: `http://127.0.0.1:${port}`, fetch: realFetch, maxRetries: 0 });
    const error = await rejection(client.request({ method: 'GET', path: `/x?${SECRET_QUERY}` }));
    expect(error).toBeInstanceOf(SDKError);
    expectNoSecrets('refused', exposures(error));
    expectNoSecrets('logs', logTexts(lines));
  });

  it('the client and its auth strategy inspect and serialise without secrets, before and after use', async () => {
    const { client } = setup(makeAuth());
    expectNoSecrets('client (cold)', [...exposures(client), ...exposures(client.auth), ...exposures(client.options)]);
    await client.request({ method: 'GET', path: '/ok' });
    expectNoSecrets('client (warm)', [...exposures(client), ...exposures(client.auth), ...exposures(client.withOptions({}))]);
  });
});

describe('token endpoint failures leak nothing', () => {
  it.each(strategies.filter(([name]) => name === 'clientCredentials' || name === 'passwordLogin'))('%s: 401 echoing the secret', async (_, makeAuth) => {
    const { client, lines } = setup(makeAuth('fail'));
    const error = await rejection(client.request({ method: 'GET', path: '/ok' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expectNoSecrets('token 401', [...exposures(error), ...logTexts(lines), ...exposures(client), ...exposures(client.auth)]);
  });

  it.each(strategies.filter(([name]) => name === 'clientCredentials' || name === 'passwordLogin'))('%s: 500 with a text body echoing the form', async (_, makeAuth) => {
    const { client, lines } = setup(makeAuth('text500'));
    const error = await rejection(client.request({ method: 'GET', path: '/ok' }));
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(500);
    expectNoSecrets('token 500', [...exposures(error), ...logTexts(lines)]);
  });

  it('a token endpoint that cannot be reached leaks nothing', async () => {
    const port = await closedPort();
    const log = captureLogger();
    const client = new HttpClient(testProfile, {
      baseUrl: `http://127.0.0.1:${port}`,
      auth: clientCredentials({ path: `/oauth/token?client_secret=${CLIENT_SECRET}`, clientId: 'cid', clientSecret: CLIENT_SECRET }),
      maxRetries: 0,
      fetch: realFetch,
      logger: log.logger,
      logLevel: 'debug',
    });
    const error = await rejection(client.request({ method: 'GET', path: '/ok' }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expectNoSecrets('token unreachable', [...exposures(error), ...logTexts(log.lines)]);
  });
});

describe('credentials in URLs', () => {
  it('a baseUrl with user info is a ConfigurationError that does not repeat the password', () => {
    let error: unknown;
    try {
      new HttpClient(testProfile, { baseUrl: `https://admin:${USERINFO}@api.example.test/v1?access_token=${TOKEN}` });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('api.example.test');
    expectNoSecrets('userinfo baseUrl', exposures(error));
  });

  it('an absolute request URL with user info is rejected before anything is sent', async () => {
    const { client, lines } = setup(bearerToken(TOKEN));
    const error = await rejection(client.request({ method: 'GET', path: `https://admin:${USERINFO}@elsewhere.test/x?${SECRET_QUERY}` }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expectNoSecrets('userinfo path', [...exposures(error), ...logTexts(lines)]);
  });

  it('a query credential is sent to the server but redacted in logs and errors', async () => {
    const { client, base, lines } = setup(bearerToken(TOKEN));
    const sent: string[] = [];
    server.use(
      http.get(`${base}/q`, ({ request }) => {
        sent.push(request.url);
        return HttpResponse.json({ error: { message: 'nope' } }, { status: 404 });
      }),
    );
    const error = await rejection(client.request({ method: 'GET', path: `/q?${SECRET_QUERY}`, query: { token: TOKEN } }));
    expect(sent[0]).toContain(`access_token=${TOKEN}`);
    expect((error as APIError).url).toContain('access_token=%5BREDACTED%5D');
    expectNoSecrets('query', [...exposures(error), ...logTexts(lines)]);
  });
});
