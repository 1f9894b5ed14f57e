/** What a call resolved to, with the HTTP response it came from. */
export interface WithResponse<T> {
  data: T;
  /** The final HTTP response (after any retries). Its body has already been read. */
  response: Response;
  /** The vendor's request id header, when present. */
  requestId: string | undefined;
}

/**
 * Puts the request id on an object a call resolved to, as openai-node's
 * `_request_id`: non-enumerable, so it is not serialised, not spread, and not
 * compared by deep equality, yet `result._request_id` answers support questions.
 */
export function attachRequestId(data: unknown, requestId: string | undefined): void {
  if (data === null || typeof data !== 'object' || !Object.isExtensible(data)) return;
  Object.defineProperty(data, '_request_id', { value: requestId, enumerable: false, configurable: true, writable: true });
}

/** The request id a call's result carries as its non-enumerable `_request_id`, or `undefined`. */
export function requestIdOf(result: unknown): string | undefined {
  // Stryker disable next-line ConditionalExpression: a property of a primitive reads as undefined too
  return result !== null && typeof result === 'object' ? (result as { _request_id?: string })._request_id : undefined;
}

/** The settled result of one call, as the transport hands it over. */
export interface CallResult<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

/**
 * The promise every SDK method returns. Await it for the parsed data; call
 * `withResponse()` for data plus status, headers and request id, from the
 * same single request.
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<CallResult<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<CallResult<T>>) {
    this.#result = result;
  }

  /** Resolves with `{data, response, requestId}`. Sends nothing new. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result.then(({ data, response, requestId }) => ({ data, response, requestId }));
  }

  /** Resolves with the raw `Response` (body already consumed). */
  asResponse(): Promise<Response> {
    return this.#result.then((result) => result.response);
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parsed().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }

  #parsed(): Promise<T> {
    return (this.#data ??= this.#result.then((result) => result.data));
  }
}
