// Resource methods have explicit, documented signatures (generated interfaces), not `(...args) => …`.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  APIPromise,
  CreateEntityRequest,
  EntitiesListParams,
  EntitiesResource,
  EntityPaginationResponse,
  EntityResponse,
  MoniteClient,
  MoniteRequestOptions,
  MoniteResources,
  PagePromise,
  RolesResource,
} from '../src/index.js';
import { MoniteCore } from '../src/core.js';
import { entities, roles } from '../src/resources.js';

describe('resource interfaces', () => {
  it('types each client property as its resource interface', () => {
    expectTypeOf<MoniteClient['entities']>().toEqualTypeOf<EntitiesResource>();
    expectTypeOf<MoniteResources['roles']>().toEqualTypeOf<RolesResource>();
  });

  it('spells out parameters and response types', () => {
    expectTypeOf<EntitiesResource['create']>().toEqualTypeOf<(body: CreateEntityRequest, options?: MoniteRequestOptions) => APIPromise<EntityResponse>>();
    expectTypeOf<EntitiesResource['retrieve']>().toEqualTypeOf<(entityId: string, options?: MoniteRequestOptions) => APIPromise<EntityResponse>>();
    expectTypeOf<EntitiesResource['list']>().toEqualTypeOf<
      (query?: EntitiesListParams, options?: MoniteRequestOptions) => PagePromise<EntityPaginationResponse, EntityResponse>
    >();
  });

  it('returns the interface from the factories', () => {
    expectTypeOf(entities).returns.toEqualTypeOf<EntitiesResource>();
    expectTypeOf(roles(new MoniteCore({ token: 't' }))).toEqualTypeOf<RolesResource>();
  });
});
