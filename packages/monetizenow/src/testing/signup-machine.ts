import { prefixedId } from '@x/core/testing';
import type { SignUpRequest } from '../signup/requests.js';
import type { sandboxCatalog } from './catalog.js';
import { priceQuote, type PricedQuote } from './pricing.js';

/** Where a sign-up session is. `ESTIMATE` saves nothing, so it has no state. */
export type SessionState = 'PENDING' | 'PAYMENT_INITIALIZED' | 'FINALIZED' | 'CANCELED';

/** A sign-up session the sandbox holds. */
export interface SandboxSession {
  id: string;
  state: SessionState;
  customer?: NonNullable<SignUpRequest['customer']>;
  billGroup?: NonNullable<SignUpRequest['billGroup']>;
  quote?: PricedQuote;
  quoteId: string;
  accountId: string;
  contactId: string;
  stripe?: { customerId: string; setupIntentId: string; clientSecret: string; publicKey: string };
  paymentMethod?: { paymentMethodName?: string; paymentToken: string };
  /** Set on finalize. */
  finalized?: { contractId: string; billGroupId: string; invoiceId: string; paymentId?: string; subscriptionIds: string[] };
}

/** A step the state machine refuses: answered with the Sign-Up API's `{sessionId, error: true, message}`. */
export class SignUpRefusal extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Which actions each state accepts (PATCH). Finalized and canceled sessions accept none. */
export const TRANSITIONS: Record<SessionState, readonly string[]> = {
  PENDING: ['INIT_PAYMENT_METHOD', 'UPDATE', 'FINALIZE', 'CANCEL'],
  PAYMENT_INITIALIZED: ['INIT_PAYMENT_METHOD', 'UPDATE', 'FINALIZE', 'CANCEL'],
  FINALIZED: [],
  CANCELED: [],
};

type Catalog = ReturnType<typeof sandboxCatalog>;

/**
 * The Sign-Up API's session lifecycle (https://docs.monetizenow.io/reference/sign-up-api): create actions
 * start a session (or, for ESTIMATE, price without saving); PATCH actions move it on. Payment methods are
 * accepted only after payment collection was initialised (they come from the gateway's SetupIntent).
 */
export class SignUpMachine {
  readonly sessions = new Map<string, SandboxSession>();

  constructor(
    private readonly catalog: Catalog,
    private readonly today: () => string,
  ) {}

  create(body: SignUpRequest): { session: SandboxSession; saved: boolean } {
    const session: SandboxSession = { id: prefixedId('cart_'), state: 'PENDING', quoteId: prefixedId('quot_'), accountId: prefixedId('acct_'), contactId: prefixedId('cont_') };
    this.#apply(session, body);
    if (body.action === 'ESTIMATE') return { session, saved: false };
    if (body.action === 'CREATE_WITH_PAYMENT_METHOD') this.#initPayment(session);
    this.sessions.set(session.id, session);
    if (body.action === 'CREATE_AND_FINALIZE') this.#finalize(session);
    return { session, saved: true };
  }

  step(sessionId: string, body: SignUpRequest): SandboxSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new SignUpRefusal(`Sign-up session ${sessionId} does not exist.`, 404);
    if (!TRANSITIONS[session.state].includes(body.action)) {
      throw new SignUpRefusal(`${body.action} is not possible: session ${session.id} is ${session.state.toLowerCase().replace('_', ' ')}.`, 409);
    }
    if (body.paymentMethod && session.state !== 'PAYMENT_INITIALIZED') {
      throw new SignUpRefusal(`Session ${session.id} has not initialised payment collection: call INIT_PAYMENT_METHOD first.`);
    }
    this.#apply(session, body);
    if (body.action === 'INIT_PAYMENT_METHOD') this.#initPayment(session);
    if (body.action === 'CANCEL') session.state = 'CANCELED';
    if (body.action === 'FINALIZE') {
      if (session.state === 'PAYMENT_INITIALIZED' && !session.paymentMethod) {
        throw new SignUpRefusal(`Session ${session.id} is waiting for its payment method: send it with UPDATE or FINALIZE.`);
      }
      this.#finalize(session);
    }
    return session;
  }

  #apply(session: SandboxSession, body: SignUpRequest): void {
    // Later requests supersede earlier ones, part by part (the docs' wording for quote).
    if (body.quote) {
      const priced = priceQuote(body.quote, this.catalog, this.today());
      if (typeof priced === 'string') throw new SignUpRefusal(priced);
      session.quote = priced;
    }
    if (body.customer) session.customer = body.customer;
    if (body.billGroup) session.billGroup = body.billGroup;
    if (body.paymentMethod) session.paymentMethod = body.paymentMethod;
  }

  #initPayment(session: SandboxSession): void {
    const setupIntentId = prefixedId('seti_', 24);
    session.stripe = { customerId: prefixedId('cus_', 14), setupIntentId, clientSecret: `${setupIntentId}_secret_${prefixedId('', 24)}`, publicKey: 'pk_test_sandbox' };
    session.state = 'PAYMENT_INITIALIZED';
  }

  #finalize(session: SandboxSession): void {
    if (!session.customer || !session.quote) throw new SignUpRefusal(`Session ${session.id} needs a customer and a quote before it can be finalized.`);
    const collect = session.billGroup?.collectInvoiceBalanceAutomatically !== false && session.paymentMethod !== undefined;
    session.finalized = {
      contractId: prefixedId('ctrct_'),
      billGroupId: prefixedId('bilg_'),
      invoiceId: prefixedId('invc_'),
      ...(collect ? { paymentId: prefixedId('pymt_') } : {}),
      subscriptionIds: session.quote.offerings.map(() => prefixedId('subs_')),
    };
    session.state = 'FINALIZED';
  }
}
