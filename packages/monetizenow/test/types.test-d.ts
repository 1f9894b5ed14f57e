// The compile-time rules of the Sign-Up API, and the public types.
import { describe, expectTypeOf, it } from 'vitest';
import {
  MonetizeNowClient,
  parseMonetizeNowWebhook,
  type APIPromise,
  type MonetizeNowWebhookEvent,
  type OfferingId,
  type PaymentMethodInit,
  type RateId,
  type SignUpCreateRequest,
  type SignUpResponse,
  type SignUpSession,
  type SignUpSessionId,
  type SignUpUpdateRequest,
  type StripePaymentMethodInit,
  type WithResponse,
} from '../src/index.js';

declare const monetizeNow: MonetizeNowClient;
declare const session: SignUpSession;
const customer = { accountName: 'Acme Inc', name: 'John Doe', email: 'john@example.com' };
const quote = { offerings: [{ offeringId: 'offr_1', rateId: 'rate_1', items: [{ productId: 'prod_1', quantity: 1 }] }] };
const paymentMethod = { paymentMethodName: 'visa', paymentToken: 'seti_1' };

describe('create steps', () => {
  it('accepts what each create action takes', () => {
    monetizeNow.signUp.create({ action: 'CREATE_AND_FINALIZE', customer, quote, billGroup: { autoEmailInvoice: true } });
    monetizeNow.signUp.create({ action: 'CREATE_WITH_PAYMENT_METHOD', customer, quote });
    monetizeNow.signUp.create({ action: 'CREATE_IN_PENDING', customer, quote });
    monetizeNow.signUp.create({ action: 'ESTIMATE', quote });
    monetizeNow.signUp.estimate({ quote: { offerings: [{ offeringId: 'offr_1', rateId: 'rate_1' }] } }); // quantities left to the catalog
    monetizeNow.signUp.estimate({ quote: { offerings: [{ offeringId: 'offr_1', rateId: 'rate_1', items: [{ productId: 'prod_1' }] }] } });
  });

  it('rejects a payment method on CREATE_AND_FINALIZE', () => {
    // @ts-expect-error CREATE_AND_FINALIZE does not take a payment method
    monetizeNow.signUp.create({ action: 'CREATE_AND_FINALIZE', customer, quote, paymentMethod });
    // @ts-expect-error the helper neither
    monetizeNow.signUp.createAndFinalize({ customer, quote, paymentMethod });
  });

  it('rejects a session id on a create', () => {
    // @ts-expect-error a create starts a new session
    monetizeNow.signUp.create({ action: 'CREATE_IN_PENDING', customer, quote, sessionId: 'cart_1' });
    // @ts-expect-error an estimate neither
    monetizeNow.signUp.estimate({ quote, sessionId: 'cart_1' });
    // @ts-expect-error create takes no session id argument
    monetizeNow.signUp.create('cart_1', { action: 'ESTIMATE', quote });
  });

  it('requires the parts of each action', () => {
    // @ts-expect-error customer is required to create a quote
    monetizeNow.signUp.create({ action: 'CREATE_WITH_PAYMENT_METHOD', quote });
    // @ts-expect-error quote is required
    monetizeNow.signUp.create({ action: 'CREATE_AND_FINALIZE', customer });
    // @ts-expect-error an estimate needs a quote
    monetizeNow.signUp.estimate({ customer });
    // @ts-expect-error customer needs its email
    monetizeNow.signUp.createInPending({ customer: { accountName: 'Acme', name: 'J' }, quote });
    // @ts-expect-error an offering needs its rate
    monetizeNow.signUp.estimate({ quote: { offerings: [{ offeringId: 'offr_1' }] } });
  });

  it('keeps create and update actions apart', () => {
    // @ts-expect-error FINALIZE continues a session: signUp.update(sessionId, ...)
    monetizeNow.signUp.create({ action: 'FINALIZE' });
    // @ts-expect-error ESTIMATE starts one
    monetizeNow.signUp.update('cart_1', { action: 'ESTIMATE', quote });
    // @ts-expect-error not an action
    monetizeNow.signUp.create({ action: 'CREATE', customer, quote });
  });
});

