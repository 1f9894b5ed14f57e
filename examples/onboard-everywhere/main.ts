// `pnpm demo`: onboards one customer across the three vendors, step by step: a Monite entity and entity
// user, a PortalDuct customer and client (with a portal connection that settles), and a MonetizeNow sign-up.
// Against local sandboxes on 127.0.0.1 unless real credentials are set (see vendors.ts and README.md).
import type { CreateRoleRequest } from '@x/monite';
import { bold, dim, short, Steps } from './report.ts';
import { connectVendors } from './vendors.ts';

const vendors = await connectVendors();
const { monite, portalduct, monetizeNow, portalductSandbox } = vendors;
const sandboxed = portalductSandbox !== undefined;

const basicRole: CreateRoleRequest = {
  name: 'Basic role',
  permissions: {
    objects: [
      { object_type: 'entity_user', actions: [{ action_name: 'read', permission: 'allowed' }, { action_name: 'create', permission: 'allowed' }] },
      { object_type: 'payable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
    ],
  },
};
const offering = {
  offeringId: process.env['MONETIZENOW_OFFERING_ID'] ?? 'offr_growth',
  rateId: process.env['MONETIZENOW_RATE_ID'] ?? 'rate_growthMonthly',
  items: [{ productId: process.env['MONETIZENOW_PRODUCT_ID'] ?? 'prod_seats', quantity: 3 }],
};

console.log(bold('\nOnboarding "Dare - Cronin" on Monite, PortalDuct and MonetizeNow'));
for (const { vendor, where } of vendors.targets) console.log(dim(`  ${vendor.padEnd(12)} ${where}`));
console.log();

const steps = new Steps(9, vendors.wires);
try {
  const entity = await steps.run(
    'Monite: create the entity',
    () =>
      monite.entities.create({
        type: 'organization',
        email: 'finance@dare-cronin.example',
        address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
        organization: { legal_name: 'Dare - Cronin' },
      }),
    (e) => [`entity ${e.id} (${e.type}, ${e.status})`],
  );
  const company = monite.forEntity(entity.id);
  const role = await steps.run('Monite: create the role "Basic role"', () => company.roles.create(basicRole), (r) => [`role ${r.id}: entity users may read + create entity users`]);
  const user = await steps.run(
    'Monite: create the entity user',
    () => company.entityUsers.create({ login: 'gardner.waelchi', first_name: 'Gardner', last_name: 'Waelchi', email: 'gardner@dare-cronin.example', role_id: role.id }),
    (u) => [`entity user ${u.id} (login ${u.login}, role ${short(u.role_id)})`],
  );
  await steps.run('Monite: sign in as the entity user', () => company.asEntityUser(user.id).entityUsers.me(), (me) => [`entity-user token issued; /entity_users/me says ${me.first_name} ${me.last_name}`]);

  // PortalDuct takes your own UUIDs: reuse Monite's entity id for the customer.
  const customerUuid = entity.id;
  const clientUuid = crypto.randomUUID();
  await steps.run('PortalDuct: create the customer (same UUID as the Monite entity)', () => portalduct.addCustomer({ customerUuid }), () => [`customer ${customerUuid}`]);
  await steps.run('PortalDuct: create the customer client', () => portalduct.addCustomerClient({ customerUuid, clientUuid }), () => [`client ${clientUuid}`]);
  await steps.run(
    'PortalDuct: the client links its Walmart portal; read invoices and balance',
    async () => {
      if (!portalductSandbox) return undefined;
      const connection = await portalductSandbox.connectPortal({ clientUuid, portalName: 'Walmart Retail Link' });
      const invoices = await portalduct.getClientInvoices(connection.connectionUuid);
      const balance = await portalduct.getClientBalance(clientUuid);
      return { connection, invoices: Array.isArray(invoices) ? invoices.length : 0, balance };
    },
    (r) =>
      r
        ? [`connection ${r.connection.connectionUuid}: pending -> ${r.connection.status}`, `${r.invoices} invoices collected; open balance ${String(r.balance['balance'])} ${String(r.balance['currency'])}`]
        : ['(real PortalDuct: the client links portals in PortalDuct\'s embedded UI; nothing to do here)'],
  );

  const customer = { accountName: 'Dare - Cronin', name: 'Gardner Waelchi', email: 'gardner@dare-cronin.example', billingAddress: { line1: 'Flughafenstrasse 52', city: 'Berlin', postalCode: '10115', country: 'DE' } };
  const session = await steps.run(
    sandboxed ? 'MonetizeNow: start a sign-up that collects a card' : 'MonetizeNow: start a pending sign-up',
    () => (sandboxed ? monetizeNow.signUp.createWithPaymentMethod({ customer, quote: { offerings: [offering] } }) : monetizeNow.signUp.createInPending({ customer, quote: { offerings: [offering] } })),
    (s) => [`session ${s.id}, quote ${s.response?.quote?.amount ?? '?'} (${s.response?.quote?.status ?? '?'})`, s.stripe ? `Stripe SetupIntent ${s.stripe.setupIntentId} ready for the card form (client secret not shown)` : 'no payment collection'],
  );
  await steps.run(
    sandboxed ? 'MonetizeNow: save the card and finalize' : 'MonetizeNow: cancel the pending sign-up (real tenant: nothing is billed)',
    // In the sandbox the SetupIntent id stands in for the token Stripe.js returns after the customer enters a card.
    () => (sandboxed ? session.finalize({ paymentMethod: { paymentMethodName: 'visa', paymentToken: session.stripe!.setupIntentId } }) : session.cancel()),
    (r) => [r.contract ? `contract ${r.contract.id}, invoice ${r.invoice?.id} for ${r.invoice?.amount}, payment ${r.payment?.id ?? 'none'}` : `session ${r.sessionId} ${r.action}`, r.customer ? `account ${r.customer.accountId}` : ''].filter(Boolean),
  );

  console.log(bold('\nDone: one customer, three vendors.'));
  console.log(`  Monite entity ${entity.id} · PortalDuct customer ${customerUuid} · MonetizeNow session ${session.id}`);
} finally {
  await vendors.close();
}
