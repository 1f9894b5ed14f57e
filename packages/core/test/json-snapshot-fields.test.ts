// Fields that JSON leaves out are left out of the snapshot that is validated,
// so a strict schema never sees a key the wire will not carry.
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import * as z from 'zod/mini';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

it('an undefined field is dropped before validation and sending: a strict schema accepts the body', async () => {
  const client = makeClient();
  const sent: string[] = [];
  server.use(
    http.post(`${client.options.baseUrl}/people`, async ({ request }) => {
      sent.push(await request.text());
      return HttpResponse.json({ ok: true });
    }),
  );
  const person = z.strictObject({ name: z.string(), tags: z.array(z.nullable(z.string())) });
  const body = { name: 'Ada', nickname: undefined, tags: ['a', undefined] };
  await client.request({ method: 'POST', path: '/people', body, bodySchema: person });
  expect(sent).toEqual(['{"name":"Ada","tags":["a",null]}']);
});
