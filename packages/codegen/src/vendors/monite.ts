// Monite: which operations are internal, the entity header, cursor/offset pagination, and names.
import type { VendorConfig } from '../config.ts';
import { methodNameOverrides, resourceNameOverrides, schemaNameOverrides } from './monite-names.ts';

const INTERNAL_PREFIXES = ['/portal/', '/internal/', '/frontend/', '/ai/'];
const INTERNAL_OPERATIONS = new Set(['POST /payables/storecove']);

export const monite: VendorConfig = {
  name: 'monite',
  specFile: 'packages/monite/spec/schema.json',
  outputDir: 'packages/monite/src/generated',
  // Monite published its internal operations in the same file (Partner Portal, internal tooling, AI).
  isInternal(method, path) {
    return INTERNAL_PREFIXES.some((prefix) => path.startsWith(prefix)) || INTERNAL_OPERATIONS.has(`${method} ${path}`);
  },
  runtimeHeaders: ['x-monite-version', 'x-monite-entity-id'],
  scopeHeader: 'x-monite-entity-id',
  names: { schemaNameOverrides, resourceNameOverrides, methodNameOverrides },
  listItemsProperty: 'data',
  pagination(op, responseProperties) {
    const query = new Set(op.queryParams.map((p) => p.name));
    if (query.has('pagination_token') && responseProperties.includes('next_pagination_token')) return { style: 'cursor', items: 'data' };
    if (query.has('limit') && query.has('offset')) return { style: 'offset', items: 'data' };
    return undefined;
  },
  emit: {
    clientVariable: 'monite',
    vendorName: 'Monite',
    requestOptionsType: 'MoniteRequestOptions',
    resourcesInterface: 'MoniteResources',
    runnerDescription: 'The client (`MoniteClient` or `MoniteCore`).',
    optionsDescription: 'Per-request options (entity, timeout, retries, signal, headers...).',
    factoryNote: ' (or `MoniteCore`)',
    entityScope: "forEntity('ENTITY_ID')",
  },
};
