import * as z from 'zod/mini';

/*
 * PortalDuct's documented hierarchy (https://docs.portalduct.com/docs/glossary, .../step-by-step-integration):
 * a partner platform creates Customers; a Customer has Clients (the companies it does business with); a
 * Client connects one or more vendor Portals (Walmart Retail Link, Ariba, Coupa...), each link a Connection.
 * Each is identified by a UUID; Customer and Client UUIDs may be your own platform's.
 */

/** A Customer's UUID: the company that pays PortalDuct. You may use your platform's own UUID. */
export type CustomerUuid = string;
/** A Client's UUID: the company a Customer does business with. You may use your platform's own UUID. */
export type ClientUuid = string;
/** A Connection's UUID: one Client's credentials for one Portal. Invoices are read per Connection. */
export type ConnectionUuid = string;
/** A Portal's UUID: a vendor portal or procurement system (e.g. Walmart Retail Link, Ariba). */
export type PortalUuid = string;

/** Where a Connection sits in the documented hierarchy. Only the connection UUID is always known. */
export interface ConnectionRef {
  connectionUuid: ConnectionUuid;
  clientUuid?: ClientUuid | undefined;
  customerUuid?: CustomerUuid | undefined;
  portalUuid?: PortalUuid | undefined;
}

// Any 8-4-4-4-12 hex UUID: platforms may use any version, so the version and variant digits are not checked.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in the 8-4-4-4-12 hex form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** A UUID string; the message says what a UUID looks like. */
export const uuidSchema = z.string().check(z.refine(isUuid, 'must be a UUID (8-4-4-4-12 hex digits, e.g. 3f2b6c1e-8d4a-4f6b-9c2d-1a2b3c4d5e6f)'));
