declare const idBrand: unique symbol;

/**
 * A string id of one kind of MonetizeNow record. The brand is optional, so a plain string is accepted where an id
 * is expected, while ids of two different kinds are not interchangeable. Nothing is checked at run time: the
 * prefixes in MonetizeNow's examples are inconsistent (`offr_` and `offer_`, `billg_` and `bilg_`, ...).
 */
export type MonetizeNowId<Kind extends string> = string & { readonly [idBrand]?: Kind };

/** A sign-up session (`cart_...`). */
export type SignUpSessionId = MonetizeNowId<'SignUpSession'>;
/** An account (`acct_...`). */
export type AccountId = MonetizeNowId<'Account'>;
/** A contact (`cntct_...`, `cont_...`). */
export type ContactId = MonetizeNowId<'Contact'>;
/** A bill group (`billg_...`, `bilg_...`). */
export type BillGroupId = MonetizeNowId<'BillGroup'>;
/** An offering, a bundle of products (`offr_...`, `offer_...`). */
export type OfferingId = MonetizeNowId<'Offering'>;
/** A rate of an offering (`rate_...`). */
export type RateId = MonetizeNowId<'Rate'>;
/** A product (`prod_...`). */
export type ProductId = MonetizeNowId<'Product'>;
/** A quote (`quot_...`, `quote_...`). */
export type QuoteId = MonetizeNowId<'Quote'>;
/** A contract (`ctrct_...`). */
export type ContractId = MonetizeNowId<'Contract'>;
/** An invoice (`invc_...`, `invce_...`). */
export type InvoiceId = MonetizeNowId<'Invoice'>;
/** An invoice line (`ivitm_...`). */
export type InvoiceItemId = MonetizeNowId<'InvoiceItem'>;
/** A payment (`pymt_...`, `pmt_...`). */
export type PaymentId = MonetizeNowId<'Payment'>;
/** A MonetizeNow user (`usr_...`). */
export type UserId = MonetizeNowId<'User'>;
