// Realistic bodies: a Monite organization entity of about 1.2 KB and a list of
// 100 payables of about 2 KB each (200 KB), both valid for @x/monite's schemas.

const at = '2026-11-20T09:41:27.512Z';

export const ENTITY = {
  id: '9d2b4c1e-7f3a-4b8e-9c1d-2e3f4a5b6c7d',
  type: 'organization',
  status: 'active',
  created_at: at,
  updated_at: at,
  email: 'accounts.payable@dare-cronin.example',
  phone: '+4930123456789',
  website: 'https://dare-cronin.example',
  tax_id: 'DE123456789',
  registration_number: 'HRB 123456 B',
  registration_authority: 'Amtsgericht Charlottenburg (Berlin)',
  address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', line2: 'Building C, 3rd floor', postal_code: '10115', state: 'BE' },
  organization: {
    legal_name: 'Dare Cronin GmbH',
    business_structure: 'private_corporation',
    legal_entity_id: '5493001KJTIIGC8Y1R12',
    directors_provided: true,
    executives_provided: true,
    owners_provided: true,
    representative_provided: true,
  },
  logo: null,
  partner_metadata: { crm_id: 'acc_0019000001abcde', segment: 'mid-market', onboarding: { stage: 'verified', owner: 'ops-team-3', checked_at: at } },
  notes: 'Entities created through the partner onboarding flow; invoices are approved by the finance role before payment, then paid in the weekly payment run.',
};

/** What a create call sends (the entity minus server fields). */
export const ENTITY_CREATE = {
  type: 'organization' as const,
  email: ENTITY.email,
  phone: ENTITY.phone,
  website: ENTITY.website,
  tax_id: ENTITY.tax_id,
  address: { ...ENTITY.address, country: 'DE' as const },
  organization: { legal_name: ENTITY.organization.legal_name, business_structure: 'private_corporation' as const },
};

function payable(i: number) {
  const id = `6f1c2d3e-4a5b-4c6d-8e7f-${String(i).padStart(12, '0')}`;
  return {
    id,
    entity_id: ENTITY.id,
    status: i % 3 === 0 ? 'paid' : 'waiting_to_be_paid',
    payable_origin: 'upload',
    source_of_payable_data: 'ocr',
    created_at: at,
    updated_at: at,
    issued_at: '2026-11-01',
    due_date: '2026-12-01',
    document_id: `INV-2026-${10_000 + i}`,
    currency: 'EUR',
    amount_due: 119_000 + i,
    amount_paid: 0,
    amount_to_pay: 119_000 + i,
    subtotal: 100_000 + i,
    tax: 1900,
    tax_amount: 19_000,
    total_amount: 119_000 + i,
    description: 'Cloud infrastructure services for November 2026, including support plan and reserved instances.',
    counterpart_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    counterpart_raw_data: {
      name: 'Northwind Hosting Ltd',
      email: 'billing@northwind.example',
      phone: '+442071234567',
      tax_id: 'GB123456789',
      address: { city: 'London', country: 'GB', line1: '1 Canada Square', line2: 'Level 39', postal_code: 'E14 5AB', state: 'London' },
      bank_account: { account_holder_name: 'Northwind Hosting Ltd', iban: 'GB33BUKB20201555555555', bic: 'BUKBGB22', sort_code: '202015', account_number: '55555555' },
    },
    credit_notes: [{ id: `cn-${i}`, status: 'applied', document_id: `CN-${i}`, issued_at: '2026-11-05', total_amount: 1000 }],
    payment_terms: { name: 'Net 30', description: '2% discount within 10 days', term_final: { number_of_days: 30 } },
    currency_exchange: { default_currency_code: 'EUR', rate: 1, total: 119_000 + i },
    tags: [
      { id: `tag-${i % 7}`, name: 'infrastructure', category: 'department', created_at: at, updated_at: at },
      { id: 'tag-recurring', name: 'recurring', category: 'document_type', description: 'Monthly recurring vendor invoice', created_at: at, updated_at: at },
    ],
    partner_metadata: { erp_ref: `ERP-${i}`, cost_center: 'CC-4711', approved_by: 'finance', gl_account: '6815', project: 'platform-migration-2026' },
    ocr_status: 'success',
    sender: 'invoices@northwind.example',
  };
}

export const PAYABLE_LIST = { data: Array.from({ length: 100 }, (_, i) => payable(i)), next_pagination_token: 'eyJvZmZzZXQiOjEwMH0' };

export const ENTITY_JSON = JSON.stringify(ENTITY);
export const LIST_JSON = JSON.stringify(PAYABLE_LIST);
export const TOKEN_JSON = JSON.stringify({ access_token: 'tok_bench', token_type: 'Bearer', expires_in: 86_400 });

const JSON_HEADERS = { 'content-type': 'application/json', 'x-request-id': 'req-bench' };

/** The body a stub or loopback server answers for a path. */
export function bodyFor(path: string): string {
  if (path.endsWith('/auth/token')) return TOKEN_JSON;
  if (path.includes('/payables')) return LIST_JSON;
  return ENTITY_JSON;
}

/** A fetch that answers at once, so a call's cost is the client's own. */
export const stubFetch: typeof fetch = (input) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return Promise.resolve(new Response(bodyFor(new URL(url).pathname), { headers: JSON_HEADERS }));
};

export { JSON_HEADERS };
