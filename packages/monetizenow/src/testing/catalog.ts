/** A product of the sandbox's catalog, with the fields of MonetizeNow's `ProductDto` the sandbox fills. */
export interface SandboxProduct {
  id: string;
  name: string;
  status: 'ACTIVE';
  productType: 'ADVANCE' | 'USAGE' | 'ONETIME';
  sku: string;
}

/** A rate: prices per product, in major units (MonetizeNow's amounts are decimal numbers). */
export interface SandboxRate {
  id: string;
  name: string;
  offeringId: string;
  status: 'ACTIVE';
  currency: 'USD';
  billingFrequency: 'MONTHLY' | 'ANNUALLY';
  revenueChannels: ('SELF_SERVICE' | 'SALES')[];
  prices: { productId: string; amount: number; priceModel: 'FLAT' }[];
}

export interface SandboxOffering {
  id: string;
  name: string;
  type: 'SUBSCRIPTION';
  status: 'ACTIVE';
  offeringProducts: { productId: string; isMandatory: boolean; position: number }[];
}

/** The usage type usage events are recorded against. */
export const API_CALLS_USAGE_TYPE = 'usgt_apiCalls';

/** A small catalog: one subscription offering with seats (in advance) and API calls (usage), two rates. */
export function sandboxCatalog(): { products: SandboxProduct[]; offerings: SandboxOffering[]; rates: SandboxRate[] } {
  const products: SandboxProduct[] = [
    { id: 'prod_seats', name: 'Seats', status: 'ACTIVE', productType: 'ADVANCE', sku: 'SEAT' },
    { id: 'prod_apiCalls', name: 'API calls', status: 'ACTIVE', productType: 'USAGE', sku: 'API-CALL' },
    { id: 'prod_onboarding', name: 'Onboarding', status: 'ACTIVE', productType: 'ONETIME', sku: 'ONBOARD' },
  ];
  const offerings: SandboxOffering[] = [
    {
      id: 'offr_growth',
      name: 'Growth',
      type: 'SUBSCRIPTION',
      status: 'ACTIVE',
      offeringProducts: [
        { productId: 'prod_seats', isMandatory: true, position: 0 },
        { productId: 'prod_apiCalls', isMandatory: false, position: 1 },
        { productId: 'prod_onboarding', isMandatory: false, position: 2 },
      ],
    },
  ];
  const rates: SandboxRate[] = [
    {
      id: 'rate_growthMonthly',
      name: 'Growth monthly',
      offeringId: 'offr_growth',
      status: 'ACTIVE',
      currency: 'USD',
      billingFrequency: 'MONTHLY',
      revenueChannels: ['SELF_SERVICE', 'SALES'],
      prices: [
        { productId: 'prod_seats', amount: 25, priceModel: 'FLAT' },
        { productId: 'prod_apiCalls', amount: 0.01, priceModel: 'FLAT' },
        { productId: 'prod_onboarding', amount: 100, priceModel: 'FLAT' },
      ],
    },
    {
      id: 'rate_growthAnnual',
      name: 'Growth annual',
      offeringId: 'offr_growth',
      status: 'ACTIVE',
      currency: 'USD',
      billingFrequency: 'ANNUALLY',
      revenueChannels: ['SELF_SERVICE'],
      prices: [
        { productId: 'prod_seats', amount: 270, priceModel: 'FLAT' },
        { productId: 'prod_apiCalls', amount: 0.008, priceModel: 'FLAT' },
      ],
    },
  ];
  return { products, offerings, rates };
}
