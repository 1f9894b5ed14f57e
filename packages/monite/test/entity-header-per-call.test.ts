// The entity header of each call is its own: a per-request entityId applies to that call only, however many
// calls with other entities (or the client's own) come before and after it on the same client.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { recordWire, seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The sandbox has no OCR: `/ocr_tasks` (an operation whose entity header is optional) is answered by a one-line script.
const optional: Operation = { id: 'ocr', method: 'GET', path: '/ocr_tasks', entityHeader: 'optional', responseType: 'json' };

it('sends each call the entity it names, then the client entity again', async () => {
  const sandbox = useSandbox(server);
  server.use(http.get(`${sandbox.baseUrl}/ocr_tasks`, () => HttpResponse.json({ data: [], next_pagination_token: null, prev_pagination_token: null })));
  const wire = recordWire(server, sandbox.baseUrl);
  const [own, first, second] = [(await seedEntity(sandbox)).entity.id, (await seedEntity(sandbox)).entity.id, (await seedEntity(sandbox)).entity.id];
  const client = new MoniteCore(sandbox.clientOptions()).forEntity(own);
  await client.call(optional, {}, { entityId: first });
  await client.call(optional, {}, { entityId: second });
  await client.call(optional, {});
  await client.call(optional, {}, { entityId: first });
  await client.call(optional, {});
  const sent = (await wire.calls({ method: 'GET', path: '/ocr_tasks' })).map((c) => c.headers.get('x-monite-entity-id'));
  expect(sent).toEqual([first, second, own, first, own]);
});
