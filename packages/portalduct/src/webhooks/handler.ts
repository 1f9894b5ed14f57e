import { WebhookVerificationError } from '@x/core';
import { parseLoginChangeDelivery, type LoginChangeDelivery, type ParseLoginChangeOptions } from './login-change-delivery.js';
import { runCheck, type WebhookCheck } from './verify.js';

/** Options of {@link constructLoginChangeDelivery}. */
export interface ConstructLoginChangeOptions extends ParseLoginChangeOptions {
  /** The raw request body, exactly as received. */
  payload: string | Uint8Array | ArrayBuffer;
  /** The request headers (handed to `verify`). */
  headers?: Headers | Record<string, string> | undefined;
  /** The request URL (handed to `verify`). */
  url?: string | undefined;
  /**
   * Your authenticity check, e.g. `sharedSecretQuery('key', secret)`. PortalDuct documents no signature, so
   * without one any sender can post deliveries: set it in production.
   */
  verify?: WebhookCheck | undefined;
}

/** Runs your `verify` check (if any), then parses the delivery. Throws {@link WebhookVerificationError}. */
export async function constructLoginChangeDelivery(options: ConstructLoginChangeOptions): Promise<LoginChangeDelivery> {
  const payload = typeof options.payload === 'string' ? options.payload : new TextDecoder().decode(options.payload);
  if (options.verify) {
    const headers = options.headers instanceof Headers ? options.headers : new Headers(options.headers ?? {});
    await runCheck(options.verify, { payload, headers, url: options.url });
  }
  return parseLoginChangeDelivery(payload, options);
}

/** Options of {@link loginChangeWebhookHandler}. */
export interface LoginChangeHandlerOptions extends ParseLoginChangeOptions {
  /** Your authenticity check (see {@link ConstructLoginChangeOptions.verify}). */
  verify?: WebhookCheck | undefined;
  /** Called once per accepted delivery. If it throws, the handler rethrows (your framework answers 500). */
  onDelivery: (delivery: LoginChangeDelivery) => void | Promise<void>;
}

/**
 * A fetch-style handler (`(request: Request) => Promise<Response>`, for Workers, Next.js, Hono, Deno...):
 * 401 when `verify` rejects, 400 on a malformed body, 200 once `onDelivery` has run. PortalDuct has not
 * published the response it expects; any 2xx is the safe answer.
 */
export function loginChangeWebhookHandler(options: LoginChangeHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    let delivery: LoginChangeDelivery;
    try {
      delivery = await constructLoginChangeDelivery({ ...options, payload: await request.text(), headers: request.headers, url: request.url });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      const status = error.reason === 'invalid_payload' ? 400 : 401;
      // A string body is sent as text/plain;charset=UTF-8.
      return new Response(error.reason, { status });
    }
    await options.onDelivery(delivery);
    return new Response(null, { status: 200 });
  };
}
