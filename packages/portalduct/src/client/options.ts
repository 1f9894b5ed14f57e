import type { RequestOptions, SharedOptions } from '@x/core';
import type { RequestBodies } from '../assumptions/request-bodies.js';
import type { PortalDuctAuthOptions } from '../auth/options.js';

/** PortalDuct's two environments. Each has its own tokens: use one client per environment. */
export type PortalDuctEnvironment = 'sandbox' | 'production';

/** Options of a PortalDuct client. Per-request options override the shared ones for one call. */
export interface PortalDuctClientOptions extends Omit<SharedOptions, 'apiVersion' | 'baseUrl'>, PortalDuctAuthOptions {
  /**
   * The API root of your PortalDuct environment, without `/v1` (the SDK adds the documented `/v1/...` paths).
   * Required: PortalDuct has not published its API hosts, so ask PortalDuct for your sandbox and production URLs.
   */
  baseUrl: string;
  /** Which environment `baseUrl` is, for messages and `inspect`. Tokens are never shared between clients. */
  environment?: PortalDuctEnvironment;
  /** Maps the SDK's inputs to PortalDuct's JSON bodies, whose field names are not published (see the README). */
  requestBodies?: Partial<RequestBodies>;
  /** A `fetch` to use instead of the global one (tests, proxies). */
  fetch?: typeof fetch;
}

/**
 * Options of one call. `baseUrl` is not among them: a client's token belongs to its environment, so a call
 * never goes elsewhere with it. PortalDuct publishes no idempotency keys or API versions either.
 */
export type PortalDuctRequestOptions = Omit<RequestOptions, 'baseUrl' | 'idempotencyKey' | 'apiVersion'>;
