/**
 * A money amount as MonetizeNow sends it: a decimal JSON number in **major units** of the currency
 * (`100.5` is 100.50 USD), not an integer of minor units (cents) as some other APIs use. Do arithmetic on
 * amounts with a decimal library if rounding matters.
 */
export type Amount = number;

/**
 * A quantity of a product. MonetizeNow sends quantities as decimal numbers (doubles), so fractional quantities
 * are possible.
 */
export type Quantity = number;

/** A calendar date, `YYYY-MM-DD`. */
export type DateString = string;
