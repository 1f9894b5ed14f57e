import { APIPromise, fillPath, inspectSymbol, LevelLogger, RequestValidationError, ResponseValidationError, type CallResult, type RequestSpec } from '@x/core';
import type { MonetizeNowRequestOptions, MonetizeNowTransport } from '../runtime/transport.js';
import type { SignUpSessionId } from '../values/ids.js';
import type {
  CreateAndFinalizeRequest,
  CreateInPendingRequest,
  CreateWithPaymentMethodRequest,
  EstimateRequest,
  PartsOf,
  SignUpCreateRequest,
  SignUpUpdateRequest,
} from './requests.js';
import type { SignUpResponse } from './responses.js';
import { signUpResponseSchema } from './response-schema.js';
import { assertSignUpRequest } from './rules.js';
import { SignUpSession } from './signup-session.js';

const SIGN_UP_PATH = '/api/selfService/signup';

/**
 * MonetizeNow's Sign-Up API (self-service; https://docs.monetizenow.io/reference/sign-up-api): a "shopping
 * cart" session that a customer completes over several steps. MonetizeNow marks it as under active development
 * and outside its breaking-change policy.
 *
 * @example
 * const session = await monetizeNow.signUp.createWithPaymentMethod({ customer, billGroup, quote });
 * const { clientSecret } = session.paymentMethodInit!.stripe!; // render Stripe's form with it
 * await session.savePaymentMethod({ paymentMethodName: 'visa', paymentToken: setupIntentId });
 * await session.finalize();
 */
export class SignUpAPI {
  readonly #transport: MonetizeNowTransport;

  /** @internal */
  constructor(transport: MonetizeNowTransport) {
    this.#transport = transport;
  }

  /** `POST /api/selfService/signup` with any create action. Prefer the helpers below; this is the raw step. */
  create(request: SignUpCreateRequest, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.#send({ method: 'POST', path: SIGN_UP_PATH, body: request, operation: `signUp.create ${request?.action}` }, options, () =>
      assertSignUpRequest('create', request, this.#checksRequests(options, 'signUp.create')),
    );
  }

  /** `PATCH /api/selfService/signup/{sessionId}` with any later action. Prefer {@link SignUpAPI.session}. */
  update(sessionId: SignUpSessionId, request: SignUpUpdateRequest, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    const valid = typeof sessionId === 'string' && sessionId.trim() !== '';
    const path = valid ? fillPath(`${SIGN_UP_PATH}/{sessionId}`, { sessionId }) : SIGN_UP_PATH;
    return this.#send({ method: 'PATCH', path, body: request, operation: `signUp.update ${request?.action}` }, options, () => {
      if (!valid) {
        throw new RequestValidationError('sign-up step', [
          { path: 'sessionId', message: `a session id such as cart_..., from the response of a create step; got ${JSON.stringify(sessionId) ?? 'nothing'}` },
        ]);
      }
      assertSignUpRequest('update', request, this.#checksRequests(options, 'signUp.update'));
    });
  }

  /** Save and finalize in one step, when no payment information is needed. No payment method. */
  createAndFinalize(parts: PartsOf<CreateAndFinalizeRequest>, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.create({ ...parts, action: 'CREATE_AND_FINALIZE' }, options);
  }

  /** Create a session and initialise payment collection; read `session.paymentMethodInit` for the gateway form. */
  createWithPaymentMethod(parts: PartsOf<CreateWithPaymentMethodRequest>, options?: MonetizeNowRequestOptions): APIPromise<SignUpSession> {
    return this.#toSession(this.create({ ...parts, action: 'CREATE_WITH_PAYMENT_METHOD' }, options), 'CREATE_WITH_PAYMENT_METHOD');
  }

  /** Save the session as pending, to present pricing or verify the customer before finalizing. */
  createInPending(parts: PartsOf<CreateInPendingRequest>, options?: MonetizeNowRequestOptions): APIPromise<SignUpSession> {
    return this.#toSession(this.create({ ...parts, action: 'CREATE_IN_PENDING' }, options), 'CREATE_IN_PENDING');
  }

  /** Price a quote without saving anything. Amounts are decimal numbers in major units. */
  estimate(parts: PartsOf<EstimateRequest>, options?: MonetizeNowRequestOptions): APIPromise<SignUpResponse> {
    return this.create({ ...parts, action: 'ESTIMATE' } as EstimateRequest, options);
  }

  /** A session object for a session id you kept (e.g. a pending session resumed in a later request). Sends nothing. */
  session(sessionId: SignUpSessionId, response?: SignUpResponse): SignUpSession {
    return new SignUpSession(this, sessionId, response);
  }

  [inspectSymbol](): string {
    return 'SignUpAPI { }';
  }

  /** Whether the full rules apply; `validateRequests: false` is @x/core's escape hatch, honoured with a warning. */
  #checksRequests(options: MonetizeNowRequestOptions | undefined, what: string): boolean {
    const client = this.#transport.http.options;
    if ((options?.validateRequests ?? client.validateRequests) !== false) return true;
    new LevelLogger(options?.logger ?? client.logger, options?.logLevel ?? client.logLevel ?? 'warn').warn(
      `${what}: request validation is off; the parts are sent as given (only the action is checked)`,
    );
    return false;
  }

  // The Sign-Up error shape may arrive with a success status: the profile's isErrorBody makes core throw it,
  // and the transport maps it to a SignUpError.
  #send(spec: RequestSpec<SignUpResponse>, options: MonetizeNowRequestOptions | undefined, before: () => void): APIPromise<SignUpResponse> {
    return this.#transport.call({ ...spec, responseSchema: signUpResponseSchema }, options, { before });
  }

  #toSession(promise: APIPromise<SignUpResponse>, action: string): APIPromise<SignUpSession> {
    return new APIPromise(
      promise.withResponse().then((result): CallResult<SignUpSession> => {
        const id = result.data?.sessionId;
        if (typeof id !== 'string' || id === '') {
          throw new ResponseValidationError(
            `signUp ${action}`,
            [{ path: 'sessionId', message: 'missing: MonetizeNow returned no session id, so the session cannot be continued' }],
            result.requestId,
          );
        }
        return { ...result, data: new SignUpSession(this, id, result.data) };
      }),
    );
  }
}
