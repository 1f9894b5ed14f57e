import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as webhooks from '../src/webhooks/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, any>;

it('VERSION matches package.json', () => {
  expect(root.VERSION).toBe(pkg['version']);
});

it('exports the client, the webhook helpers and the errors from the main entry, and the webhooks subpath alone', () => {
  for (const name of ['PortalDuctClient', 'parseLoginChangeDelivery', 'loginChangeWebhookHandler', 'RequestValidationError', 'ConfigurationError', 'AuthenticationError']) {
    expect(root).toHaveProperty(name);
  }
  expect(Object.keys(webhooks).sort()).toEqual(
    [
      'CONNECTION_STATUSES',
      'WebhookVerificationError',
      'constructLoginChangeDelivery',
      'loginChangeWebhookHandler',
      'needsCredentialRetry',
      'normalizeConnectionStatus',
      'parseLoginChangeDelivery',
      'sharedSecretHeader',
      'sharedSecretQuery',
    ].sort(),
  );
  expect(Object.keys(pkg['exports'])).toEqual(['.', './webhooks', './testing', './package.json']);
});

it('calls only the documented paths', () => {
  expect(Object.values(root.PATHS).sort()).toEqual([
    '/v1/addNewCustomer',
    '/v1/addNewCustomerClient',
    '/v1/clientsPortalLoginChanges',
    '/v1/getClientBalance/{clientUUID}',
    '/v1/getClientInvoices/{connection_uuid}',
  ]);
  expect(root.LOGIN_PATH).toBe('/v1/login');
});
