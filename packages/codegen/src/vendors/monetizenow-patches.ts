// Fixes to MonetizeNow's spec, applied before generation. Each one answers a defect documented in
// packages/monetizenow/spec/SOURCE.md; the vendored file itself stays byte for byte as published.
import type { OpenApiDocument } from '../config.ts';
import type { JsonSchema } from '../spec.ts';

const REF = '#/components/schemas/';
const PACKAGE = 'com.monytyz.billing.';

/** Leaked JPA entities (`*.model.*`, e.g. a payment gateway with its secret key): never public types. */
export const isInternalClass = (name: string): boolean => name.includes('.model.');

/**
 * springdoc rendered some id value classes as `{value}` objects; on the wire they are strings. They are
 * inlined as strings, branded where the SDK has a brand.
 */
const ID_WRAPPERS: Readonly<Record<string, string | undefined>> = {
  'data.account.AccountId': 'AccountId',
  'data.account.ContactId': 'ContactId',
  'data.catalog.OfferingId': 'OfferingId',
  'data.catalog.ProductId': 'ProductId',
  'data.catalog.RateId': 'RateId',
  'data.catalog.PriceId': undefined,
  'data.cpq.QuoteId': 'QuoteId',
  'data.cpq.QuoteApprovalId': undefined,
  'trial.data.TrialId': 'TrialId',
  'transactable.SourceId': undefined,
  'transactable.TargetId': undefined,
};

/** Property and parameter names → the branded id type they carry (packages/monetizenow/src/values/ids.ts). */
const ID_BRANDS: Readonly<Record<string, string>> = {
  accountId: 'AccountId',
  billGroupId: 'BillGroupId',
  contactId: 'ContactId',
  contractId: 'ContractId',
  creditId: 'CreditId',
  creditNoteId: 'CreditNoteId',
  invoiceId: 'InvoiceId',
  offeringId: 'OfferingId',
  opportunityId: 'OpportunityId',
  paymentGatewayId: 'PaymentGatewayId',
  paymentId: 'PaymentId',
  paymentMethodId: 'PaymentMethodId',
  productId: 'ProductId',
  quoteId: 'QuoteId',
  quoteOfferingId: 'QuoteOfferingId',
  rateId: 'RateId',
  subscriptionId: 'SubscriptionId',
  trialId: 'TrialId',
  usageTypeId: 'UsageTypeId',
  userId: 'UserId',
};

/** The `id` of these records is their branded id. */
const RECORD_IDS: Readonly<Record<string, string>> = {
  'customer.dto.account.AccountDto': 'AccountId',
  'customer.dto.contact.ContactDto': 'ContactId',
  'customer.dto.billgroup.BillGroupDetailDto': 'BillGroupId',
  'catalog.dto.product.ProductDto': 'ProductId',
  'catalog.dto.offering.OfferingDetailDto': 'OfferingId',
  'catalog.dto.offering.OfferingDto': 'OfferingId',
  'catalog.dto.rate.RateDto': 'RateId',
  'catalog.dto.rate.RateDetailDto': 'RateId',
  'quote.dto.quote.QuoteDetailDto': 'QuoteId',
  'contract.dto.ContractDto': 'ContractId',
  'contract.dto.ContractDetailDto': 'ContractId',
  'subscription.dto.subscription.SubscriptionDetailDto': 'SubscriptionId',
  'invoice.dto.InvoiceDto': 'InvoiceId',
  'payment.dto.payment.PaymentDto': 'PaymentId',
  'payment.dto.payment.PaymentDetailDto': 'PaymentId',
  'payment.dto.paymentmethod.PaymentMethodDto': 'PaymentMethodId',
  'credit.dto.credit.CreditDetailDto': 'CreditId',
  'credit.dto.creditnote.CreditNoteDetailDto': 'CreditNoteId',
  'opportunity.dto.OpportunityResponseDto': 'OpportunityId',
};

/** Money: decimal numbers in major units (`Amount`). Percentages, rates and quantities are not. */
const AMOUNT = /amount|^(arr|mrr|tax|total|totalValue|lifetimeValue|renewalEstimate|unitPrice|ratedPrice|totalRatedPrice|displayUnitPrice|unitPriceAfterDiscount|minimum|maximum)$|(Arr|Mrr)$/i;
const NOT_AMOUNT = /percent|multiplier|rate$/i;