describe('later steps', () => {
  it('accepts what each step takes', () => {
    monetizeNow.signUp.update('cart_1', { action: 'INIT_PAYMENT_METHOD' });
    monetizeNow.signUp.update('cart_1', { action: 'UPDATE', paymentMethod });
    monetizeNow.signUp.update('cart_1', { action: 'FINALIZE' });
    monetizeNow.signUp.update('cart_1', { action: 'FINALIZE', paymentMethod, quote });
    monetizeNow.signUp.update('cart_1', { action: 'CANCEL' });
    session.update({ quote });
    session.savePaymentMethod(paymentMethod);
    session.finalize();
    session.finalize({ paymentMethod });
    session.cancel();
  });

  it('rejects what a step cannot take', () => {
    // @ts-expect-error UPDATE needs something to update
    monetizeNow.signUp.update('cart_1', { action: 'UPDATE' });
    // @ts-expect-error session.update neither
    session.update({});
    // @ts-expect-error CANCEL takes nothing but the action
    monetizeNow.signUp.update('cart_1', { action: 'CANCEL', quote });
    // @ts-expect-error the session id goes in the path
    monetizeNow.signUp.update('cart_1', { action: 'FINALIZE', sessionId: 'cart_1' });
    // @ts-expect-error a payment method needs its token
    session.savePaymentMethod({ paymentMethodName: 'visa' });
    // @ts-expect-error update needs the session id
    monetizeNow.signUp.update({ action: 'CANCEL' });
  });
});

describe('responses', () => {
  it('types the responses and the session', () => {
    expectTypeOf(monetizeNow.signUp.create).returns.toEqualTypeOf<APIPromise<SignUpResponse>>();
    expectTypeOf(monetizeNow.signUp.createWithPaymentMethod).returns.toEqualTypeOf<APIPromise<SignUpSession>>();
    expectTypeOf(monetizeNow.signUp.estimate({ quote }).withResponse()).resolves.toEqualTypeOf<WithResponse<SignUpResponse>>();
    expectTypeOf(session.id).toEqualTypeOf<SignUpSessionId>();
    expectTypeOf(session.paymentMethodInit).toEqualTypeOf<PaymentMethodInit | undefined>();
    expectTypeOf(session.stripe).toEqualTypeOf<StripePaymentMethodInit | undefined>();
    expectTypeOf<StripePaymentMethodInit['clientSecret']>().toEqualTypeOf<string>();
    expectTypeOf<StripePaymentMethodInit['publicKey']>().toEqualTypeOf<string>();
    expectTypeOf<SignUpResponse['quote']>().toEqualTypeOf<import('../src/index.js').SignUpResponseQuote | undefined>();
  });

  it('keeps response enums open and unknown fields readable', () => {
    expectTypeOf<'ADD_PAYMENT_METHOD'>().toMatchTypeOf<SignUpResponse['action']>();
    expectTypeOf<'SOMETHING_NEW'>().toMatchTypeOf<SignUpResponse['action']>();
    expectTypeOf<'SENT'>().toMatchTypeOf<NonNullable<SignUpResponse['quote']>['status']>();
    expectTypeOf<SignUpResponse['somethingNew']>().toEqualTypeOf<unknown>();
  });

  it('keeps request unions closed', () => {
    expectTypeOf<SignUpCreateRequest['action']>().toEqualTypeOf<'CREATE_AND_FINALIZE' | 'CREATE_WITH_PAYMENT_METHOD' | 'CREATE_IN_PENDING' | 'ESTIMATE'>();
    expectTypeOf<SignUpUpdateRequest['action']>().toEqualTypeOf<'INIT_PAYMENT_METHOD' | 'UPDATE' | 'FINALIZE' | 'CANCEL'>();
  });
});

describe('ids', () => {
  it('accepts plain strings but keeps kinds apart', () => {
    const offering: OfferingId = 'offr_1';
    expectTypeOf(offering).toMatchTypeOf<string>();
    const rate: RateId = 'rate_1';
    // @ts-expect-error a rate id is not an offering id
    const wrong: OfferingId = rate;
    void wrong;
  });
});

describe('webhooks', () => {
  it('narrows known events and keeps unknown ones', async () => {
    const event = await parseMonetizeNowWebhook('{}');
    expectTypeOf(event).toEqualTypeOf<MonetizeNowWebhookEvent>();
    if (event.eventType === 'dunning.step.tiggered') expectTypeOf(event.eventType).toMatchTypeOf<string>();
    expectTypeOf<'account.created'>().toMatchTypeOf<MonetizeNowWebhookEvent['eventType']>();
    expectTypeOf<'brand.new.event'>().toMatchTypeOf<MonetizeNowWebhookEvent['eventType']>();
  });
});
