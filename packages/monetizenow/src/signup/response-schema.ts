import * as z from 'zod/mini';
import type { SignUpResponse } from './responses.js';

// Loose on purpose: MonetizeNow omits fields from its docs "for brevity" and may add enum values, so only the
// types of the fields it lists are checked, and every one of them is optional. `error` is a boolean here so a 2xx
// carrying `error: true` reaches the SDK's check and becomes a SignUpError instead of a schema mismatch.
const id = z.optional(z.string());
const num = z.optional(z.number());
const obj = <T extends z.core.$ZodLooseShape>(shape: T) => z.optional(z.looseObject(shape));

export const signUpResponseSchema = z.looseObject({
  sessionId: id,
  error: z.optional(z.boolean()),
  action: z.optional(z.string()),
  customer: obj({ accountId: id, accountName: id, contactId: id, contactName: id, contactEmail: id }),
  quote: obj({
    id,
    amount: num,
    startDate: id,
    status: z.optional(z.string()),
    offerings: z.optional(
      z.array(z.looseObject({ offeringId: id, rateId: id, amount: num, items: z.optional(z.array(z.looseObject({ productId: id, quantity: num, amount: num }))) })),
    ),
  }),
  invoice: obj({ id, amountWithoutTax: num, amount: num, items: z.optional(z.array(z.looseObject({ id }))) }),
  payment: obj({ id, amount: num }),
  billGroup: obj({ id }),
  contract: obj({ id }),
  paymentMethodInit: obj({ stripe: obj({ customerId: id, setupIntentId: id, clientSecret: id, publicKey: id }) }),
}) as unknown as z.ZodMiniType<SignUpResponse>;
