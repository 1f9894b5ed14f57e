import * as z from 'zod/mini';
import type { ClientUuid, CustomerUuid } from './ids.js';
import { uuidSchema } from './ids.js';

/** Extra body fields PortalDuct told you about; sent as given (see `requestBodies` to rename the SDK's own). */
export type ExtraFields = Record<string, unknown>;

/** Input of {@link PortalDuctClient.addCustomer}. */
export interface AddCustomerInput {
  /** Your platform's UUID for the Customer, so both systems share one id. */
  customerUuid: CustomerUuid;
  /** Further fields for PortalDuct; it has not published the rest of this body. */
  fields?: ExtraFields | undefined;
}

/** Input of {@link PortalDuctClient.addCustomerClient}. */
export interface AddCustomerClientInput {
  /** The Customer this Client belongs to. */
  customerUuid: CustomerUuid;
  /** Your platform's UUID for the Client. */
  clientUuid: ClientUuid;
  /** Further fields for PortalDuct; it has not published the rest of this body. */
  fields?: ExtraFields | undefined;
}

/** Input of {@link PortalDuctClient.registerLoginChangesWebhook}. */
export interface RegisterLoginChangesWebhookInput {
  /** Your HTTPS endpoint that receives login-change deliveries. */
  url: string;
  /** Further fields for PortalDuct; it has not published the rest of this body. */
  fields?: ExtraFields | undefined;
}

const fieldsSchema = z.optional(z.record(z.string(), z.unknown()));

const httpUrl = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL without user:password, e.g. https://your-app.example/webhooks/portalduct'),
);

// Strict objects, so a misspelt option (`customerUUID`) is reported instead of silently dropped.
export const addCustomerInputSchema = z.strictObject({ customerUuid: uuidSchema, fields: fieldsSchema });
export const addCustomerClientInputSchema = z.strictObject({ customerUuid: uuidSchema, clientUuid: uuidSchema, fields: fieldsSchema });
export const registerLoginChangesWebhookInputSchema = z.strictObject({ url: httpUrl, fields: fieldsSchema });
