// What is validated is what is sent: the body is reduced once to the JSON it
// becomes, that snapshot is checked, and the same bytes go over the wire.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { RequestValidationError, SDKError, clientCredentials } from '../src/index.js';
import { captureLogger, makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

const person = z.strictObject({ name: z.string(), age: z.optional(z.number()) });

/** A client whose POST /people records raw bodies, and whose token endpoint counts requests. */
function setup(options: Parameters<typeof makeClient>[0] = {}) {
  const client = makeClient({ auth: clientCredentials({ path: '/token', clientId: 'id', clientSecret: 'secret-abc' }), ...options });
  const base = client.options.baseUrl;
  const sent: string[] = [];
  let tokens = 0;
  server.use(
    http.post(`${base}/token`, () => {
      tokens++;
      return HttpResponse.json({ access_token: 'tok', expires_in: 3600 });
    }),
    http.post(`${base}/people`, async ({ request }) => {
      sent.push(await request.text());
      return HttpResponse.json({ ok: true });
    }),
  );
  const post = (body: unknown, requestOptions = {}) => client.request({ method: 'POST', path: '/people', body, bodySchema: person }, requestOptions);
  return { post, sent, tokens: () => tokens };
}

describe('the body sent is the body validated', () => {
  it('a Date passed as the body is refused (it would be sent as a date string), nothing sent', async () => {
    const { post, sent, tokens } = setup();
    await expect(post(new Date(0))).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toHaveLength(0);
    expect(tokens()).toBe(0);
  });

  it("a class whose toJSON adds fields is checked on what toJSON returns", async () => {
    const { post, sent } = setup();
    class Person {
      constructor(readonly name: string) {}
      toJSON() {
        return { name: this.name, internalNote: 'not in the schema' };
      }
    }
    const error = (await post(new Person('Ada')).catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toMatch(/internalNote/);
    expect(sent).toHaveLength(0);
  });

  it('a getter that changes between check and send: the first value read is validated and sent', async () => {
    const { post, sent } = setup();
    let reads = 0;
    const body = {
      get name(): unknown {
        reads++;
        return reads === 1 ? 'Ada' : 42;
      },
    };
    await post(body);
    expect(sent).toEqual(['{"name":"Ada"}']);
    expect(reads).toBe(1);
  });

  it('a valid body is sent byte for byte as its JSON', async () => {
    const { post, sent } = setup();
    await post({ name: 'Ada', age: 36 });
    expect(sent).toEqual([JSON.stringify({ name: 'Ada', age: 36 })]);
  });
});

describe('values JSON cannot carry are a RequestValidationError naming the field, before any token request', () => {
  const cyclic: Record<string, unknown> = { name: 'Ada' };
  cyclic['self'] = cyclic;
  it.each([
    ['a BigInt', { name: 'Ada', age: 10n }, 'age', /BigInt/],
    ['a circular reference', cyclic, 'self', /circular/],
    ['a function', { name: 'Ada', age: () => 1 }, 'age', /function/],
    ['a symbol', { name: Symbol('x') }, 'name', /symbol/],
    ['NaN', { name: 'Ada', age: Number.NaN }, 'age', /finite/],
    ['a nested BigInt in an array', { name: 'Ada', tags: [1, 2n] }, 'tags[1]', /BigInt/],
  ])('%s', async (_label, body, path, message) => {
    const { post, sent, tokens } = setup();
    const error = (await post(body).catch((e: unknown) => e)) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.issues.find((i) => i.path === path)?.message).toMatch(message);
    expect(error.message).toContain(path);
    expect(sent).toHaveLength(0);
    expect(tokens()).toBe(0);
  });

  it('the same refusal with request validation off: such values still cannot be sent', async () => {
    const { post, sent } = setup();
    await expect(post({ name: 'Ada', age: 1n }, { validateRequests: false })).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toHaveLength(0);
  });
});

describe('the escape hatch: validateRequests: false', () => {
  it('per request: an input the schema refuses is sent as given, with a warning', async () => {
    const { post, sent } = setup();
    const { logger, lines } = captureLogger();
    await expect(post({ name: 1 })).rejects.toBeInstanceOf(RequestValidationError);
    await post({ name: 1, extra: true }, { validateRequests: false, logger });
    expect(sent).toEqual(['{"name":1,"extra":true}']);
    expect(lines.some((l) => l.level === 'warn' && /request validation is off; the input is sent as given/.test(l.message))).toBe(true);
  });

  it('per client', async () => {
    const { post, sent } = setup({ validateRequests: false });
    await post({ nom: 'Ada' });
    expect(sent).toEqual(['{"nom":"Ada"}']);
  });

  it('a non-boolean is a configuration error', () => {
    expect(() => makeClient({ validateRequests: 'no' as never })).toThrow(/validateRequests must be true or false/);
  });

  it('every error raised for bad input is an SDKError', async () => {
    const { post, sent } = setup();
    for (const body of [undefined, null, 'x', 1, [], { name: null }, { name: 'a', age: '1' }]) {
      const outcome = await post(body).catch((e: unknown) => e);
      expect(outcome).toBeInstanceOf(RequestValidationError);
      expect(outcome).toBeInstanceOf(SDKError);
    }
    expect(sent).toHaveLength(0);
  });
});
