import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  SDKError,
  UnprocessableEntityError,
  extractVendorMessage,
  makeAPIError,
} from '../src/index.js';
import { captureLogger, makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

function failing(status: number, body: unknown, headers: Record<string, string> = {}) {
  const client = makeClient();
  const state = { count: 0 };
  server.use(
    http.all(`${client.options.baseUrl}/things/42`, () => {
      state.count++;
      return typeof body === 'string'
        ? new HttpResponse(body, { status, headers: { 'content-type': 'text/html', ...headers } })
        : HttpResponse.json(body as object, { status, headers });
    }),
  );
  return { client, state };
}

async function caught(promise: PromiseLike<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('status mapping', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ] as const)('%i -> %o', async (status, ErrorClass) => {
    const { client } = failing(status, { error: { message: `vendor says ${status}` } }, { 'x-request-id': `req-${status}` });
    const error = await caught(client.request({ method: 'GET', path: '/things/42' }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SDKError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
    expect(error.vendorMessage).toBe(`vendor says ${status}`);
    expect(error.requestId).toBe(`req-${status}`);
    expect(error.headers['x-request-id']).toBe(`req-${status}`);
    expect(error.body).toEqual({ error: { message: `vendor says ${status}` } });
    expect(error.method).toBe('GET');
    expect(error.url).toBe(`${client.options.baseUrl}/things/42`);
    expect(error.message).toContain(`vendor says ${status}`);
    expect(error.message).toContain(`req-${status}`);
    expect(error.message).toContain(String(status));
    expect(error.message).toContain('Test');
    expect(error.message).toContain('/things/42');
  });

  it('418 is a plain APIError', async () => {
    const { client } = failing(418, { message: "I'm a teapot" });
    const error = await caught(client.request({ method: 'GET', path: '/things/42' }));
    expect(error).toBeInstanceOf(APIError);
    expect(error.constructor).toBe(APIError);
    expect(error).not.toBeInstanceOf(BadRequestError);
    expect(error.status).toBe(418);
    expect(error.vendorMessage).toBe("I'm a teapot");
  });

  it('makeAPIError maps directly, other 5xx included', () => {
    const base = { headers: {}, body: undefined, vendorMessage: undefined, requestId: undefined, method: 'GET', url: 'https://x.test/a', vendor: 'V' };
    expect(makeAPIError({ ...base, status: 504 })).toBeInstanceOf(InternalServerError);
    expect(makeAPIError({ ...base, status: 405 }).constructor).toBe(APIError);
  });

  it('uses the profile requestIdHeader', async () => {
    const client = makeClient({}, { requestIdHeader: 'x-trace' });
    server.use(http.get(`${client.options.baseUrl}/t`, () => HttpResponse.json({ message: 'no' }, { status: 404, headers: { 'x-trace': 'tr-9' } })));
    const error = await caught(client.request({ method: 'GET', path: '/t' }));
    expect(error.requestId).toBe('tr-9');
    expect(error.message).toContain('tr-9');
  });
});

describe('vendor messages', () => {
  it('renders a FastAPI 422 detail list as field: message', async () => {
    const { client } = failing(422, { detail: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }] });
    const error = await caught(client.request({ method: 'POST', path: '/things/42', body: {} }));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.vendorMessage).toBe('email: value is not a valid email address');
    expect(error.message).toContain('email: value is not a valid email address');
  });

  it('joins several FastAPI details with nested locations', () => {
    expect(
      extractVendorMessage({
        detail: [
          { loc: ['body', 'address', 'country'], msg: 'field required' },
          { loc: ['query', 'limit'], msg: 'too big' },
        ],
      }),
    ).toBe('address.country: field required; query.limit: too big');
  });

  it('tolerates extra fields next to {error: {message, type}}', async () => {
    const body = { error: { message: 'Entity is locked', type: 'conflict', code: 'E_LOCK', extra: { id: 1 } }, meta: [1, 2] };
    const { client } = failing(409, body);
    const error = await caught(client.request({ method: 'GET', path: '/things/42' }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.vendorMessage).toBe('Entity is locked');
    expect(error.body).toEqual(body);
  });

  it.each([
    [{ message: 'top-level' }, 'top-level'],
    [{ error: 'string error' }, 'string error'],
    [{ detail: 'a detail' }, 'a detail'],
    [{ unrelated: true }, undefined],
    [null, undefined],
  ])('extractVendorMessage(%j) = %j', (body, expected) => {
    expect(extractVendorMessage(body)).toBe(expected);
  });

  it('keeps a non-JSON error body as text', async () => {
    const { client } = failing(502, '<html><body>Bad Gateway from proxy</body></html>');
    const error = await caught(client.request({ method: 'GET', path: '/things/42' }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe('<html><body>Bad Gateway from proxy</body></html>');
    expect(error.message).toContain('Bad Gateway from proxy');
  });

  it('handles an empty error body', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/e`, () => new HttpResponse(null, { status: 404 })));
    const error = await caught(client.request({ method: 'GET', path: '/e' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.body).toBeUndefined();
    expect(error.vendorMessage).toBeUndefined();
    expect(error.message).toContain('404');
  });

  it('a profile extractErrorMessage is used', async () => {
    const client = makeClient({}, { extractErrorMessage: (body) => (body as { errors: { title: string }[] }).errors[0]!.title });
    server.use(http.get(`${client.options.baseUrl}/e`, () => HttpResponse.json({ errors: [{ title: 'custom shape' }] }, { status: 400 })));
    const error = await caught(client.request({ method: 'GET', path: '/e' }));
    expect(error.vendorMessage).toBe('custom shape');
  });
});

describe('connection, timeout and abort errors', () => {
  it('a network failure is an APIConnectionError', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.error()));
    const error = await caught(client.request({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(SDKError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(error.message).toContain('GET /x');
  });

  it('a slow attempt is an APITimeoutError (per attempt)', async () => {
    const client = makeClient({ timeout: 40 });
    server.use(
      http.get(`${client.options.baseUrl}/slow`, async () => {
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({});
      }),
    );
    const error = await caught(client.request({ method: 'GET', path: '/slow' }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.timeoutMs).toBe(40);
    expect(error.message).toContain('40 ms');
  });

  it('totalTimeout bounds the whole call across retries', async () => {
    const client = makeClient({ timeout: 50, totalTimeout: 120, maxRetries: 5 });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/slow`, async () => {
        count++;
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({});
      }),
    );
    const error = await caught(client.request({ method: 'GET', path: '/slow' }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.timeoutMs).toBe(120);
    expect(error.message).toMatch(/total timeout/i);
    expect(count).toBeLessThan(6);
  });

  it('a signal aborted before the call sends nothing', async () => {
    const client = makeClient();
    let count = 0;
    server.use(http.get(`${client.options.baseUrl}/x`, () => (count++, HttpResponse.json({}))));
    const error = await caught(client.request({ method: 'GET', path: '/x' }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toBeInstanceOf(SDKError);
    expect(count).toBe(0);
  });

  it('aborting while in flight is an APIUserAbortError, not retried', async () => {
    const client = makeClient({ maxRetries: 2 });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/slow`, async () => {
        count++;
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await caught(client.request({ method: 'GET', path: '/slow' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(count).toBe(1);
  });

  it('aborting during a retry wait is an APIUserAbortError', async () => {
    const controller = new AbortController();
    const client = makeClient({
      maxRetries: 2,
      logLevel: 'info',
      logger: { error() {}, warn() {}, debug() {}, info: (message) => void (message.includes('retrying') && controller.abort()) },
    });
    let count = 0;
    server.use(
      http.get(`${client.options.baseUrl}/busy`, () => {
        count++;
        return HttpResponse.json({}, { status: 503, headers: { 'retry-after': '5' } });
      }),
    );
    const error = await caught(client.request({ method: 'GET', path: '/busy' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toMatch(/waiting to retry/);
    expect(count).toBe(1);
  });
});

describe('validation errors', () => {
  const bodySchema = z.object({ email: z.string(), address: z.object({ country: z.string() }) });

  it('a bad body is a RequestValidationError naming the field path, and nothing is sent', async () => {
    const client = makeClient();
    let count = 0;
    server.use(http.post(`${client.options.baseUrl}/people`, () => (count++, HttpResponse.json({}))));
    const error = await caught(
      client.request({ method: 'POST', path: '/people', body: { email: 'a@b.c', address: { country: 7 } }, bodySchema, operation: 'people.create' }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toBeInstanceOf(SDKError);
    expect(error.message).toContain('address.country');
    expect(error.message).toContain('people.create');
    expect(error.message).toContain('expected string, got number');
    expect(error.issues).toEqual([{ path: 'address.country', message: 'expected string, got number' }]);
    expect(count).toBe(0);
  });

  it('a missing field reads as required, a wrong type names the type it got', async () => {
    const client = makeClient();
    const error = await caught(client.request({ method: 'POST', path: '/people', body: { address: { country: null } }, bodySchema }));
    expect(error.issues).toEqual([
      { path: 'email', message: 'required, expected string' },
      { path: 'address.country', message: 'expected string, got null' },
    ]);
  });

  it('bad query parameters are a RequestValidationError too', async () => {
    const client = makeClient();
    let count = 0;
    server.use(http.get(`${client.options.baseUrl}/people`, () => (count++, HttpResponse.json({}))));
    const error = await caught(client.request({ method: 'GET', path: '/people', query: { limit: 'ten' }, querySchema: z.object({ limit: z.number() }) }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain('limit');
    expect(count).toBe(0);
  });

  const responseSchema = z.object({ id: z.string(), total: z.number() });
  function mismatched() {
    const log = captureLogger();
    const client = makeClient({ logger: log.logger });
    server.use(http.get(`${client.options.baseUrl}/r`, () => HttpResponse.json({ id: 5, total: 1 }, { headers: { 'x-request-id': 'rq-7' } })));
    return { client, lines: log.lines };
  }

  it('strict mode throws ResponseValidationError with the path and request id', async () => {
    const { client } = mismatched();
    const error = await caught(client.request({ method: 'GET', path: '/r', responseSchema }, { validation: 'strict' }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.requestId).toBe('rq-7');
    expect(error.issues[0].path).toBe('id');
    expect(error.message).toContain('id: expected string, got number');
  });

  it('lenient mode (default) returns the data and logs a warning', async () => {
    const { client, lines } = mismatched();
    await expect(client.request({ method: 'GET', path: '/r', responseSchema })).resolves.toEqual({ id: 5, total: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('warn');
    expect(lines[0]!.message).toContain('does not match');
    expect(lines[0]!.fields).toMatchObject({ requestId: 'rq-7', issues: [{ path: 'id' }] });
  });

  it('off mode skips validation: data back, no warning', async () => {
    const { client, lines } = mismatched();
    await expect(client.request({ method: 'GET', path: '/r', responseSchema }, { validation: 'off' })).resolves.toEqual({ id: 5, total: 1 });
    expect(lines).toHaveLength(0);
  });

  it('a non-JSON success body is a ResponseValidationError', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/html`, () => new HttpResponse('<html/>', { headers: { 'content-type': 'text/html' } })));
    const error = await caught(client.request({ method: 'GET', path: '/html' }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain('text/html');
  });
});

describe('instanceof across duplicate copies of the package', () => {
  it('classes from a second module instance recognise errors of the first, and vice versa', async () => {
    // @ts-expect-error -- a query-suffixed specifier loads a second, independent copy of the module
    const copy: typeof import('../src/errors/status-errors.js') = await import('../src/errors/status-errors.ts?copy=2');
    // @ts-expect-error -- as above
    const apiCopy: typeof import('../src/errors/api-error.js') = await import('../src/errors/api-error.ts?copy=2');
    // @ts-expect-error -- as above
    const sdkCopy: typeof import('../src/errors/sdk-error.js') = await import('../src/errors/sdk-error.ts?copy=2');
    expect(copy.NotFoundError).not.toBe(NotFoundError);
    expect(apiCopy.APIError).not.toBe(APIError);
    expect(sdkCopy.SDKError).not.toBe(SDKError);

    const init = { status: 404, headers: {}, body: undefined, vendorMessage: undefined, requestId: undefined, method: 'GET', url: 'https://x.test/a', vendor: 'V' };
    const foreign = new copy.NotFoundError(init);
    expect(foreign).toBeInstanceOf(NotFoundError);
    expect(foreign).toBeInstanceOf(APIError);
    expect(foreign).toBeInstanceOf(SDKError);
    expect(foreign).not.toBeInstanceOf(ConflictError);

    const local = new NotFoundError(init);
    expect(local).toBeInstanceOf(copy.NotFoundError);
    expect(local).toBeInstanceOf(apiCopy.APIError);
    expect(local).toBeInstanceOf(sdkCopy.SDKError);
    expect(local).not.toBeInstanceOf(copy.ConflictError);
    expect(new Error('plain')).not.toBeInstanceOf(sdkCopy.SDKError);
  });
});
