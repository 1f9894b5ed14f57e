import { resolveSupplier, timingSafeEqual, WebhookVerificationError, type Supplier } from '@x/core';

/** What a check sees of a delivery: the raw body and the request headers. */
export interface WebhookRequestParts {
  /** The raw body as received. */
  payload: string;
  headers: Headers;
  /** The full request URL, when known (e.g. to check a secret you put in the registered URL's query). */
  url?: string | undefined;
}

/**
 * Your own authenticity check of a delivery. PortalDuct documents no signature, so the SDK verifies nothing
 * by itself. Return `false` (or throw) to reject.
 */
export type WebhookCheck = (request: WebhookRequestParts) => boolean | Promise<boolean>;

/**
 * A check comparing a header you arranged with PortalDuct (they have published no such header) against a
 * shared secret, in constant time.
 */
export function sharedSecretHeader(headerName: string, secret: Supplier<string>): WebhookCheck {
  return async ({ headers }) => {
    const expected = await resolveSupplier(secret);
    const received = headers.get(headerName);
    if (received === null) throw new WebhookVerificationError('missing_header', `The delivery has no ${headerName} header.`);
    return typeof expected === 'string' && expected !== '' && timingSafeEqual(received, expected);
  };
}

/**
 * A check comparing a query parameter of the URL you registered (`https://you.example/hook?key=...`)
 * against a shared secret, in constant time. Works without any help from PortalDuct.
 */
export function sharedSecretQuery(parameter: string, secret: Supplier<string>): WebhookCheck {
  return async ({ url }) => {
    const expected = await resolveSupplier(secret);
    const received = url ? new URL(url).searchParams.get(parameter) : null;
    if (received === null) throw new WebhookVerificationError('missing_header', `The delivery URL has no ${parameter} parameter.`);
    return typeof expected === 'string' && expected !== '' && timingSafeEqual(received, expected);
  };
}

/** Runs `check`; a `false` or a thrown non-verification error becomes a {@link WebhookVerificationError}. */
export async function runCheck(check: WebhookCheck, request: WebhookRequestParts): Promise<void> {
  let passed: boolean;
  try {
    passed = await check(request);
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw error;
    throw new WebhookVerificationError('no_matching_signature', 'The PortalDuct delivery failed your verify check (it threw).');
  }
  if (passed !== true) throw new WebhookVerificationError('no_matching_signature', 'The PortalDuct delivery failed your verify check.');
}
