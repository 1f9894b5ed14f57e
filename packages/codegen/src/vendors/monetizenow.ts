// MonetizeNow's billing API: every operation is public, x-api-key is the auth scheme (set by the
// runtime, not a method argument), page-number lists plus the usage events' token cursor, names from
// a table (monetizenow-names.ts), and the spec's defects patched (monetizenow-patches.ts).
import type { VendorConfig } from '../config.ts';
import { operationNames, schemaNameOverrides } from './monetizenow-names.ts';
import { patchMonetizeNowSpec } from './monetizenow-patches.ts';

/** `com.monytyz.billing.customer.dto.account.AccountDto` → `Account`; nested classes join their outer class. */
export function monetizeNowSchemaName(specName: string): string {
  const segments = specName.split('.');
  const firstClass = segments.findIndex((s) => /^[A-Z]/.test(s));
  return segments
    .slice(firstClass)
    .map((s) => s.replace(/Dto(V\d+)?$/, '$1'))
    .join('');
}

export const monetizeNow: VendorConfig = {
  name: 'monetizenow',
  specFile: 'packages/monetizenow/spec/monetizenow-openapi.json',
  outputDir: 'packages/monetizenow/src/generated',
  isInternal: () => false,
  // Every operation declares `x-api-key` (the client's auth) and the PDF downloads an `Accept` header.
  authHeader: 'x-api-key',
  runtimeHeaders: ['x-api-key', 'accept'],
  names: {
    schemaNameOverrides,
    schemaBaseName: monetizeNowSchemaName,
    resourceNameOverrides: {},
    methodNameOverrides: {},
    operations: operationNames,
    constNames: 'method',
  },
  listItemsProperty: 'content',
  pagination(op, responseProperties) {
    const query = new Set(op.queryParams.map((p) => p.name));
    // GET /usage/events: `nextPageToken` in, `pageable.nextPageToken` out.
    if (query.has('nextPageToken') && responseProperties.includes('pageable')) return { style: 'token', items: 'content' };
    // Everything else: `currentPage` (0-based) and `pageSize` in, `{content, totalElements, totalPages}` out.
    if (query.has('currentPage') && responseProperties.includes('totalPages')) return { style: 'page', items: 'content' };
    return undefined;
  },
  patch: patchMonetizeNowSpec,
  // MonetizeNow writes offsets without a colon (`2023-07-28T06:01:22.684+0000`, its own examples): accept both forms.
  requestFormats: { 'date-time': String.raw`z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i))` },
  emit: {
    clientVariable: 'monetizeNow',
    vendorName: 'MonetizeNow',
    requestOptionsType: 'MonetizeNowRequestOptions',
    resourcesInterface: 'MonetizeNowResources',
    runnerDescription: 'The client (`MonetizeNowClient`).',
    optionsDescription: 'Per-request options (timeout, retries, signal, headers...).',
    factoryNote: '',
    brandModule: '../values/brands.js',
  },
};
