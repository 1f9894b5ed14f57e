/**
 * ASSUMPTIONS about the body PortalDuct POSTs to a portal-login-changes webhook.
 *
 * Documented (https://docs.portalduct.com/docs/step-by-step-integration, Step 5): "On the first connection,
 * the status is pending until either a success or failure occurs"; on success "the webhook will deliver a
 * success"; on bad credentials "the webhook will indicate that the 'retry' user experience needs to be
 * enabled". The user-experience guide quotes the status "Pending". Not published: the payload's field names,
 * the exact status strings, any event name, and any signature.
 *
 * | guess | default here | override |
 * |---|---|---|
 * | status field | `status` | `readDelivery` |
 * | id fields | `connection_uuid`/`connectionUuid`, `client_uuid`/`clientUuid`, `customer_uuid`/`customerUuid`, `portal_uuid`/`portalUuid` | `readDelivery` |
 * | status words | `pending`; `success`; `failure`, `failed`, `retry` (any case) | `readDelivery` |
 */

/** What `readDelivery` extracts from a delivery body; every field but `status` optional. */
export interface DeliveryFields {
  /** The status string as PortalDuct sent it. */
  status: string;
  connectionUuid?: string | undefined;
  clientUuid?: string | undefined;
  customerUuid?: string | undefined;
  portalUuid?: string | undefined;
}

// GUESS: field names. The documented path parameters are `connection_uuid` and `clientUUID`, so both styles.
const STATUS_FIELDS = ['status'] as const;
const ID_FIELDS = {
  connectionUuid: ['connection_uuid', 'connectionUuid', 'connectionUUID'],
  clientUuid: ['client_uuid', 'clientUuid', 'clientUUID'],
  customerUuid: ['customer_uuid', 'customerUuid', 'customerUUID'],
  portalUuid: ['portal_uuid', 'portalUuid', 'portalUUID'],
} as const;

/** GUESS: wire words for the three documented states, compared case-insensitively. */
export const STATUS_WORDS = {
  pending: ['pending'],
  success: ['success'],
  failure: ['failure', 'failed', 'retry'],
} as const;

/**
 * GUESS: reads the status and ids from a delivery. Returns `undefined` when there is no string `status`,
 * which the parser reports as a malformed delivery.
 */
export function defaultReadDelivery(body: Record<string, unknown>): DeliveryFields | undefined {
  const status = firstString(body, STATUS_FIELDS);
  if (status === undefined) return undefined;
  return {
    status,
    connectionUuid: firstString(body, ID_FIELDS.connectionUuid),
    clientUuid: firstString(body, ID_FIELDS.clientUuid),
    customerUuid: firstString(body, ID_FIELDS.customerUuid),
    portalUuid: firstString(body, ID_FIELDS.portalUuid),
  };
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}
