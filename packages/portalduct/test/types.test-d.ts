// Type tests of the public API.
import { describe, expectTypeOf, it } from 'vitest';
import {
  PortalDuctClient,
  type APIPromise,
  type ClientBalance,
  type ClientInvoicesResponse,
  type ConnectionStatus,
  type LoginChangeDelivery,
  type AddCustomerResponse,
} from '../src/index.js';

declare const portalduct: PortalDuctClient;

describe('PortalDuctClient types', () => {
  it('types the flow', () => {
    expectTypeOf(portalduct.addCustomer({ customerUuid: 'u' })).toEqualTypeOf<APIPromise<AddCustomerResponse>>();
    expectTypeOf(portalduct.getClientInvoices('c')).toEqualTypeOf<APIPromise<ClientInvoicesResponse>>();
    expectTypeOf(portalduct.getClientBalance('c')).toEqualTypeOf<APIPromise<ClientBalance>>();
    // @ts-expect-error the customer UUID is required
    void portalduct.addCustomerClient({ clientUuid: 'c' });
    // @ts-expect-error baseUrl is required
    void new PortalDuctClient({ token: 't' });
  });

  it('keeps statuses open', () => {
    const known: ConnectionStatus = 'pending';
    const unknown: ConnectionStatus = 'portal_not_live';
    expectTypeOf<LoginChangeDelivery['status']>().toEqualTypeOf<ConnectionStatus>();
    void [known, unknown];
  });
});
