/** One webhook delivery a sandbox made (or is making) to a registered URL. */
export interface WebhookDelivery {
  /** The registered URL it was POSTed to. */
  url: string;
  /** Headers sent (signature headers included: the secret itself never is). */
  headers: Record<string, string>;
  /** The raw body sent, exactly what a receiver verifies. */
  body: string;
  /** The receiver's status, once it answered. */
  status?: number;
  /** Why the delivery failed, when the receiver could not be reached. */
  error?: string;
}

/**
 * Sends a sandbox's webhook deliveries with `fetch` (so msw can intercept them in tests, or a real receiver
 * on 127.0.0.1 gets them) and keeps each one, so tests can `await outbox.flush()` and look.
 */
export class WebhookOutbox {
  readonly deliveries: WebhookDelivery[] = [];
  readonly #inFlight = new Set<Promise<void>>();

  /** @param fetchImpl - the `fetch` deliveries use; default the global one at send time. */
  constructor(private readonly fetchImpl?: typeof fetch) {}

  /** POSTs `body` to `url` in the background. */
  send(url: string, body: string, headers: Record<string, string>): WebhookDelivery {
    const delivery: WebhookDelivery = { url, headers: { 'content-type': 'application/json', ...headers }, body };
    this.deliveries.push(delivery);
    const doFetch = this.fetchImpl ?? globalThis.fetch;
    const done = doFetch(url, { method: 'POST', headers: delivery.headers, body })
      .then(async (response) => {
        delivery.status = response.status;
        await response.body?.cancel();
      })
      .catch((error: unknown) => {
        delivery.error = error instanceof Error ? error.message : String(error);
      })
      .finally(() => this.#inFlight.delete(done));
    this.#inFlight.add(done);
    return delivery;
  }

  /** Resolves once every delivery started so far has been answered or has failed. */
  async flush(): Promise<void> {
    while (this.#inFlight.size) await Promise.all([...this.#inFlight]);
  }
}
