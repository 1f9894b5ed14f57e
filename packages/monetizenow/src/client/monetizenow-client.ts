import { resourceFactories, type MonetizeNowResources } from '../generated/resources/index.js';
import type { OperationRunner } from '../runtime/operation.js';
import { usageAPI, type UsageAPI } from '../usage/usage-api.js';
import { MonetizeNowCore } from './monetizenow-core.js';

export type { MonetizeNowClientOptions } from './monetizenow-core.js';

/**
 * The MonetizeNow client: the billing API generated from MonetizeNow's OpenAPI file, one property per resource
 * group (`accounts`, `quotes`, `invoices`, `usage`, ...; each built the first time it is read), and the Sign-Up
 * API (`signUp`). `MonetizeNowCore` (`@x/monetizenow/core`) is the same client without the resource groups.
 *
 * @example
 * const monetizeNow = new MonetizeNowClient({ apiKey: process.env.MONETIZENOW_API_KEY!, environment: 'eu' });
 * for await (const account of monetizeNow.accounts.list({ status: 'ACTIVE' })) console.log(account.accountName);
 * const price = await monetizeNow.signUp.estimate({ quote });
 */
export class MonetizeNowClient extends MonetizeNowCore {}

// Declaration merging gives the class the generated resource properties' types; `usage` records events in batches.
export interface MonetizeNowClient extends Omit<MonetizeNowResources, 'usage'> {
  /** `monetizeNow.usage`: usage events and consumption; `recordEvents` takes any number of events (100 per request). */
  readonly usage: UsageAPI;
}

const built = new WeakMap<MonetizeNowClient, Map<string, unknown>>();
const factories: Record<string, (runner: OperationRunner) => unknown> = { ...resourceFactories, usage: usageAPI };

// One getter per resource group on the prototype, so a client (or a withOptions() copy) costs nothing per group.
for (const name of Object.keys(factories)) {
  Object.defineProperty(MonetizeNowClient.prototype, name, {
    configurable: true,
    get(this: MonetizeNowClient) {
      let cache = built.get(this);
      if (!cache) built.set(this, (cache = new Map()));
      if (!cache.has(name)) cache.set(name, factories[name]!(this));
      return cache.get(name);
    },
  });
}
