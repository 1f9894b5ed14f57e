import type { SignUpBillGroup, SignUpCustomer, SignUpParts, SignUpPaymentMethod, SignUpQuote } from './parts.js';

/**
 * Sign-Up request types, one per action, so the compiler rejects what a step cannot take:
 * - the create steps (`POST /api/selfService/signup`) that create a quote need `customer` and `quote`;
 * - `CREATE_AND_FINALIZE` takes no payment method;
 * - a create starts a session and takes no session id; the later steps (`PATCH .../signup/{sessionId}`) take it
 *   in the path, never in the body;
 * - `UPDATE` needs something to update; `CANCEL` takes nothing but the action.
 * The same rules are checked at run time before anything is sent.
 */

/** Save and finalize at once, when no payment information is needed. No payment method. */
export interface CreateAndFinalizeRequest {
  action: 'CREATE_AND_FINALIZE';
  customer: SignUpCustomer;
  quote: SignUpQuote;
  billGroup?: SignUpBillGroup;
  /** Not allowed: `CREATE_AND_FINALIZE` does not take a payment method. Use `CREATE_WITH_PAYMENT_METHOD`. */
  paymentMethod?: never;
  /** Not allowed: a create starts a new session. */
  sessionId?: never;
}

/** Create a session and initialise payment collection; the response's `paymentMethodInit` feeds the gateway form. */
export interface CreateWithPaymentMethodRequest {
  action: 'CREATE_WITH_PAYMENT_METHOD';
  customer: SignUpCustomer;
  quote: SignUpQuote;
  billGroup?: SignUpBillGroup;
  paymentMethod?: SignUpPaymentMethod;
  /** Not allowed: a create starts a new session. */
  sessionId?: never;
}

/** Save the session in a pending state, to present pricing or verify the customer before finalizing. */
export interface CreateInPendingRequest {
  action: 'CREATE_IN_PENDING';
  customer: SignUpCustomer;
  quote: SignUpQuote;
  billGroup?: SignUpBillGroup;
  paymentMethod?: SignUpPaymentMethod;
  /** Not allowed: a create starts a new session. */
  sessionId?: never;
}

/** Price a quote without saving anything. */
export interface EstimateRequest {
  action: 'ESTIMATE';
  quote: SignUpQuote;
  customer?: SignUpCustomer;
  billGroup?: SignUpBillGroup;
  paymentMethod?: SignUpPaymentMethod;
  /** Not allowed: an estimate starts no session. */
  sessionId?: never;
}

/** Initialise payment collection on a pending session that did not do it yet. */
export interface InitPaymentMethodRequest extends SignUpParts {
  action: 'INIT_PAYMENT_METHOD';
  /** Not allowed in the body: the session id goes in the path. */
  sessionId?: never;
}

type AtLeastOne<T> = { [K in keyof T]-?: Required<Pick<T, K>> & Partial<Omit<T, K>> }[keyof T];

/** Change data of the session: customer, bill group, products, or the payment method the gateway returned. At least one. */
export type UpdateRequest = { action: 'UPDATE'; sessionId?: never } & AtLeastOne<SignUpParts>;

/** Finalize the session, optionally updating data at the same time. */
export interface FinalizeRequest extends SignUpParts {
  action: 'FINALIZE';
  /** Not allowed in the body: the session id goes in the path. */
  sessionId?: never;
}

/** Cancel the session. Takes nothing but the action. */
export interface CancelRequest {
  action: 'CANCEL';
  customer?: never;
  billGroup?: never;
  quote?: never;
  paymentMethod?: never;
  /** Not allowed in the body: the session id goes in the path. */
  sessionId?: never;
}

/** A request that starts a session (or an estimate): `POST /api/selfService/signup`. */
export type SignUpCreateRequest = CreateAndFinalizeRequest | CreateWithPaymentMethodRequest | CreateInPendingRequest | EstimateRequest;

/** A later step of a session: `PATCH /api/selfService/signup/{sessionId}`. */
export type SignUpUpdateRequest = InitPaymentMethodRequest | UpdateRequest | FinalizeRequest | CancelRequest;

/** Any Sign-Up request (the `SignUpRequest` of MonetizeNow's docs, split by action). */
export type SignUpRequest = SignUpCreateRequest | SignUpUpdateRequest;

/** The eight actions of the Sign-Up API. */
export type SignUpAction = SignUpRequest['action'];

/** The actions sent with `POST /api/selfService/signup`. */
export const SIGN_UP_CREATE_ACTIONS = ['CREATE_AND_FINALIZE', 'CREATE_WITH_PAYMENT_METHOD', 'CREATE_IN_PENDING', 'ESTIMATE'] as const satisfies readonly SignUpCreateRequest['action'][];

/** The actions sent with `PATCH /api/selfService/signup/{sessionId}`. */
export const SIGN_UP_UPDATE_ACTIONS = ['INIT_PAYMENT_METHOD', 'UPDATE', 'FINALIZE', 'CANCEL'] as const satisfies readonly SignUpUpdateRequest['action'][];

/** A request's parts without `action`, for the per-action helpers (`signUp.estimate({quote})`). */
export type PartsOf<R> = R extends unknown ? Omit<R, 'action'> : never;
