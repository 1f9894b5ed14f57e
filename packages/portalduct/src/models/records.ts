import * as z from 'zod/mini';

/**
 * A JSON object as PortalDuct sent it: every field kept, none invented.
 * The base of every response type whose shape PortalDuct has not published.
 */
export interface VendorRecord {
  [field: string]: unknown;
}

/**
 * The response of `POST /v1/addNewCustomer`. PortalDuct has not published its shape: every field is
 * kept as received. `undefined` when PortalDuct answers with an empty body.
 */
export type AddCustomerResponse = VendorRecord | undefined;

/**
 * The response of `POST /v1/addNewCustomerClient`. PortalDuct has not published its shape: every field
 * is kept as received. `undefined` when PortalDuct answers with an empty body.
 */
export type AddCustomerClientResponse = VendorRecord | undefined;

/**
 * The response of `POST /v1/clientsPortalLoginChanges`. PortalDuct has not published its shape: every
 * field is kept as received. `undefined` when PortalDuct answers with an empty body.
 */
export type RegisterWebhookResponse = VendorRecord | undefined;

/**
 * One invoice collected from a Client's portal. PortalDuct has not published its fields (number, amounts,
 * currency, dates, status are all unknown), so none are typed: every field is kept as received.
 */
export type Invoice = VendorRecord;

/**
 * The response of `GET /v1/getClientInvoices/{connection_uuid}`. PortalDuct has not published whether it
 * is a list of invoices or an object wrapping one (nor any pagination), so both are accepted as received.
 */
export type ClientInvoicesResponse = Invoice[] | VendorRecord;

/**
 * The response of `GET /v1/getClientBalance/{clientUUID}`. PortalDuct has not published its shape
 * (amount, currency, as-of date are unknown): every field is kept as received.
 */
export type ClientBalance = VendorRecord;

// Loose schemas: they check only "an object" or "a list", keep every field, and (lenient mode) only warn.
const vendorRecord = z.looseObject({});
export const optionalRecordSchema = z.optional(vendorRecord);
export const recordSchema = vendorRecord;
export const invoicesSchema = z.union([z.array(vendorRecord), vendorRecord]);
