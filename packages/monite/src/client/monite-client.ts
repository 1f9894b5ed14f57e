import { resourceFactories, type MoniteResources } from '../generated/resources/index.js';
import { MoniteCore, type DerivedState, type MoniteClientOptions } from './monite-core.js';

/**
 * The Monite client with every resource group as a property:
 * `monite.entities.create(...)`, `monite.forEntity(id).roles.list()`.
 * Resource groups are built on first access.
 *
 * @example
 * const monite = new MoniteClient({ clientId, clientSecret });
 * const entity = await monite.entities.create({ type: 'organization', ... });
 * const role = await monite.forEntity(entity.id).roles.create({ name: 'Basic role', permissions });
 */
export class MoniteClient extends MoniteCore {
  constructor(options: MoniteClientOptions = {}, derived?: DerivedState) {
    super(options, derived);
    for (const name of Object.keys(resourceFactories) as (keyof MoniteResources)[]) {
      let resource: unknown;
      Object.defineProperty(this, name, {
        enumerable: false,
        get: () => (resource ??= resourceFactories[name](this.runner)),
      });
    }
  }
}

// Declaration merging gives the class the generated resource properties' types.
export interface MoniteClient extends MoniteResources {}
