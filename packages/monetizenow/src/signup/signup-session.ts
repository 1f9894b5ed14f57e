import { APIPromise, inspectSymbol } from '@x/core';
import type { MonetizeNowRequestOptions } from '../runtime/transport.js';
import type { SignUpSessionId } from '../values/ids.js';
import type { SignUpPaymentMethod } from './parts.js';
import type { FinalizeRequest, InitPaymentMethodRequest, PartsOf, SignUpUpdateRequest, UpdateRequest } from './requests.js';
import type { PaymentMethodInit, SignUpResponse, StripePaymentMethodInit } from './responses.js';
import type { SignUpAPI } from './signup-api.js';

/**
 * One sign-up session (`cart_...`) and its later steps, each a `PATCH /api/selfService/signup/{sessionId}`.
 * Keeps the latest response, so `paymentMethodInit` is at hand after a create or `initPaymentMethod()`.
 */
export class SignUpSession {
  /** The session id, to store if the customer comes back later (`signUp.session(id)`). */
  readonly id: SignUpSessionId;
  readonly #api: SignUpAPI;
  #response: SignUpResponse | undefined;
  #paymentMethodInit: PaymentMethodInit | undefined;

  /** @internal Use `signUp.createWithPaymentMethod()`, `signUp.createInPending()` or `signUp.session(id)`. */
  constructor(api: SignUpAPI, id: SignUpSessionId, response?: SignUpResponse) {
    this.#api = api;
    this.id = id;
    this.#remember(response);
  }

  /** The latest response MonetizeNow returned for this session (through this object), if any. */
  get response(): SignUpResponse | undefined {
    return this.#response;
  }

  /** What the payment gateway form needs, from the latest response that carried it. */
  get paymentMethodInit(): PaymentMethodInit | undefined {
    return this.#paymentMethodInit;
  }

  /** Shortcut for `paymentMethodInit.stripe`: `clientSecret` and `publicKey` for Stripe.js. */
  get stripe(): StripePaymentMethodInit | undefined {
    return this.#paymentMethodInit?.stripe;
  }

  /** `INIT_PAYMENT_METHOD`: start payment collection on a pending session that did not yet. */
  initPaymentMethod(parts: PartsOf<InitPaymentMethodRequest> = {}, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.#step({ ...parts, action: 'INIT_PAYMENT_METHOD' }, options);
  }

  /** `UPDATE`: change customer, bill group, products or payment method. */
  update(parts: PartsOf<UpdateRequest>, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.#step({ ...parts, action: 'UPDATE' } as UpdateRequest, options);
  }

  /**
   * `UPDATE` with the payment method your gateway returned (its token as `paymentToken`).
   * To save it and finalize at once, pass it to {@link SignUpSession.finalize} instead.
   */
  savePaymentMethod(paymentMethod: SignUpPaymentMethod, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.#step({ action: 'UPDATE', paymentMethod }, options);
  }

  /** `FINALIZE`: complete the sign-up, optionally updating data at the same time. */
  finalize(parts: PartsOf<FinalizeRequest> = {}, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.#step({ ...parts, action: 'FINALIZE' }, options);
  }

  /** `CANCEL`: cancel the session. */
  cancel(options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.#step({ action: 'CANCEL' }, options);
  }

  [inspectSymbol](): string {
    return `SignUpSession { id: ${JSON.stringify(this.id)}, action: ${JSON.stringify(this.#response?.action)} }`;
  }

  toJSON(): Record<string, unknown> {
    return { id: this.id, action: this.#response?.action };
  }

  #step(request: SignUpUpdateRequest, options: MonetizeNowRequestOptions | undefined): APIPromise<SignUpResponse> {
    return new APIPromise(
      this.#api
        .update(this.id, request, options)
        .withResponse()
        .then((result) => {
          this.#remember(result.data);
          return result;
        }),
    );
  }

  #remember(response: SignUpResponse | undefined): void {
    this.#response = response;
    if (response?.paymentMethodInit) this.#paymentMethodInit = response.paymentMethodInit;
  }
}
