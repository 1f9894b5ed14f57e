import { APIPromise, type CallResult, type HttpClient, type RequestOptions, type RequestSpec } from '@x/core';
import { mapMonetizeNowError } from '../errors/map-error.js';

/** Per-call options: @x/core's, without idempotency keys (MonetizeNow documents none) or an API version. */
export type MonetizeNowRequestOptions = Omit<RequestOptions, 'idempotencyKey' | 'apiVersion'>;

/** What a call may do before the exchange: check input first. */
export interface CallHooks {
  /** Runs before anything is sent; a throw rejects the call. */
  before?: () => void;
}

/**
 * @x/core's HttpClient plus MonetizeNow's error mapping. Every MonetizeNow call, hand-written or generated,
 * goes through {@link MonetizeNowTransport.call}.
 * @internal
 */
export class MonetizeNowTransport {
  readonly http: HttpClient;

  constructor(http: HttpClient) {
    this.http = http;
  }

  call<T>(spec: RequestSpec<T>, options: MonetizeNowRequestOptions = {}, hooks: CallHooks = {}): APIPromise<T> {
    const result = (async (): Promise<CallResult<T>> => {
      hooks.before?.();
      return this.http.request(spec, options).withResponse();
    })().catch((caught: unknown) => {
      throw mapMonetizeNowError(caught, spec.body);
    });
    return new APIPromise(result);
  }
}