/** Query parameters typed as strings whose examples (and meaning) are numbers. */
const NUMERIC_QUERY = new Set(['currentPage', 'pageSize']);

/** Operations that return an internal class: typed as the public record's documented part, the rest kept open. */
const PUBLIC_PART: Readonly<Record<string, [internal: string, dto: string, name: string]>> = {
  'PUT /api/accounts/{accountId}/activate': ['customer.model.Account', 'customer.dto.account.AccountDto', 'ActivatedAccount'],
};

export function patchMonetizeNowSpec(doc: OpenApiDocument): void {
  const schemas = doc.components.schemas;
  for (const [key, [internal, dto, name]] of Object.entries(PUBLIC_PART)) {
    const [method, path] = key.split(' ');
    schemas[name] = publicPart(schemas[PACKAGE + internal]!, schemas[PACKAGE + dto]!);
    const response = (doc.paths[path!]![method!.toLowerCase()] as { responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> }).responses['200']!;
    response.content['*/*' in response.content ? '*/*' : 'application/json']!.schema = { $ref: REF + name };
  }
  for (const [name, schema] of Object.entries(RECORD_IDS)) {
    const id = schemas[PACKAGE + name]?.properties?.['id'];
    if (id?.type === 'string') id['x-brand'] = schema;
  }
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (!value || typeof value !== 'object') return value;
    const schema = value as JsonSchema;
    if (schema.$ref) {
      const name = schema.$ref.slice(REF.length);
      const wrapper = name.startsWith(PACKAGE) ? name.slice(PACKAGE.length) : name;
      if (wrapper in ID_WRAPPERS) return { type: 'string', ...(ID_WRAPPERS[wrapper] ? { 'x-brand': ID_WRAPPERS[wrapper] } : {}) };
      if (isInternalClass(name)) return { type: 'object', description: 'An internal MonetizeNow object the spec leaks; its fields are not published, so it is kept open.' };
      return value;
    }
    const out = value as Record<string, unknown>;
    for (const key of Object.keys(out)) if (key !== 'example' && key !== 'examples') out[key] = replace(out[key]);
    if (schema.properties) brandProperties(schema.properties);
    return out;
  };
  for (const name of Object.keys(schemas)) {
    const short = name.startsWith(PACKAGE) ? name.slice(PACKAGE.length) : name;
    if (isInternalClass(name) || short in ID_WRAPPERS) delete schemas[name];
    else schemas[name] = replace(schemas[name]) as JsonSchema;
  }
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item) as { parameters?: { name: string; in: string; schema: JsonSchema }[] }[]) {
      replace(op);
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && NUMERIC_QUERY.has(p.name) && p.schema.type === 'string' && typeof p.schema.example === 'number') p.schema.type = 'integer';
        if ((p.in === 'path' || p.in === 'query') && p.schema.type === 'string' && ID_BRANDS[p.name]) p.schema['x-brand'] = ID_BRANDS[p.name];
      }
    }
  }
}

function brandProperties(properties: Record<string, JsonSchema>): void {
  for (const [name, property] of Object.entries(properties)) {
    if (property.type === 'string' && ID_BRANDS[name] && !property['x-brand']) property['x-brand'] = ID_BRANDS[name];
    if (property.type === 'number' && AMOUNT.test(name) && !NOT_AMOUNT.test(name)) property['x-brand'] = 'Amount';
  }
}

/** The DTO's properties that the internal class has with the same JSON type; none required, unknown fields kept. */
function publicPart(internal: JsonSchema, dto: JsonSchema): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(dto.properties ?? {})) {
    const other = internal.properties?.[name];
    if (other && other.type === property.type && (other.$ref === undefined) === (property.$ref === undefined)) properties[name] = property;
  }
  return {
    type: 'object',
    description: `${dto.description ?? 'The account'}: the fields its public record documents (the spec returns an internal class here; other fields are kept as received).`,
    properties,
  };
}
