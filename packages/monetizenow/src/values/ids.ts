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
/** A subscription (`subs_...`, `subsc_...`). */
export type SubscriptionId = MonetizeNowId<'Subscription'>;
/** A credit (`crdt_...`). */
export type CreditId = MonetizeNowId<'Credit'>;
/** A credit note (`crnt_...`, `crdnt_...`, `crnit_...`). */
export type CreditNoteId = MonetizeNowId<'CreditNote'>;
/** An opportunity (`opp_...`). */
export type OpportunityId = MonetizeNowId<'Opportunity'>;
/** A payment method (`pmtm_...`, `pmtmd_...`, `pmmd_...`). */
export type PaymentMethodId = MonetizeNowId<'PaymentMethod'>;
/** A payment gateway (`pmtgw_...`, `pmgw_...`). */
export type PaymentGatewayId = MonetizeNowId<'PaymentGateway'>;
/** An offering on a quote (`quof_...`, `quoff_...`). */
export type QuoteOfferingId = MonetizeNowId<'QuoteOffering'>;
/** A trial (`trl_...`). */
export type TrialId = MonetizeNowId<'Trial'>;
/** A usage type (`ustyp_...`, `usgt_...`). */
export type UsageTypeId = MonetizeNowId<'UsageType'>;
