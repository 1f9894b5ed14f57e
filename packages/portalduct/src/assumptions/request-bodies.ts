/**
 * ASSUMPTIONS about the JSON bodies of PortalDuct's write endpoints.
 *
 * PortalDuct documents the paths (`POST /v1/addNewCustomer`, `POST /v1/addNewCustomerClient`,
 * `POST /v1/clientsPortalLoginChanges`) and that the caller may supply its own Customer and Client UUIDs
 * (https://docs.portalduct.com/docs/step-by-step-integration), but not one body field name. The SDK's
 * inputs use names a person would choose (`customerUuid`, `clientUuid`, `url`); this file alone maps them
 * to the wire. Override any of these with the client's `requestBodies` option once PortalDuct tells you
 * the real names.
 *
 * | call | default body (GUESS) |
 * |---|---|
 * | `addCustomer` | `{ customer_uuid, ...fields }` |
 * | `addCustomerClient` | `{ customer_uuid, client_uuid, ...fields }` |
 * | `registerLoginChangesWebhook` | `{ url, ...fields }` |
 *
 * snake_case follows the one documented snake_case name, the `connection_uuid` path parameter.
 */
import type { AddCustomerClientInput, AddCustomerInput, RegisterLoginChangesWebhookInput } from '../models/inputs.js';

/** Builds the wire body of each write call from the SDK's validated input. */
export interface RequestBodies {
  addCustomer: (input: AddCustomerInput) => Record<string, unknown>;
  addCustomerClient: (input: AddCustomerClientInput) => Record<string, unknown>;
  registerLoginChangesWebhook: (input: RegisterLoginChangesWebhookInput) => Record<string, unknown>;
}

/** GUESS: the default wire bodies (see the table above). `fields` are sent as given and win on a clash. */
export const defaultRequestBodies: RequestBodies = {
  addCustomer: (input) => ({ customer_uuid: input.customerUuid, ...input.fields }),
  addCustomerClient: (input) => ({ customer_uuid: input.customerUuid, client_uuid: input.clientUuid, ...input.fields }),
  registerLoginChangesWebhook: (input) => ({ url: input.url, ...input.fields }),
};
