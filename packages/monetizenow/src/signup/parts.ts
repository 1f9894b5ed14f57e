import type { DateString, Quantity } from '../values/amount.js';
import type { OfferingId, ProductId, RateId } from '../values/ids.js';

// The parts of a Sign-Up request, from the `SignUpRequest` interface of MonetizeNow's Sign-Up API page
// (https://docs.monetizenow.io/reference/sign-up-api).

/** The customer signing up. Required by the steps that create a quote. */
export interface SignUpCustomer {
  /** Company name. */
  accountName: string;
  /** Your own identifier for the account. Must be unique: a duplicate is answered with 409. */
  customId?: string | null;
  /** The individual's name. */
  name: string;
  /** The individual's email. */
  email: string;
  billingAddress?: SignUpAddress;
}

/** A billing address; every line optional. */
export interface SignUpAddress {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  /** Country, e.g. `US`. */
  country?: string;
}

/** Billing options. Left out, MonetizeNow fills them from your tenant's settings. */
export interface SignUpBillGroup {
  autoEmailInvoice?: boolean;
  collectInvoiceBalanceAutomatically?: boolean;
}

/** What the customer is buying. A quote sent on a later step replaces the earlier one. */
export interface SignUpQuote {
  /** Date to start service, `YYYY-MM-DD`. */
  startDate?: DateString;
  /** Your own identifier for the quote. */
  customId?: string | null;
  /** Offerings (bundles) being sold. */
  offerings: SignUpOffering[];
}

/** One offering of the quote, at one of its rates. */
export interface SignUpOffering {
  offeringId: OfferingId;
  rateId: RateId;
  /**
   * Quantity of each product. Products (or quantities) left out default to the minimum quantity of the product
   * catalog: MonetizeNow applies the default, the SDK sends nothing in their place.
   */
  items?: SignUpItem[];
}

/** A product of an offering and how many. */
export interface SignUpItem {
  productId: ProductId;
  /** Left out, MonetizeNow uses the catalog's minimum quantity. */
  quantity?: Quantity;
}

/** A payment method collected by your payment gateway (Stripe), to save to MonetizeNow. */
export interface SignUpPaymentMethod {
  /** A name for the payment method, e.g. `visa`; MonetizeNow picks one if left out. */
  paymentMethodName?: string;
  /** The token from the payment provider (MonetizeNow's example sends a Stripe `seti_...` value). */
  paymentToken: string;
}

/** Every part a Sign-Up request can carry besides `action`. */
export interface SignUpParts {
  customer?: SignUpCustomer;
  billGroup?: SignUpBillGroup;
  quote?: SignUpQuote;
  paymentMethod?: SignUpPaymentMethod;
}
