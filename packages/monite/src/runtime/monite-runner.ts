import {
  APIPromise,
  ConfigurationError,
  cursorPagination,
  fillPath,
  offsetPagination,
  validateRequest,
  type BinaryBody,
  type HttpClient,
  type PagePromise,
  type RequestSpec,
} from '@x/core';
import type { MoniteRequestOptions, Operation, OperationArgs, OperationRunner } from './operation.js';

const ENTITY_HEADER = 'x-monite-entity-id';

/**
 * Runs generated operations on an {@link HttpClient}: fills the path, sets
 * `X-Monite-Entity-Id` exactly where the operation declares it, and walks
 * cursor and offset pagination.
 */
export class MoniteRunner implements OperationRunner {
  constructor(
    private readonly http: HttpClient,
    private readonly entityId: string | undefined,
  ) {}

  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<TResponse> {
    return this.#send(op, args, options, true);
  }

  callBinary(op: Operation, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<BinaryBody> {
    return this.#send(op, args, options, true) as APIPromise<BinaryBody>;
  }

  paginate<TItem, TPage extends { data: TItem[] }>(
    op: Operation<any, any, any, TPage>,
    args: OperationArgs,
    options?: MoniteRequestOptions,
  ): PagePromise<TPage, TItem> {
    const items = (page: TPage) => page.data ?? [];
    if (op.pagination === 'offset') {
      const query = (args.query ?? {}) as Record<string, unknown>;
      const limit = typeof query['limit'] === 'number' ? query['limit'] : 100;
      return offsetPagination({
        limit,
        firstOffset: typeof query['offset'] === 'number' ? query['offset'] : 0,
        items,
        fetchPage: (offset) => this.#send(op, { ...args, query: { ...query, limit, offset } }, options, true),
      });
    }
    return cursorPagination({
      items,
      nextCursor: (page) => (page as { next_pagination_token?: string | null }).next_pagination_token,
      // Monite infers every other parameter from the token, so follow-up pages send only the token.
      fetchPage: (cursor) =>
        cursor === undefined ? this.#send(op, args, options, true) : this.#send(op, { ...args, query: { pagination_token: cursor } }, options, false),
    });
  }

  #send<T>(op: Operation<any, any, any, T>, args: OperationArgs, options: MoniteRequestOptions = {}, validateQuery: boolean): APIPromise<T> {
    let spec: RequestSpec<T>;
    try {
      spec = this.#spec(op, args, options, validateQuery);
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error));
    }
    const { entityId: _entityId, moniteVersion, ...requestOptions } = options;
    return this.http.request(spec, moniteVersion === undefined ? requestOptions : { ...requestOptions, apiVersion: moniteVersion });
  }

  #spec<T>(op: Operation<any, any, any, T>, args: OperationArgs, options: MoniteRequestOptions, validateQuery: boolean): RequestSpec<T> {
    const name = `${op.method} ${op.path}`;
    if (op.pathSchema) validateRequest(op.pathSchema, args.path ?? {}, `path parameters for ${name}`);
    return {
      method: op.method,
      path: fillPath(op.path, args.path),
      query: args.query as Record<string, unknown> | undefined,
      querySchema: validateQuery ? op.querySchema : undefined,
      body: args.body,
      bodySchema: op.bodySchema,
      bodyType: op.bodyType,
      headers: { [ENTITY_HEADER]: this.#entityHeader(op, options, name) },
      responseSchema: op.responseSchema,
      responseType: op.responseType,
      auth: op.auth !== false,
      operation: name,
    };
  }

  #entityHeader(op: Operation, options: MoniteRequestOptions, name: string): string | null {
    if (op.entityHeader === 'none') return null;
    const entityId = options.entityId ?? this.entityId;
    if (entityId === undefined && op.entityHeader === 'required') {
      throw new ConfigurationError(
        `${name} acts on one entity, but no entity was given; nothing was sent. ` +
          'Call it on monite.forEntity(entityId), or pass { entityId } in the request options.',
      );
    }
    return entityId ?? null;
  }
}
