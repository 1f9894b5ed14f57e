import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  BinaryBody,
  HttpClient,
  NotFoundError,
  PagePromise,
  RateLimitError,
  RequestValidationError,
  SDKError,
  apiKey,
  bearerToken,
  cursorPagination,
  type AuthStrategy,
  type OpenEnum,
  type RequestOptions,
  type ValidationIssue,
  type ValidationMode,
  type WithResponse,
} from '../src/index.js';

declare const client: HttpClient;
const Thing = z.object({ id: z.string(), count: z.number() });
type Thing = z.infer<typeof Thing>;

describe('APIPromise', () => {
  it('awaits to T and is PromiseLike<T>', () => {
    const promise = client.request({ method: 'GET', path: '/t', responseSchema: Thing });
    expectTypeOf(promise).toEqualTypeOf<APIPromise<Thing>>();
    expectTypeOf(promise).resolves.toEqualTypeOf<Thing>();
    expectTypeOf(promise).toMatchTypeOf<PromiseLike<Thing>>();
    expectTypeOf<Awaited<typeof promise>>().toEqualTypeOf<{ id: string; count: number }>();
  });

  it('infers T from an explicit type argument', () => {
    expectTypeOf(client.request<number[]>({ method: 'GET', path: '/n' })).resolves.toEqualTypeOf<number[]>();
  });

  it('withResponse() and asResponse()', () => {
    const promise = client.request({ method: 'GET', path: '/t', responseSchema: Thing });
    expectTypeOf(promise.withResponse()).resolves.toEqualTypeOf<WithResponse<Thing>>();
    expectTypeOf<WithResponse<Thing>['data']>().toEqualTypeOf<Thing>();
    expectTypeOf<WithResponse<Thing>['response']>().toEqualTypeOf<Response>();
    expectTypeOf<WithResponse<Thing>['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(promise.asResponse()).resolves.toEqualTypeOf<Response>();
  });

  it('binary responses are BinaryBody', () => {
    const body = client.request<BinaryBody>({ method: 'GET', path: '/f.pdf', responseType: 'binary' });
    expectTypeOf(body).resolves.toHaveProperty('blob').returns.resolves.toEqualTypeOf<Blob>();
    expectTypeOf<BinaryBody['stream']>().returns.toEqualTypeOf<ReadableStream<Uint8Array>>();
  });

  it('rejects wrong specs', () => {
    // @ts-expect-error -- unknown HTTP method
    client.request({ method: 'FETCH', path: '/x' });
    // @ts-expect-error -- path is required
    client.request({ method: 'GET' });
    // @ts-expect-error -- unknown responseType
    client.request({ method: 'GET', path: '/x', responseType: 'xml' });
  });
});

describe('PagePromise', () => {
  type Page = { data: Thing[]; next: string | null };
  const list = cursorPagination({
    fetchPage: (cursor: string | undefined) => client.request<Page>({ method: 'GET', path: '/things', query: { cursor } }),
    items: (page: Page) => page.data,
    nextCursor: (page: Page) => page.next,
  });

  it('is an AsyncIterable of items and awaits to the first page', () => {
    expectTypeOf(list).toEqualTypeOf<PagePromise<Page, Thing>>();
    expectTypeOf(list).toMatchTypeOf<AsyncIterable<Thing>>();
    expectTypeOf(list).resolves.toEqualTypeOf<Page>();
    expectTypeOf(list.pages()).toMatchTypeOf<AsyncIterable<Page>>();
    expectTypeOf(list.toArray({ limit: 3 })).resolves.toEqualTypeOf<Thing[]>();
    expectTypeOf(list.withResponse()).resolves.toEqualTypeOf<WithResponse<Page>>();
  });

  it('is not an iterable of pages', () => {
    expectTypeOf(list).not.toMatchTypeOf<AsyncIterable<Page>>();
  });
});

describe('errors', () => {
  it('carry typed fields', () => {
    expectTypeOf<APIError['status']>().toEqualTypeOf<number>();
    expectTypeOf<APIError['headers']>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<APIError['body']>().toEqualTypeOf<unknown>();
    expectTypeOf<APIError['vendorMessage']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<APIError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RateLimitError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<APIConnectionError['code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<APITimeoutError['timeoutMs']>().toEqualTypeOf<number>();
    expectTypeOf<RequestValidationError['issues']>().toEqualTypeOf<ValidationIssue[]>();
  });

  it('form a hierarchy', () => {
    expectTypeOf<NotFoundError>().toMatchTypeOf<APIError>();
    expectTypeOf<APIError>().toMatchTypeOf<SDKError>();
    expectTypeOf<APITimeoutError>().toMatchTypeOf<APIConnectionError>();
    expectTypeOf<SDKError>().toMatchTypeOf<Error>();
  });

  it('fields are read-only', () => {
    const error = {} as APIError;
    // @ts-expect-error -- status is readonly
    error.status = 500;
  });
});

describe('options', () => {
  it('RequestOptions fields', () => {
    expectTypeOf<RequestOptions>().toHaveProperty('timeout').toEqualTypeOf<number | undefined>();
    expectTypeOf<RequestOptions>().toHaveProperty('maxRetries').toEqualTypeOf<number | undefined>();
    expectTypeOf<RequestOptions>().toHaveProperty('signal').toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf<RequestOptions>().toHaveProperty('idempotencyKey').toEqualTypeOf<string | undefined>();
    expectTypeOf<RequestOptions>().toHaveProperty('validation').toEqualTypeOf<ValidationMode | undefined>();
    expectTypeOf<RequestOptions>().toHaveProperty('headers').toEqualTypeOf<Record<string, string | null | undefined> | undefined>();
    expectTypeOf<RequestOptions>().toHaveProperty('apiVersion').toEqualTypeOf<string | undefined>();
    const ok: RequestOptions = { timeout: 1, headers: { 'x-remove': null }, validation: 'strict', idempotencyKey: 'k' };
    void ok;
    // @ts-expect-error -- timeout is a number of ms
    const bad: RequestOptions = { timeout: '5s' };
    void bad;
    // @ts-expect-error -- unknown option
    const unknown: RequestOptions = { retries: 3 };
    void unknown;
  });

  it('ValidationMode is a closed union', () => {
    expectTypeOf<ValidationMode>().toEqualTypeOf<'lenient' | 'strict' | 'off'>();
    // @ts-expect-error -- not a mode
    const mode: ValidationMode = 'loose';
    void mode;
  });
});

describe('OpenEnum and auth helpers', () => {
  it("OpenEnum<'a' | 'b'> accepts known and arbitrary strings, not numbers", () => {
    type Status = OpenEnum<'a' | 'b'>;
    expectTypeOf<'a'>().toMatchTypeOf<Status>();
    expectTypeOf<'something-new'>().toMatchTypeOf<Status>();
    expectTypeOf<string>().toMatchTypeOf<Status>();
    const known: Status = 'a';
    const future: Status = 'c';
    void [known, future];
    // @ts-expect-error -- not a string
    const num: Status = 1;
    void num;
  });

  it('bearerToken and apiKey take a string or a (possibly async) supplier', () => {
    expectTypeOf(bearerToken('t')).toEqualTypeOf<AuthStrategy>();
    expectTypeOf(bearerToken(async () => 't')).toEqualTypeOf<AuthStrategy>();
    expectTypeOf(bearerToken(() => 't')).toEqualTypeOf<AuthStrategy>();
    expectTypeOf(apiKey(async () => 'k', { header: 'x-api-key' })).toEqualTypeOf<AuthStrategy>();
    // @ts-expect-error -- a number is not a token
    bearerToken(123);
    // @ts-expect-error -- the supplier must produce a string
    bearerToken(async () => 123);
  });
});
