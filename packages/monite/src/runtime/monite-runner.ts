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
/** An operation without an entity removes the header, so a client-wide `headers` option cannot send one. */
const NO_ENTITY_HEADERS: Readonly<Record<string, null>> = Object.freeze({ [ENTITY_HEADER]: null });
const NO_OPTIONS: MoniteRequestOptions = Object.freeze({});

/**
 * Runs generated operations on an {@link HttpClient}: fills the path, sets
 * `X-Monite-Entity-Id` exactly where the operation declares it, and walks
 * cursor and offset pagination.
 */
export class MoniteRunner implements OperationRunner {
  #ownHeaders: Record<string, string> | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly entityId: string | undefined,
  ) {}

  call<TResponse>(op: Operation<any, any, any, TResponse>, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<TResponse> {
    return this.#send(op, args, options);
  }

  callBinary(op: Operation, args: OperationArgs, options?: MoniteRequestOptions): APIPromise<BinaryBody> {
    return this.#send(op, args, options) as APIPromise<BinaryBody>;
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
        operation: `${op.method} ${op.path}`,
        limit,
        firstOffset: typeof query['offset'] === 'number' ? query['offset'] : 0,
        items,
        fetchPage: (offset) => this.#send(op, { ...args, query: { ...query, limit, offset } }, options),
      });
    }
    return cursorPagination({
      operation: `${op.method} ${op.path}`,
      items,
      nextCursor: (page) => (page as { next_pagination_token?: string | null }).next_pagination_token,
      // Monite infers the other parameters from the token, but still requires the required ones
      // (e.g. `object_type` on /comments), so follow-up pages repeat the first page's query.
      fetchPage: (cursor) =>
        this.#send(op, cursor === undefined ? args : { ...args, query: { ...(args.query as object), pagination_token: cursor } }, options),
    });
  }

  #send<T>(op: Operation<any, any, any, T>, args: OperationArgs, options: MoniteRequestOptions = NO_OPTIONS): APIPromise<T> {
    let spec: RequestSpec<T>;
    try {
      spec = this.#spec(op, args, options);
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error));
    }
    // Most calls pass no options: nothing to take apart.
    if (options === NO_OPTIONS) return this.http.request(spec);
    const { entityId: _entityId, moniteVersion, ...requestOptions } = options;
    return this.http.request(spec, moniteVersion === undefined ? requestOptions : { ...requestOptions, apiVersion: moniteVersion });
  }

  #spec<T>(op: Operation<any, any, any, T>, args: OperationArgs, options: MoniteRequestOptions): RequestSpec<T> {
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
      headers: this.#entityHeaders(this.#entityHeader(op, options, name)),
      responseSchema: op.responseSchema,
      responseType: op.responseType,
      auth: op.auth !== false,
      operation: name,
    };
  }

  /** The operation's entity header; the common values' objects are made once, as the transport only reads them. */
  #entityHeaders(entityId: string | null): Record<string, string | null> {
    if (entityId === null) return NO_ENTITY_HEADERS;
    if (entityId === this.entityId) return (this.#ownHeaders ??= { [ENTITY_HEADER]: entityId });
    return { [ENTITY_HEADER]: entityId };
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
