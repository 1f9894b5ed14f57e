import { APIPromise, type CallResult, type HttpClient, type RequestOptions, type RequestSpec } from '@x/core';
import { mapMonetizeNowError } from '../errors/map-error.js';

/** Per-call options: @x/core's, without idempotency keys (MonetizeNow documents none) or an API version. */
export type MonetizeNowRequestOptions = Omit<RequestOptions, 'idempotencyKey' | 'apiVersion'>;

/** What a call may do around the exchange: check input first, or read a 2xx body as an error. */
export interface CallHooks<T, R> {
  /** Runs before anything is sent; a throw rejects the call. */
  before?: () => void;
  /** Runs on a success; may throw (a 2xx that is an error) or reshape the data. */
  after?: (result: CallResult<T>) => CallResult<R>;
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

  call<T, R = T>(spec: RequestSpec<T>, options: MonetizeNowRequestOptions = {}, hooks: CallHooks<T, R> = {}): APIPromise<R> {
    const result = (async () => {
      hooks.before?.();
      return this.http.request(spec, options).withResponse();
    })().then(
      (done) => (hooks.after ? hooks.after(done) : (done as unknown as CallResult<R>)),
      (caught: unknown) => {
        throw mapMonetizeNowError(caught, spec.body);
      },
    );
    return new APIPromise(result);
  }

  /** The credentials in use, to scrub from anything the SDK builds itself. */
  secrets(): string[] {
    return this.http.auth.knownSecrets();
  }
}
