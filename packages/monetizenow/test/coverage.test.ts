// Every operation of MonetizeNow's spec has a generated method on MonetizeNowClient, under a clean name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationManifest } from '../src/generated/manifest.js';
import { MonetizeNowClient } from '../src/index.js';

const specPath = fileURLToPath(new URL('../spec/monetizenow-openapi.json', import.meta.url));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function specOperations(): { method: string; path: string; id: string; deprecated: boolean }[] {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, { operationId: string; deprecated?: boolean }>> };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ method: method.toUpperCase(), path, id: item[method].operationId, deprecated: item[method].deprecated === true }] : [])),
  );
}

describe('coverage of the MonetizeNow spec', () => {
  const ops = specOperations();
  const monetizeNow = new MonetizeNowClient({ apiKey: 'k' });

  it('finds the 156 operations in the spec', () => {
    expect(ops).toHaveLength(156);
  });

  it('has a generated method for every operation (156/156)', () => {
    const byKey = new Map(operationManifest.map((entry) => [`${entry.method} ${entry.path}`, entry]));
    expect(ops.filter((op) => !byKey.has(`${op.method} ${op.path}`)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
    expect(operationManifest).toHaveLength(156);
    for (const entry of operationManifest) {
      const resource = (monetizeNow as unknown as Record<string, Record<string, unknown>>)[entry.resource];
      expect(typeof resource?.[entry.methodName], `${entry.method} ${entry.path} → monetizeNow.${entry.resource}.${entry.methodName}`).toBe('function');
    }
  });

  it('names methods without Java overload suffixes, one name per operation', () => {
    const names = operationManifest.map((e) => `${e.resource}.${e.methodName}`);
    expect(new Set(names).size).toBe(156);
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    const name = (method: string, path: string) => {
      const entry = operationManifest.find((e) => e.method === method && e.path === path);
      return entry && `${entry.resource}.${entry.methodName}`;
    };
    expect(name('POST', '/api/payments/{paymentId}/refund')).toBe('payments.refund'); // paymentRefund_1
    expect(name('GET', '/api/offerings/summary')).toBe('offerings.listSummaries'); // getAllOffering_1
    expect(name('GET', '/api/accounts')).toBe('accounts.list');
    expect(name('POST', '/api/quotes/{quoteId}/accept')).toBe('quotes.accept'); // acceptQuote_1
    expect(name('GET', '/api/invoices/{invoiceId}/print')).toBe('invoices.downloadPdf');
    expect(name('POST', '/usage/events')).toBe('usage.recordEvents');
  });

  it('groups the billing API by resource', () => {
    expect([...new Set(operationManifest.map((e) => e.resource))].sort()).toEqual([
      'accountDocuments', 'accounts', 'billGroups', 'contacts', 'contracts', 'creditNotes', 'credits', 'invoices', 'offerings',
      'opportunities', 'paymentGateways', 'paymentMethods', 'payments', 'priceUplifts', 'products', 'quotes', 'rates',
      'subscriptions', 'trials', 'usage',
    ]);
  });

  it('marks deprecated operations @deprecated', async () => {
    const deprecated = ops.filter((op) => op.deprecated);
    expect(deprecated.length).toBeGreaterThan(0);
    const operations = readFileSync(fileURLToPath(new URL('../src/generated/operations.ts', import.meta.url)), 'utf8');
    for (const op of deprecated) expect(operations).toContain(`/**\n * \`${op.method} ${op.path}\``);
    const payments = readFileSync(fileURLToPath(new URL('../src/generated/resources/payments.ts', import.meta.url)), 'utf8');
    const refund = payments.slice(payments.indexOf('export interface PaymentsResource'));
    expect(refund.slice(0, refund.indexOf('  refund(')).split('/**').pop()).toContain('@deprecated Deprecated by MonetizeNow.');
  });

  it('builds each resource group once per client', () => {
    expect(monetizeNow.accounts).toBe(monetizeNow.accounts);
    expect(monetizeNow.withOptions({ timeout: 5000 }).accounts).not.toBe(monetizeNow.accounts);
    expect(Object.keys(monetizeNow)).not.toContain('accounts');
  });
});
