import type { SignUpRequestQuote } from './types.js';
import type { sandboxCatalog } from './catalog.js';

/** A priced quote as the Sign-Up API returns it (amounts in major units, rounded to cents). */
export interface PricedQuote {
  amount: number;
  startDate: string;
  offerings: { offeringId: string; rateId: string; amount: number; items: { productId: string; quantity: number; amount: number }[] }[];
}

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * Prices a quote against the catalog; returns the reason it cannot be priced instead (unknown offering,
 * rate not of that offering, product not in the offering or without a price on the rate).
 */
export function priceQuote(quote: SignUpRequestQuote, catalog: ReturnType<typeof sandboxCatalog>, today: string): PricedQuote | string {
  const offerings: PricedQuote['offerings'] = [];
  for (const wanted of quote.offerings) {
    const offering = catalog.offerings.find((o) => o.id === wanted.offeringId);
    if (!offering) return `INVALID_OFFERINGS: offering ${wanted.offeringId} does not exist`;
    const rate = catalog.rates.find((r) => r.id === wanted.rateId && r.offeringId === offering.id);
    if (!rate) return `INVALID_OFFERINGS: rate ${wanted.rateId} is not a rate of offering ${offering.id}`;
    if (!rate.revenueChannels.includes('SELF_SERVICE')) return `INVALID_OFFERINGS: rate ${rate.id} is not available for self-service`;
    const items = (wanted.items ?? []).map((item) => {
      const price = rate.prices.find((p) => p.productId === item.productId);
      const product = catalog.products.find((p) => p.id === item.productId);
      if (!price || !product) return `INVALID_OFFERINGS: product ${item.productId} has no price on rate ${rate.id}`;
      // Usage products are billed in arrears from usage events, so a quote does not price them.
      const quantity = item.quantity ?? 1;
      return { productId: item.productId, quantity, amount: product.productType === 'USAGE' ? 0 : cents(price.amount * quantity) };
    });
    const failed = items.find((i): i is string => typeof i === 'string');
    if (failed) return failed;
    const priced = items as PricedQuote['offerings'][number]['items'];
    offerings.push({ offeringId: offering.id, rateId: rate.id, amount: cents(priced.reduce((s, i) => s + i.amount, 0)), items: priced });
  }
  return { amount: cents(offerings.reduce((s, o) => s + o.amount, 0)), startDate: quote.startDate ?? today, offerings };
}
