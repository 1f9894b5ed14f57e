// The client secret and tokens never show in errors, logs or inspected clients, even when an error body
// echoes them back.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { MoniteClient, type Logger } from '../src/index.js';
import { seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const SECRET = 'cs_SECRET_monite_9f8e7d';

it('keeps the client secret and tokens out of errors, logs and inspected clients', async () => {
  const sandbox = useSandbox(server, { clientSecret: SECRET });
  const { entity, users } = await seedEntity(sandbox, ['gardner']);
  // The sandbox issues real tokens; two answers a careless server might give echo the token and the secret.
  const echoed: string[] = [];
  const bearer = (request: Request) => (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
  server.use(
    http.get(`${sandbox.baseUrl}/roles`, ({ request }) => {
      echoed.push(bearer(request));
      return HttpResponse.json({ error: { message: `token ${bearer(request)} was revoked, secret ${SECRET}` } }, { status: 403 });
    }),
    http.post(`${sandbox.baseUrl}/auth/revoke`, async ({ request }) => {
      const { token } = (await request.json()) as { token: string };
      return HttpResponse.json({ error: { message: `cannot revoke ${token}` }, client_secret: SECRET }, { status: 500 });
    }),
  );
  const lines: string[] = [];
  const logger: Logger = { debug: (m, f) => lines.push(m, JSON.stringify(f) ?? ""), info: (m, f) => lines.push(m, JSON.stringify(f) ?? ""), warn: (m, f) => lines.push(m, JSON.stringify(f) ?? ""), error: (m, f) => lines.push(m, JSON.stringify(f) ?? "") };
  const monite = new MoniteClient({ ...sandbox.clientOptions(), logger, logLevel: 'debug', maxRetries: 0 });
  const scoped = monite.forEntity(entity.id);
  const errors = [await scoped.roles.list().catch((e: unknown) => e), await scoped.revokeToken().catch((e: unknown) => e)];
  const user = scoped.asEntityUser(users[0]!.id);
  const userToken = await user.getAccessToken();
  const outputs = [
    ...errors.flatMap((e) => [String(e), String((e as Error).stack), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })]),
    inspect(monite, { depth: 10, showHidden: true }),
    inspect(user, { depth: 10, showHidden: true }),
    JSON.stringify(monite),
    ...lines,
  ];
  expect(errors.every((e) => e instanceof Error)).toBe(true);
  // The 403 speaks of a revoked token, so the SDK refreshes once: both partner tokens must stay hidden.
  expect(echoed.length).toBeGreaterThan(0);
  const tokens = [...echoed, userToken];
  expect(tokens.every((t) => t.length > 10)).toBe(true);
  for (const output of outputs) {
    expect(output).not.toContain(SECRET);
    for (const token of tokens) expect(output).not.toContain(token);
  }
});
