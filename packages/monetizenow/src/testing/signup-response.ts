import type { SignUpResponse } from '../signup/responses.js';
import type { SandboxSession } from './signup-machine.js';

/** The Sign-Up API's response for a session after `action` (the seed's `SignUpResponse`). */
export function signUpResponse(session: SandboxSession, action: string): SignUpResponse {
  const reported = action === 'UPDATE' && session.paymentMethod ? 'ADD_PAYMENT_METHOD' : action;
  const quote = session.quote;
  const done = session.finalized;
  return {
    sessionId: session.id,
    error: false,
    action: reported,
    ...(session.customer
      ? { customer: { accountId: session.accountId, accountName: session.customer.accountName, contactId: session.contactId, contactName: session.customer.name, contactEmail: session.customer.email } }
      : {}),
    ...(quote ? { quote: { id: session.quoteId, amount: quote.amount, startDate: quote.startDate, status: done ? 'PROCESSED' : 'DRAFT', offerings: quote.offerings } } : {}),
    ...(session.stripe && session.state === 'PAYMENT_INITIALIZED' && !session.paymentMethod ? { paymentMethodInit: { stripe: { ...session.stripe } } } : {}),
    ...(done && quote
      ? {
          contract: { id: done.contractId },
          billGroup: { id: done.billGroupId },
          invoice: { id: done.invoiceId, amountWithoutTax: quote.amount, amount: quote.amount, items: quote.offerings.map((_, i) => ({ id: `${done.invoiceId}_item${i}` })) },
          ...(done.paymentId ? { payment: { id: done.paymentId, amount: quote.amount } } : {}),
        }
      : {}),
  } as SignUpResponse;
}
