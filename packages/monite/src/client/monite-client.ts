import { resourceFactories, type MoniteResources } from '../generated/resources/index.js';
import { MoniteCore } from './monite-core.js';

/**
 * The Monite client with every resource group as a property:
 * `monite.entities.create(...)`, `monite.forEntity(id).roles.list()`.
 * A resource group is built the first time it is read, once per client.
 *
 * @example
 * const monite = new MoniteClient({ clientId, clientSecret });
 * const entity = await monite.entities.create({ type: 'organization', ... });
 * const role = await monite.forEntity(entity.id).roles.create({ name: 'Basic role', permissions });
 */
export class MoniteClient extends MoniteCore {}

// Declaration merging gives the class the generated resource properties' types.
export interface MoniteClient extends MoniteResources {}

const built = new WeakMap<MoniteClient, Map<string, unknown>>();

// One getter per resource group on the prototype, so creating a client
// (`forEntity()` per request, say) costs nothing per group.
for (const name of Object.keys(resourceFactories) as (keyof MoniteResources)[]) {
  Object.defineProperty(MoniteClient.prototype, name, {
    configurable: true,
    get(this: MoniteClient) {
      let cache = built.get(this);
      if (!cache) built.set(this, (cache = new Map()));
      if (!cache.has(name)) cache.set(name, resourceFactories[name](this));
      return cache.get(name);
    },
  });
}
