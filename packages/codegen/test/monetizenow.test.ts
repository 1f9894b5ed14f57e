// The same generator on MonetizeNow's OAS 3.0 spec: its defects patched, its internal classes kept private.
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { monetizeNow, monetizeNowSchemaName } from '../src/vendors/monetizenow.ts';
import { monetizeNowSpec } from './spec-fixture.ts';

const exported = (code: string): string[] => [...code.matchAll(/^export (?:interface|type|const|function) (\w+)/gm)].map((m) => m[1]!);

describe('MonetizeNow generation', () => {
  const spec = monetizeNowSpec();
  const files = generate(spec, monetizeNow);
  const models = files.get('models.ts')!;

  it('generates all 156 operations, each authenticated by the client key, none taking x-api-key as an argument', () => {
    expect(spec.operations).toHaveLength(156);
    expect(spec.operations.every((op) => op.authenticated)).toBe(true);
    for (const [name, code] of files) if (name.startsWith('resources/')) expect(code, name).not.toMatch(/x-api-key|xApiKey/i);
    expect(files.get('operations.ts')).not.toContain('auth: false');
  });

  it('drops the Java package and a trailing Dto from type names', () => {
    expect(monetizeNowSchemaName('com.monytyz.billing.customer.dto.account.AccountDto')).toBe('Account');
    expect(monetizeNowSchemaName('com.monytyz.billing.catalog.dto.rate.RateUpdateData.Account')).toBe('RateUpdateDataAccount');
    for (const name of exported(models)) expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it('never makes an internal class (*.model.*) or its secrets public', () => {
    const code = [...files.values()].join('\n');
    expect(code).not.toMatch(/secretKey|webhookSecret|\.model\./);
    expect(spec.schemas['com.monytyz.billing.payment.model.PaymentGateway']).toBeUndefined();
    // The one operation returning an internal class gets the public record's documented part, kept open.
    expect(models).toMatch(/^export interface ActivatedAccount \{/m);
    expect(files.get('schemas.ts')).toMatch(/ActivatedAccount_out = .*jitLooseObject/);
  });

  it('types ids as branded strings, amounts as Amount, and page numbers as numbers', () => {
    expect(models).toMatch(/export interface Account \{[\s\S]*?\n {2}id\?: AccountId;/);
    expect(models).toMatch(/export interface Invoice \{[\s\S]*?\n {2}amountDue\?: Amount;/);
    expect(files.get('params.ts')).toMatch(/export interface AccountsListParams \{[\s\S]*?currentPage\?: number;[\s\S]*?pageSize\?: number;/);
    expect(files.get('resources/accounts.ts')).toContain('retrieve(accountId: AccountId, options?: MonetizeNowRequestOptions): APIPromise<Account>;');
  });

  it('pages page-number lists and the usage events cursor', () => {
    const operations = files.get('operations.ts')!;
    expect(operations.match(/pagination: 'page'/g)).toHaveLength(27);
    expect(operations.match(/pagination: 'token'/g)).toHaveLength(1);
    expect(files.get('resources/accounts.ts')).toContain('list(query?: AccountsListParams, options?: MonetizeNowRequestOptions): PagePromise<AccountList, Account>;');
  });

  it('returns PDFs as binary and an empty invoice preview as undefined', () => {
    expect(files.get('resources/invoices.ts')).toContain('downloadPdf(invoiceId: InvoiceId, options?: MonetizeNowRequestOptions): APIPromise<BinaryBody>;');
    expect(files.get('resources/invoices.ts')).toContain('APIPromise<Invoice | undefined>');
  });
});
