import type { APIPromise, BinaryBody, PagePromise, RequestOptions } from '@x/core';
import type * as z from 'zod/mini';

/**
 * The static description of one Monite operation, emitted by the generator
 * (`packages/monite/src/generated/operations.ts`) and executed by
 * `MoniteRunner` (`./monite-runner.ts`). Plain data, so a bundler drops every
 * operation a program does not call.
 */
export interface Operation<
  TPath extends Record<string, string> | undefined = Record<string, string> | undefined,
  TQuery = unknown,
  TBody = unknown,
  TResponse = unknown,
> {
  /** The spec's `operationId`, e.g. `post_entities`. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template exactly as in the spec, e.g. `/entities/{entity_id}`. */
  readonly path: string;
  /** Whether the operation takes `X-Monite-Entity-Id`, and whether it must. */
  readonly entityHeader: 'required' | 'optional' | 'none';
  /** Strict schema for path parameters (uuid formats etc.), when the path has any. */
  readonly pathSchema?: z.ZodMiniType<TPath>;
  /** Strict schema for the query object, when the operation takes query parameters. */
  readonly querySchema?: z.ZodMiniType<TQuery>;
  /** Strict schema for the request body, when the operation takes one. */
  readonly bodySchema?: z.ZodMiniType<TBody>;
  /** How the body is sent. */
  readonly bodyType?: 'json' | 'multipart';
  /** Lenient schema for the success response body (`responseType: 'json'` only). */
  readonly responseSchema?: z.ZodMiniType<TResponse>;
  /** `json` parses and validates; `binary` hands back the body (PDF); `none` for 204. */
  readonly responseType: 'json' | 'binary' | 'none';
  /** `cursor`: the operation takes `pagination_token` and returns `next_pagination_token`. `offset`: limit/offset. */
  readonly pagination?: 'cursor' | 'offset';
  /** `false` when the spec declares no security for the operation (`POST /auth/token`): no token is sent. */
  readonly auth?: false;
  readonly deprecated?: boolean;
}

/** Per-request options of every Monite method. */
export interface MoniteRequestOptions extends RequestOptions {
  /** Overrides the entity this call is made for (`X-Monite-Entity-Id`). */
  entityId?: string;
  /** Overrides `X-Monite-Version` for this call. */
  moniteVersion?: string;
}

/** Arguments of one call, keyed the way the operation declares them. */
export interface OperationArgs {
  path?: Record<string, string>;
  query?: unknown;
  body?: unknown;
}

/**
 * What a generated resource needs from a client: run one operation, or run a
 * paginated list operation. Implemented by `MoniteRunner`, and by `MoniteCore`
 * (so `MoniteClient` too), which delegates to its runner.
 */
export interface OperationRunner {
  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<TResponse>;
  callBinary(op: Operation, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<BinaryBody>;
  paginate<TItem, TPage extends { data: TItem[] }>(
    op: Operation<any, any, any, TPage>,
    args: OperationArgs,
    options?: MoniteRequestOptions,
  ): PagePromise<TPage, TItem>;
}
