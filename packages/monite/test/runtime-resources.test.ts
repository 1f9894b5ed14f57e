// Resource methods are the standalone operation functions bound to one client: same name and arity (minus the
// client), so stack traces, logs and tools that read them show the operation, and calls go through that client.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { MoniteClient, RequestValidationError } from '../src/index.js';
import { batchPayments, batchPaymentsCreate, batchPaymentsRetrieve } from '../src/resources.js';
import { sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('a resource method keeps the name of its standalone function and takes its arguments without the client', () => {
  const monite = new MoniteClient({ token: 't' });
  for (const [method, standalone] of [
    [monite.batchPayments.create, batchPaymentsCreate],
    [monite.batchPayments.retrieve, batchPaymentsRetrieve],
    [batchPayments(monite).create, batchPaymentsCreate],
  ] as const) {
    expect(method.name).toBe(standalone.name);
    expect(standalone.length).toBeGreaterThan(1);
    expect(method.length).toBe(standalone.length - 1);
  }
});

it('each client runs its own bound methods (entity and token of that client)', async () => {
  const baseUrl = sandboxUrl();
  const seen: [string | null, string | null][] = [];
  server.use(
    http.get(`${baseUrl}/batch_payments/:id`, ({ request }) => (
      seen.push([request.headers.get('authorization'), request.headers.get('x-monite-entity-id')]), HttpResponse.json({ id: 'b1' })
    )),
  );
  const one = new MoniteClient({ baseUrl, token: 'token-one' }).forEntity('ent-1');
  const two = new MoniteClient({ baseUrl, token: 'token-two' }).forEntity('ent-2');
  const id = '0f6c8a34-5b8e-4b8e-9f3e-3c2c1b0a9d8e';
  await one.batchPayments.retrieve(id);
  await two.batchPayments.retrieve(id);
  expect(seen).toEqual([
    ['Bearer token-one', 'ent-1'],
    ['Bearer token-two', 'ent-2'],
  ]);
});

it('a malformed path id is refused before anything is sent, naming the operation and the parameter', async () => {
  const baseUrl = sandboxUrl();
  let requests = 0;
  server.use(http.all(`${baseUrl}/*`, () => (requests++, HttpResponse.json({}))));
  const monite = new MoniteClient({ baseUrl, token: 't' });
  const error = await monite.entities.retrieve('../entity_users').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestValidationError);
  expect((error as Error).message).toMatch(/path parameters for GET \/entities\/\{entity_id\}.*entity_id/);
  expect(requests).toBe(0);
});
