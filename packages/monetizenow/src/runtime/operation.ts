import type { APIPromise, BinaryBody, PagePromise } from '@x/core';
import type * as z from 'zod/mini';
import type { MonetizeNowRequestOptions } from './transport.js';

export type { MonetizeNowRequestOptions } from './transport.js';

/**
 * The static description of one MonetizeNow billing operation, emitted by the generator
 * (`src/generated/operations.ts`) and executed by `MonetizeNowRunner` (`./runner.ts`). Plain data, so a
 * bundler drops every operation a program does not call.
 */
export interface Operation<
  TPath extends Record<string, string> | undefined = Record<string, string> | undefined,
  TQuery = unknown,
  TBody = unknown,
  TResponse = unknown,
> {
  /** The spec's `operationId`, e.g. `getAccounts`. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template exactly as in the spec, e.g. `/api/accounts/{accountId}`. */
  readonly path: string;
  readonly pathSchema?: z.ZodMiniType<TPath>;
  readonly querySchema?: z.ZodMiniType<TQuery>;
  readonly bodySchema?: z.ZodMiniType<TBody>;
  readonly bodyType?: 'json' | 'multipart';
  /** Lenient schema for the success body (`responseType: 'json'` only). */
  readonly responseSchema?: z.ZodMiniType<TResponse>;
  /** `json` parses and validates; `binary` hands back the body (PDF); `none` for empty answers. */
  readonly responseType: 'json' | 'binary' | 'none';
  /**
   * `page`: `currentPage` (0-based) and `pageSize` in, `{content, totalElements, totalPages}` out.
   * `token`: `nextPageToken` in, `pageable.nextPageToken` out (usage events).
   */
  readonly pagination?: 'page' | 'token';
  /** `false` when the operation takes no API key (none in MonetizeNow's spec). */
  readonly auth?: false;
  readonly deprecated?: boolean;
}

/** Arguments of one call, keyed the way the operation declares them. */
export interface OperationArgs {
  path?: Record<string, string>;
  query?: unknown;
  body?: unknown;
}

/** What generated resources need from a client: run one operation, or walk a paginated list. */
export interface OperationRunner {
  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<TResponse>;
  callBinary(op: Operation, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<BinaryBody>;
  paginate<TItem, TPage extends { content?: TItem[] }>(
    op: Operation<any, any, any, TPage>,
    args: OperationArgs,
    options?: MonetizeNowRequestOptions,
  ): PagePromise<TPage, TItem>;
  /** Whether requests are checked before sending (`validateRequests`, per call or for the client). */
  checksRequests(options?: MonetizeNowRequestOptions): boolean;
}
