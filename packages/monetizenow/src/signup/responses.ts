import type { OpenEnum } from '@x/core';
import type { Amount, DateString, Quantity } from '../values/amount.js';
import type {
  AccountId,
  BillGroupId,
  ContactId,
  ContractId,
  InvoiceId,
  InvoiceItemId,
  OfferingId,
  PaymentId,
  ProductId,
  QuoteId,
  RateId,
  SignUpSessionId,
} from '../values/ids.js';

// The `SignUpResponse` and `SignUpRequestError` interfaces of MonetizeNow's Sign-Up API page
// (https://docs.monetizenow.io/reference/sign-up-api). The page omits fields "for brevity", so every object
// keeps fields it does not list, and enums accept values added later.

/** The action MonetizeNow reports having performed. */
export type SignUpResponseAction = OpenEnum<
  | 'CREATE_AND_FINALIZE' // Create and save everything; no payment method.
  | 'CREATE_WITH_PAYMENT_METHOD' // Create a quote and initialise payment method creation.
  | 'CREATE_IN_PENDING' // Create everything in a pending state that can be finalized.
  | 'ADD_PAYMENT_METHOD' // Save the payment method returned from the payment gateway.
  | 'FINALIZE' // Finalize any prior process that was not yet finalized.
  | 'ESTIMATE' // Quote pricing without saving anything.
>;

/** A successful Sign-Up step. Amounts are decimal numbers in major units (see {@link Amount}). */
export interface SignUpResponse {
  /** The session id (`cart_...`) for later steps. */
  sessionId: SignUpSessionId;
  error: false;
  /** The action that was performed. */
  action: SignUpResponseAction;
  customer?: SignUpResponseCustomer;
  quote?: SignUpResponseQuote;
  invoice?: SignUpResponseInvoice;
  /** Returned after finalization if a payment was made. */
  payment?: { id: PaymentId; amount: Amount; [field: string]: unknown };
  /** The bill group that was created. */
  billGroup?: { id: BillGroupId; [field: string]: unknown };
  /** The contract that was created. */
  contract?: { id: ContractId; [field: string]: unknown };
  /** What your payment gateway needs to render its payment form. */
  paymentMethodInit?: PaymentMethodInit;
  [field: string]: unknown;
}

/** The account and contact of the customer. */
export interface SignUpResponseCustomer {
  accountId: AccountId;
  accountName: string;
  contactId: ContactId;
  contactName: string;
  contactEmail: string;
  [field: string]: unknown;
}

/** The priced quote. */
export interface SignUpResponseQuote {
  id: QuoteId;
  /** Total, in major units. */
  amount: Amount;
  startDate: DateString;
  status: OpenEnum<'DRAFT' | 'PROCESSED'>;
  offerings: SignUpResponseOffering[];
  [field: string]: unknown;
}

/** One priced offering of the quote. */
export interface SignUpResponseOffering {
  offeringId: OfferingId;
  rateId: RateId;
  amount: Amount;
  items: { productId: ProductId; quantity: Quantity; amount: Amount; [field: string]: unknown }[];
  [field: string]: unknown;
}

/** The invoice created by finalization, if any. */
export interface SignUpResponseInvoice {
  id: InvoiceId;
  amountWithoutTax: Amount;
  amount: Amount;
  items: { id: InvoiceItemId; [field: string]: unknown }[];
  [field: string]: unknown;
}

/** Payment method initialisation data. MonetizeNow supports Stripe today; other gateways are announced. */
export interface PaymentMethodInit {
  stripe?: StripePaymentMethodInit;
  [gateway: string]: unknown;
}

/**
 * What Stripe.js needs to collect a payment method for later (off-session) use: the SetupIntent's
 * `clientSecret` and the publishable `publicKey`. Save the token Stripe returns with `session.savePaymentMethod()`.
 */
export interface StripePaymentMethodInit {
  /** The Stripe customer (`cus_...`). */
  customerId: string;
  /** The Stripe SetupIntent (`seti_...`). */
  setupIntentId: string;
  /** The SetupIntent's client secret, for Stripe.js in the customer's browser. */
  clientSecret: string;
  /** The Stripe publishable key. */
  publicKey: string;
  [field: string]: unknown;
}

/** The body of a refused Sign-Up step; the SDK throws it as a `SignUpError`. */
export interface SignUpRequestError {
  /** The session id, if one was saved. */
  sessionId: SignUpSessionId;
  error: true;
  message: string;
  [field: string]: unknown;
}
