import { APIPromise, cursorPagination, fillPath, pageNumberPagination, validateRequest, type BinaryBody, type PagePromise, type RequestSpec } from '@x/core';
import type { Operation, OperationArgs, OperationRunner } from './operation.js';
import type { MonetizeNowRequestOptions, MonetizeNowTransport } from './transport.js';

interface NumberedPage {
  content?: unknown[];
  totalPages?: number;
  pageable?: { pageNumber?: number };
}

interface TokenPage {
  content?: unknown[];
  pageable?: { nextPageToken?: string | null };
}

/**
 * Runs generated operations through the client's transport (key, retries, error mapping), and walks
 * MonetizeNow's two list styles: page numbers (0-based `currentPage`, ending at `totalPages - 1`) and the
 * usage events' `nextPageToken`.
 */
export class MonetizeNowRunner implements OperationRunner {
  readonly #transport: MonetizeNowTransport;

  constructor(transport: MonetizeNowTransport) {
    this.#transport = transport;
  }

  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<TResponse> {
    return this.#send(op, args, options);
  }

  callBinary(op: Operation, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<BinaryBody> {
    return this.#send(op, args, options) as APIPromise<BinaryBody>;
  }

  paginate<TItem, TPage extends { content?: TItem[] }>(
    op: Operation<any, any, any, TPage>,
    args: OperationArgs,
    options?: MonetizeNowRequestOptions,
  ): PagePromise<TPage, TItem> {
    const operation = `${op.method} ${op.path}`;
    const query = (args.query ?? {}) as Record<string, unknown>;
    const items = (page: TPage): TItem[] => page.content ?? [];
    if (op.pagination === 'token') {
      return cursorPagination({
        operation,
        items,
        nextCursor: (page) => (page as TokenPage).pageable?.nextPageToken,
        // Follow-up pages repeat the first page's filters (subscriptionId, startTime, endTime are required).
        fetchPage: (cursor) => this.#send(op, cursor === undefined ? args : { ...args, query: { ...query, nextPageToken: cursor } }, options),
      });
    }
    const start = typeof query['currentPage'] === 'number' ? query['currentPage'] : 0;
    return pageNumberPagination({
      operation,
      firstPage: start,
      items,
      currentPage: (page) => (page as NumberedPage).pageable?.pageNumber ?? Number.NaN,
      // Pages are 0-based, so the last is totalPages - 1 (core subtracts the 1 itself when it starts at 0).
      totalPages: (page) => {
        const total = (page as NumberedPage).totalPages;
        return typeof total === 'number' && start > 0 ? total - 1 : total;
      },
      fetchPage: (number) => this.#send(op, { ...args, query: { ...query, currentPage: number } }, options),
    });
  }

  checksRequests(options?: MonetizeNowRequestOptions): boolean {
    return options?.validateRequests ?? this.#transport.http.options.validateRequests ?? true;
  }

  #send<T>(op: Operation<any, any, any, T>, args: OperationArgs, options?: MonetizeNowRequestOptions): APIPromise<T> {
    let spec: RequestSpec<T>;
    try {
      spec = this.#spec(op, args);
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error));
    }
    return this.#transport.call(spec, options);
  }

  #spec<T>(op: Operation<any, any, any, T>, args: OperationArgs): RequestSpec<T> {
    const name = `${op.method} ${op.path}`;
    if (op.pathSchema) validateRequest(op.pathSchema, args.path ?? {}, `path parameters for ${name}`);
    return {
      method: op.method,
      path: fillPath(op.path, args.path),
      query: args.query as Record<string, unknown> | undefined,
      querySchema: op.querySchema,
      body: args.body,
      bodySchema: op.bodySchema,
      bodyType: op.bodyType,
      // The PDF downloads declare `Accept: application/pdf`.
      headers: op.responseType === 'binary' ? { accept: 'application/pdf' } : undefined,
      responseSchema: op.responseSchema,
      responseType: op.responseType,
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: no operation of MonetizeNow's spec declares auth: false, so every call is authenticated either way
      auth: op.auth !== false,
      operation: name,
    };
  }
}
