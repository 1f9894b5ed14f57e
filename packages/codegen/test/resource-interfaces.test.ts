// Each resource is a documented interface with explicit method signatures (see emit-resources.ts).
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.ts';
import { spec } from './spec-fixture.ts';
import { monite } from '../src/vendors/monite.ts';

describe('resource interfaces', () => {
  const files = generate(spec(), monite);
  const entities = files.get('resources/entities.ts')!;
  const resourceInterface = entities.slice(entities.indexOf('export interface EntitiesResource {'));

  it('declares every method with its parameters and response type', () => {
    expect(resourceInterface).toContain('  create(body: CreateEntityRequest, options?: MoniteRequestOptions): APIPromise<EntityResponse>;\n');
    expect(resourceInterface).toContain('  list(query?: EntitiesListParams, options?: MoniteRequestOptions): PagePromise<EntityPaginationResponse, EntityResponse>;\n');
    expect(entities).toContain('export function entities(runner: OperationRunner): EntitiesResource {');
  });

  it("documents methods with the spec's summary, description, parameters and deprecation", () => {
    const create = resourceInterface.slice(0, resourceInterface.indexOf('  create('));
    expect(create.slice(create.lastIndexOf('/**'))).toMatch(/Create an entity[\s\S]*`POST \/entities`[\s\S]*@param body - /);
    const me = resourceInterface.slice(0, resourceInterface.indexOf('  me('));
    expect(me.slice(me.lastIndexOf('/**'))).toContain('@deprecated');
  });

  it('types the client resources as an interface of resource interfaces', () => {
    const index = files.get('resources/index.ts')!;
    expect(index).toContain('export interface MoniteResources {');
    expect(index).toContain('  readonly entities: EntitiesResource;\n');
    expect(index).not.toContain('ReturnType<');
  });
});
