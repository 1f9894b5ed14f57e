// The login password and tokens never show in errors, logs or inspected clients.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PortalDuctClient, type Logger } from '../src/index.js';
import { CLIENT_UUID, CUSTOMER_UUID, uniqueBaseUrl } from './helpers/mock-portalduct.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterAll(() => server.close());

const PASSWORD = 'pw_SECRET_portalduct_7c6b';
const TOKEN = 'tok_SECRET_portalduct_1a2b';
const TOKEN_2 = 'tok_SECRET_portalduct_3c4d';
const REFRESH = 'rt_SECRET_portalduct_5e6f';
const COPIED = 'copied_SECRET_portalduct_9z';

function collectingLogger(lines: string[]): Logger {
  const push = (m: string, f?: Record<string, unknown>) => void lines.push(m, JSON.stringify(f) ?? '');
  return { debug: push, info: push, warn: push, error: push };
}

function outputsOf(errors: unknown[], objects: unknown[], lines: string[]): string[] {
  return [
    ...errors.flatMap((e) => [String(e), String((e as Error).stack), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })]),
    ...objects.flatMap((o) => [inspect(o, { depth: 10, showHidden: true }), JSON.stringify(o)]),
    ...lines,
  ];
}

it('keeps the password, tokens and refresh token out of errors, logs and inspected clients', async () => {
  const baseUrl = uniqueBaseUrl();
  let logins = 0;
  server.use(
    // The login echoes the password on failure; the API echoes tokens in its errors.
    http.post(`${baseUrl}/v1/login`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      logins++;
      if (logins === 1) return HttpResponse.json({ message: `bad password ${String(body['password'])}`, echo: body }, { status: 401 });
      return HttpResponse.json({ token: logins === 2 ? TOKEN : TOKEN_2, refresh_token: REFRESH });
    }),
    http.get(`${baseUrl}/v1/getClientBalance/${CLIENT_UUID}`, ({ request }) =>
      HttpResponse.json({ message: `token ${request.headers.get('authorization')} expired; refresh ${REFRESH}` }, { status: 401, headers: { 'x-echo': TOKEN } }),
    ),
    http.post(`${baseUrl}/v1/addNewCustomer`, () => HttpResponse.json({ message: `was ${TOKEN} and ${TOKEN_2}, pw ${PASSWORD}` }, { status: 500 })),
  );
  const lines: string[] = [];
  const portalduct = new PortalDuctClient({ baseUrl, email: 'ops@x.example', password: () => PASSWORD, logger: collectingLogger(lines), logLevel: 'debug', maxRetries: 0 });
  const errors = [
    await portalduct.getClientBalance(CLIENT_UUID).catch((e: unknown) => e),
    await portalduct.getClientBalance(CLIENT_UUID).catch((e: unknown) => e),
    await portalduct.addCustomer({ customerUuid: CUSTOMER_UUID }).catch((e: unknown) => e),
  ];
  expect(errors.every((e) => e instanceof Error)).toBe(true);
  expect(logins).toBeGreaterThanOrEqual(3);
  const outputs = outputsOf(errors, [portalduct, portalduct.withOptions({ timeout: 1000 })], lines);
  expect(outputs.join('\n')).toContain('[REDACTED]');
  for (const output of outputs) {
    for (const secret of [PASSWORD, TOKEN, TOKEN_2, REFRESH]) expect(output).not.toContain(secret);
  }
});

it('keeps a token copied from the developer portal out of errors, logs and inspected clients', async () => {
  const baseUrl = uniqueBaseUrl();
  server.use(http.get(`${baseUrl}/v1/getClientInvoices/:id`, ({ request }) => HttpResponse.json({ message: `bad ${request.headers.get('authorization')}` }, { status: 403 })));
  const lines: string[] = [];
  const portalduct = new PortalDuctClient({ baseUrl, token: COPIED, logger: collectingLogger(lines), logLevel: 'debug' });
  const error = await portalduct.getClientInvoices('c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  for (const output of outputsOf([error], [portalduct], lines)) expect(output).not.toContain(COPIED);
});
