// MonetizeNow's Sign-Up API quick start (https://docs.monetizenow.io/reference/sign-up-api) with
// @x/monetizenow: estimate, create a session that collects a card, save the card, finalize; then a step the
// session no longer allows. Against the sandbox from @x/monetizenow/testing unless MONETIZENOW_API_KEY is set
// (then MONETIZENOW_OFFERING_ID, MONETIZENOW_RATE_ID, MONETIZENOW_PRODUCT_ID name your catalog, and the
// session is left pending: a real card needs Stripe.js in a browser).
import { MonetizeNowClient, SignUpError } from '@x/monetizenow';
import { createMonetizeNowSandbox } from '@x/monetizenow/testing';

const apiKey = process.env['MONETIZENOW_API_KEY']?.trim();
const sandbox = apiKey ? undefined : createMonetizeNowSandbox();
const served = await sandbox?.serve();
const monetizeNow = served ? new MonetizeNowClient({ apiKey: sandbox!.apiKey, baseUrl: served.url }) : new MonetizeNowClient({ apiKey: () => apiKey! });
console.log(served ? `MonetizeNow sandbox on ${served.url}` : 'Against a real MonetizeNow tenant');

const quote = {
  startDate: new Date().toISOString().slice(0, 10),
  offerings: [{ offeringId: process.env['MONETIZENOW_OFFERING_ID'] ?? 'offr_growth', rateId: process.env['MONETIZENOW_RATE_ID'] ?? 'rate_growthMonthly', items: [{ productId: process.env['MONETIZENOW_PRODUCT_ID'] ?? 'prod_seats', quantity: 2 }] }],
};
const customer = { accountName: 'Acme Inc', name: 'John Doe', email: 'john@acme.example', billingAddress: { line1: '123 Main St', city: 'San Francisco', state: 'CA', postalCode: '94107', country: 'US' } };

try {
  const estimate = await monetizeNow.signUp.estimate({ quote });
  console.log(`0. ESTIMATE: ${estimate.quote?.amount} (nothing saved)`);
  const session = await monetizeNow.signUp.createWithPaymentMethod({ customer, billGroup: { autoEmailInvoice: true, collectInvoiceBalanceAutomatically: true }, quote });
  console.log(`1. CREATE_WITH_PAYMENT_METHOD: session ${session.id}; SetupIntent ${session.stripe?.setupIntentId} for the card form`);
  if (!sandbox) {
    console.log('2. Render Stripe\'s form with session.stripe.clientSecret, then call session.finalize({ paymentMethod }).');
  } else {
    // Stripe.js would return the payment token after the customer enters a card; the sandbox takes any.
    await session.savePaymentMethod({ paymentMethodName: 'visa', paymentToken: session.stripe!.setupIntentId });
    console.log('2-3. UPDATE: payment method saved');
    const done = await session.finalize();
    console.log(`4. FINALIZE: contract ${done.contract?.id}, invoice ${done.invoice?.id} (${done.invoice?.amount}), payment ${done.payment?.id}`);
    try {
      await session.cancel();
    } catch (error) {
      if (!(error instanceof SignUpError)) throw error;
      console.log(`5. CANCEL after FINALIZE is refused: ${error.status} "${error.vendorMessage}"`);
    }
  }
} finally {
  await served?.close();
}
