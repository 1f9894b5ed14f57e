// Signed webhook deliveries to a registered URL, and the same handlers served on a real 127.0.0.1 server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { constructMoniteWebhookEvent, MoniteClient, type MoniteWebhookEvent } from '../src/index.js';
import { createMoniteSandbox } from '../src/testing/index.js';
import { guideEntity, sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it('delivers signed events that verifyMoniteWebhook accepts, only for the subscribed object type', async () => {
  const sandbox = createMoniteSandbox({ baseUrl: sandboxUrl() });
  const received: MoniteWebhookEvent[] = [];
  let secret = '';
  server.use(
    ...sandbox.handlers,
    http.post('https://receiver.test/monite', async ({ request }) => {
      received.push(await constructMoniteWebhookEvent({ payload: await request.text(), signature: request.headers, secret }));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const monite = new MoniteClient(sandbox.clientOptions());
  secret = (await monite.webhookSubscriptions.create({ object_type: 'entity', url: 'https://receiver.test/monite' })).secret;
  const entity = await monite.entities.create(guideEntity);
  await monite.entities.update(entity.id, { email: 'billing@dare-cronin.example' });
  await monite.forEntity(entity.id).entityUsers.create({ login: 'no-event', first_name: 'N' });
  await sandbox.webhooks.flush();

  expect(received.map((e) => `${e.object_type}.${e.action} ${e.entity_id === entity.id}`)).toEqual(['entity.created true', 'entity.updated true']);
  expect(sandbox.webhooks.deliveries.map((d) => d.status)).toEqual([204, 204]);
  expect(sandbox.webhooks.deliveries[0]!.headers['monite-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
});

it('serves the same sandbox on 127.0.0.1: the SDK runs the flow over real HTTP, and a dropped connection resets the socket', async () => {
  const sandbox = createMoniteSandbox();
  const served = await sandbox.serve();
  // Real sockets: let them past msw for this test.
  server.close();
  try {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const monite = new MoniteClient({ ...sandbox.credentials, baseUrl: served.url });
    const entity = await monite.entities.create(guideEntity);
    const user = await monite.forEntity(entity.id).entityUsers.create({ login: 'real-http', first_name: 'R' });
    expect(await monite.forEntity(entity.id).asEntityUser(user.id).entityUsers.me()).toMatchObject({ login: 'real-http' });

    sandbox.faults.dropConnection();
    const error = await fetch(`${served.url}/entities`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(sandbox.log.entries.at(-1)).toMatchObject({ status: 0, fault: 'connection dropped' });
  } finally {
    await served.close();
    server.listen({ onUnhandledFrame: 'error' } as never);
  }
});

it('delivers webhooks over real HTTP to a receiver on 127.0.0.1', async () => {
  server.close();
  const bodies: string[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const sandbox = createMoniteSandbox();
  const served = await sandbox.serve();
  try {
    const monite = new MoniteClient({ ...sandbox.credentials, baseUrl: served.url });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    await monite.webhookSubscriptions.create({ object_type: 'entity', url, event_types: ['created'] });
    await monite.entities.create(guideEntity);
    await sandbox.webhooks.flush();
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]!)).toMatchObject({ object_type: 'entity', action: 'created' });
  } finally {
    await served.close();
    await new Promise((resolve) => receiver.close(resolve));
    server.listen({ onUnhandledFrame: 'error' } as never);
  }
});
