/**
 * The endpoints PortalDuct documents, method and path exactly as on
 * https://docs.portalduct.com/docs/step-by-step-integration. Nothing else is called.
 */
export const PATHS = {
  addNewCustomer: '/v1/addNewCustomer',
  addNewCustomerClient: '/v1/addNewCustomerClient',
  clientsPortalLoginChanges: '/v1/clientsPortalLoginChanges',
  getClientInvoices: '/v1/getClientInvoices/{connection_uuid}',
  getClientBalance: '/v1/getClientBalance/{clientUUID}',
} as const;
