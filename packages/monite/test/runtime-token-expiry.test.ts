// Which Monite answers mean "your token expired" (fetch a new one, replay once) and which do not: only a 401, or a
// 400/403 saying so. Anything else that merely mentions a token is the caller's error, not a reason to replay.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { BadRequestError, InternalServerError, NotFoundError, UnprocessableEntityError } from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import type { Operation } from '../src/runtime/operation.js';
import { sandboxUrl } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const createPaymentLink: Operation = { id: 'post_payment_links', method: 'POST', path: '/payment_links', entityHeader: 'required', bodyType: 'json', responseType: 'json' };

/** A token endpoint counting grants, and /payment_links answering `status` with `body` to every POST. */
function start(status: number, body: unknown) {
  const baseUrl = sandboxUrl();
  const counts = { tokens: 0, posts: 0 };
  server.use(
    http.post(`${baseUrl}/auth/token`, () => HttpResponse.json({ access_token: `tok-${++counts.tokens}`, token_type: 'Bearer', expires_in: 1800 })),
    http.post(`${baseUrl}/payment_links`, () => (counts.posts++, body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body as never, { status }))),
  );
  const monite = new MoniteCore({ baseUrl, clientId: 'id', clientSecret: 'secret', maxRetries: 0 }).forEntity('ent-1');
  return { monite, counts };
}

for (const [label, status, body, type] of [
  ['a 404 about some other token', 404, { error: { message: 'Payment link token not found' } }, NotFoundError],
  ['a 422 mentioning an expired token', 422, { error: { message: 'The card token has expired' } }, UnprocessableEntityError],
  ['a 500 mentioning a token', 500, { error: { message: 'token revoked during processing' } }, InternalServerError],
  ['a 400 without a message', 400, undefined, BadRequestError],
] as const) {
  it(`${label} is not an expired token: no new token, the POST is not replayed`, async () => {
    const { monite, counts } = start(status, body);
    const error = await monite.call(createPaymentLink, { body: { amount: 100 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(counts).toEqual({ tokens: 1, posts: 1 });
  });
}

it('a 403 saying the token was revoked is one: a new token, and the POST replayed once', async () => {
  const { monite, counts } = start(403, { error: { message: 'The token has been revoked, expired or not found.' } });
  await monite.call(createPaymentLink, { body: { amount: 100 } }).catch(() => undefined);
  expect(counts).toEqual({ tokens: 2, posts: 2 });
});
