// The client secret and tokens never show in errors, logs or inspected clients.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MoniteClient, type Logger } from '../src/index.js';
import { uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterAll(() => server.close());

const SECRET = 'cs_SECRET_monite_9f8e7d';
const TOKEN = 'tok_SECRET_partner_1a2b3c';

it('keeps the client secret and tokens out of errors, logs and inspected clients', async () => {
  const baseUrl = uniqueBaseUrl();
  server.use(
    http.post(`${baseUrl}/auth/token`, () => HttpResponse.json({ access_token: TOKEN, token_type: 'Bearer', expires_in: 1800 })),
    http.get(`${baseUrl}/roles`, () => HttpResponse.json({ error: { message: `token ${TOKEN} was revoked, secret ${SECRET}` } }, { status: 403 })),
    http.post(`${baseUrl}/auth/revoke`, () => HttpResponse.json({ error: { message: `cannot revoke ${TOKEN}` }, client_secret: SECRET }, { status: 500 })),
  );
  const lines: string[] = [];
  const logger: Logger = { debug: (m, f) => lines.push(m, JSON.stringify(f) ?? ""), info: (m, f) => lines.push(m, JSON.stringify(f) ?? ""), warn: (m, f) => lines.push(m, JSON.stringify(f) ?? ""), error: (m, f) => lines.push(m, JSON.stringify(f) ?? "") };
  const monite = new MoniteClient({ clientId: 'id', clientSecret: SECRET, baseUrl, logger, logLevel: 'debug', maxRetries: 0 });
  const scoped = monite.forEntity('e1');
  const errors = [await scoped.roles.list().catch((e: unknown) => e), await scoped.revokeToken().catch((e: unknown) => e)];
  const outputs = [
    ...errors.flatMap((e) => [String(e), String((e as Error).stack), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })]),
    inspect(monite, { depth: 10, showHidden: true }),
    inspect(scoped.asEntityUser('u1'), { depth: 10, showHidden: true }),
    JSON.stringify(monite),
    ...lines,
  ];
  expect(errors.every((e) => e instanceof Error)).toBe(true);
  for (const output of outputs) {
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(TOKEN);
  }
});
