import * as z from 'zod/mini';

// Shapes of the request parts, checked before sending. Strict objects: a misspelt field is an error here
// rather than a field MonetizeNow silently ignores.

const address = z.strictObject({
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  city: z.optional(z.string()),
  state: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  country: z.optional(z.string()),
});

const nonEmpty = z.string().check(z.minLength(1));

export const customerSchema = z.strictObject({
  accountName: nonEmpty,
  customId: z.optional(z.nullable(z.string())),
  name: nonEmpty,
  email: nonEmpty,
  billingAddress: z.optional(address),
});

export const billGroupSchema = z.strictObject({
  autoEmailInvoice: z.optional(z.boolean()),
  collectInvoiceBalanceAutomatically: z.optional(z.boolean()),
});

const item = z.strictObject({
  productId: nonEmpty,
  quantity: z.optional(z.number().check(z.nonnegative())),
});

export const quoteSchema = z.strictObject({
  startDate: z.optional(z.iso.date()),
  customId: z.optional(z.nullable(z.string())),
  offerings: z.array(
    z.strictObject({
      offeringId: nonEmpty,
      rateId: nonEmpty,
      items: z.optional(z.array(item)),
    }),
  ),
});

export const paymentMethodSchema = z.strictObject({
  paymentMethodName: z.optional(z.string()),
  paymentToken: nonEmpty,
});

/** Every field a request may carry; which parts an action needs or refuses is checked in rules.ts. */
export const signUpBodySchema = z.strictObject({
  action: z.string(),
  sessionId: z.optional(z.unknown()),
  customer: z.optional(customerSchema),
  billGroup: z.optional(billGroupSchema),
  quote: z.optional(quoteSchema),
  paymentMethod: z.optional(paymentMethodSchema),
});
