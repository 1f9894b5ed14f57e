// How call bodies become bytes: JSON exactly as JSON.stringify would write it
// (or a refusal naming the field), form and multipart encodings, and what each
// sends as content-type.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { RequestValidationError } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** Sends `body` with `bodyType` and returns what the server received. */
async function send(body: unknown, options: { bodyType?: 'json' | 'form' | 'multipart'; bodySchema?: z.ZodMiniType; validateRequests?: boolean } = {}) {
  const client = makeClient();
  const received: { text: string; contentType: string | null; form?: FormData }[] = [];
  server.use(
    http.post(`${client.options.baseUrl}/in`, async ({ request }) => {
      const contentType = request.headers.get('content-type');
      if (contentType?.startsWith('multipart/')) received.push({ text: '', contentType, form: await request.formData() });
      else received.push({ text: await request.text(), contentType });
      return HttpResponse.json({ ok: true });
    }),
  );
  await client.request(
    { method: 'POST', path: '/in', body, bodyType: options.bodyType, bodySchema: options.bodySchema },
    options.validateRequests === undefined ? {} : { validateRequests: options.validateRequests },
  );
  return received[0]!;
}

async function refusal(body: unknown): Promise<RequestValidationError> {
  const error = await send(body).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestValidationError);
  return error as RequestValidationError;
}

describe('JSON bodies', () => {
  it('are sent exactly as JSON.stringify writes them: undefined fields dropped, array holes and undefined items as null, dates as strings', async () => {
    const body = { a: 1, skip: undefined, list: [1, undefined, , 'x'], when: new Date(0), nested: { deep: [{ b: true, c: null }] } }; // eslint-disable-line no-sparse-arrays
    const got = await send(body);
    expect(got.text).toBe(JSON.stringify(body));
    expect(got.contentType).toBe('application/json');
  });

  it("toJSON gets the field's key, as with JSON.stringify", async () => {
    const keyed = { toJSON: (key: string) => `key:${key}` };
    const got = await send({ first: keyed, list: [keyed] });
    expect(got.text).toBe(JSON.stringify({ first: keyed, list: [keyed] }));
    expect(got.text).toBe('{"first":"key:first","list":["key:0"]}');
  });

  it('a class instance is reduced to its own enumerable fields', async () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
      get length() {
        return Math.hypot(this.x, this.y);
      }
    }
    expect((await send({ p: new Point(3, 4) })).text).toBe('{"p":{"x":3,"y":4}}');
  });

  it('the same object in two places is not a cycle', async () => {
    const shared = { id: 1 };
    expect((await send({ a: shared, b: [shared, shared] })).text).toBe('{"a":{"id":1},"b":[{"id":1},{"id":1}]}');
  });

  it('a bare string, number, boolean or null body is sent as JSON', async () => {
    expect((await send('text')).text).toBe('"text"');
    expect((await send(0)).text).toBe('0');
    expect((await send(false)).text).toBe('false');
    expect((await send(null)).text).toBe('null');
  });

  it('each value JSON cannot carry is reported at its path, all of them at once', async () => {
    const error = await refusal({ top: Infinity, list: [1, -Infinity, { deep: Symbol('s') }], fn: () => 1, big: 1n });
    expect(error.issues).toEqual([
      { path: 'top', message: 'Infinity is not a finite number and cannot be sent as JSON' },
      { path: 'list[1]', message: '-Infinity is not a finite number and cannot be sent as JSON' },
      { path: 'list[2].deep', message: 'a symbol cannot be sent as JSON' },
      { path: 'fn', message: 'a function cannot be sent as JSON' },
      { path: 'big', message: 'a BigInt cannot be sent as JSON; pass a number or a string' },
    ]);
    expect(error.message).toContain('request body for POST /in');
  });

  it('a cycle is reported where it closes', async () => {
    const node: Record<string, unknown> = { name: 'a', child: { name: 'b' } };
    (node['child'] as Record<string, unknown>)['parent'] = node;
    const error = await refusal(node);
    expect(error.issues).toEqual([{ path: 'child.parent', message: 'circular reference: the value contains itself and cannot be sent as JSON' }]);
  });

  it('a bad value at the top level has an empty path', async () => {
    const error = await refusal(Number.NaN);
    expect(error.issues).toEqual([{ path: '', message: 'NaN is not a finite number and cannot be sent as JSON' }]);
  });
});

describe('form bodies', () => {
  it('are URL-encoded; null and undefined fields are left out; other values become text', async () => {
    const got = await send({ grant_type: 'password', user: 'ann smith', n: 2, yes: true, none: null, skip: undefined }, { bodyType: 'form' });
    expect(got.text).toBe('grant_type=password&user=ann+smith&n=2&yes=true');
    expect(got.contentType).toBe('application/x-www-form-urlencoded');
  });

  it('are checked against the schema first; nothing is sent when they do not match', async () => {
    const client = makeClient();
    let sent = 0;
    server.use(
      http.post(`${client.options.baseUrl}/in`, () => {
        sent++;
        return HttpResponse.json({});
      }),
    );
    const schema = z.strictObject({ user: z.string() });
    await expect(client.request({ method: 'POST', path: '/in', body: { user: 1 }, bodyType: 'form', bodySchema: schema })).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toBe(0);
  });
});

describe('multipart bodies', () => {
  it('send fields as text, objects as JSON, arrays as repeated fields, and skip null and undefined', async () => {
    const got = await send(
      { name: 'doc', count: 3, meta: { a: 1 }, tags: ['x', 'y', null], none: null, skip: undefined, file: new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }) },
      { bodyType: 'multipart' },
    );
    expect(got.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = got.form!;
    expect(form.get('name')).toBe('doc');
    expect(form.get('count')).toBe('3');
    expect(form.get('meta')).toBe('{"a":1}');
    expect(form.getAll('tags')).toEqual(['x', 'y']);
    expect(form.has('none')).toBe(false);
    expect(form.has('skip')).toBe(false);
    const file = form.get('file') as File;
    expect(file.name).toBe('a.pdf');
    expect(await file.text()).toBe('%PDF');
  });

  it('are checked against the schema when validation is on, and sent as given when it is off', async () => {
    const schema = z.strictObject({ name: z.string() });
    await expect(send({ name: 1 }, { bodyType: 'multipart', bodySchema: schema })).rejects.toBeInstanceOf(RequestValidationError);
    const got = await send({ name: 1 }, { bodyType: 'multipart', bodySchema: schema, validateRequests: false });
    expect(got.form!.get('name')).toBe('1');
  });
});

describe('no body', () => {
  it('an operation whose schema requires a body refuses a call without one', async () => {
    const schema = z.strictObject({ name: z.string() });
    await expect(send(undefined, { bodySchema: schema })).rejects.toBeInstanceOf(RequestValidationError);
  });

  it('an operation whose body is optional sends nothing and no content-type', async () => {
    const got = await send(undefined, { bodySchema: z.optional(z.strictObject({ name: z.string() })) });
    expect(got.text).toBe('');
    expect(got.contentType).toBeNull();
  });

  it('with validation off, a missing required body is not checked', async () => {
    const got = await send(undefined, { bodySchema: z.strictObject({ name: z.string() }), validateRequests: false });
    expect(got.text).toBe('');
  });
});
