// Everything the operation/resource emitters need about one operation, resolved once:
// TypeScript types of path/query/body/response and the zod consts that validate them.
// Query, path and inline body/response schemas have no component name, so their consts and
// types are emitted into params.ts.
import type { Catalog, Flavour } from './catalog.ts';
import type { PaginationInfo, VendorConfig } from './config.ts';
import { schemaConst } from './emit-schemas.ts';
import { propertyLines, typeOf, type TypeContext } from './emit-types.ts';
import { hasConst, schemaConstName, zodOf, type ZodContext } from './emit-zod.ts';
import { camelCase, docComment, pascalCase } from './naming.ts';
import type { NamedOperation } from './operation-names.ts';
import { toShape, type Property, type Shape } from './shape.ts';
import type { ApiOperation, ApiParameter } from './spec.ts';

export interface OperationModel extends NamedOperation {
  pathParams: { name: string; arg: string; type: string }[];
  pathType: string;
  pathSchema?: string;
  queryType?: string;
  querySchema?: string;
  queryRequired: boolean;
  bodyType?: string;
  bodySchema?: string;
  responseType: string;
  responseSchema?: string;
  /** The vendor's pagination style (`cursor`, `offset`, `page`...). */
  pagination?: string;
  /** Item type of the page's items for paginated operations. */
  itemType?: string;
}

/** Collects the declarations for params.ts while operations are modelled. */
export class ParamsModule {
  readonly types: string[] = [];
  readonly consts: string[] = [];
  private readonly pathSchemas = new Map<string, string>();

  readonly catalog: Catalog;
  readonly config: VendorConfig;

  constructor(catalog: Catalog, config: VendorConfig) {
    this.catalog = catalog;
    this.config = config;
  }

  zodContext(flavour: 'in' | 'out'): ZodContext {
    return {
      catalog: this.catalog,
      flavour,
      formats: this.config.requestFormats,
      // Inline schemas are roots (no component references them): they take their components built.
      reference: (specName) => `built(${this.componentConst(specName, flavour)})`,
    };
  }

  /** The lazy const of a component, which an operation holds until its first call. */
  componentConst(specName: string, flavour: Flavour): string {
    return schemaConstName(this.catalog.entry(specName).publicName, flavour);
  }

  typeContext(flavour: Flavour): TypeContext {
    return { catalog: this.catalog, flavour };
  }

  /** Path schemas are shared by every operation with the same parameters. */
  pathSchema(params: ApiParameter[], fallbackStem: string): string {
    const shape: Shape = { kind: 'object', strict: true, properties: params.map((p) => toProperty(p, true)) };
    const expression = zodOf(shape, this.zodContext('in'));
    let name = this.pathSchemas.get(expression);
    if (name) return name;
    // Named after the parameters; an operation whose parameters have other formats gets its own.
    name = schemaConstName(`${pascalCase(params.map((p) => p.name).join('_'))}Path`, 'in');
    if ([...this.pathSchemas.values()].includes(name)) name = schemaConstName(`${fallbackStem}Path`, 'in');
    this.pathSchemas.set(expression, name);
    const type = `{ ${params.map((p) => `${p.name}: ${typeOf(toShape(p.schema), this.typeContext('in'))}`).join('; ')} }`;
    this.consts.push(schemaConst(name, type, 'in', expression));
    return name;
  }

  /** A named type + request/response const for a shape without a component name. */
  inlineType(name: string, shape: Shape, flavour: 'in' | 'out', doc: string[]): void {
    const body = shape.kind === 'object' && shape.properties.length
      ? `export interface ${name} {\n${propertyLines(shape.properties, this.typeContext(flavour), '  ')}}\n`
      : `export type ${name} = ${typeOf(shape, this.typeContext(flavour))};\n`;
    this.types.push(docComment(doc) + body);
    this.consts.push(schemaConst(schemaConstName(name, flavour), name, flavour, zodOf(shape, this.zodContext(flavour))));
  }

  refType(shape: Shape, flavour: Flavour): string {
    return typeOf(shape, this.typeContext(flavour));
  }
}

function toProperty(p: ApiParameter, required: boolean): Property {
  return { name: p.name, shape: withoutNull(toShape(p.schema)), required, description: p.description, deprecated: false };
}

/** Query parameters that are `T | null` in the spec are simply omitted; null has no query form. */
function withoutNull(shape: Shape): Shape {
  return shape.kind === 'nullable' ? shape.inner : shape;
}

export function modelOperation(named: NamedOperation, params: ParamsModule): OperationModel {
  const { op } = named;
  const stem = pascalCase(`${named.resource}_${named.method}`);
  const model: OperationModel = {
    ...named,
    pathParams: op.pathParams.map((p) => ({ name: p.name, arg: camelCase(p.name), type: typeOf(toShape(p.schema), params.typeContext('in')) })),
    pathType: 'undefined',
    queryRequired: op.queryParams.some((p) => p.required),
    responseType: 'void',
    pagination: paginationOf(op, params.catalog, params.config)?.style,
  };
  if (op.pathParams.length) {
    model.pathSchema = params.pathSchema(op.pathParams, stem);
    model.pathType = `{ ${model.pathParams.map((p) => `${p.name}: ${p.type}`).join('; ')} }`;
  }
  if (op.queryParams.length) {
    model.queryType = `${stem}Params`;
    const shape: Shape = { kind: 'object', strict: true, properties: op.queryParams.map((p) => toProperty(p, p.required)) };
    params.inlineType(model.queryType, shape, 'in', [`Query parameters of \`${named.resource}.${named.method}\`.`]);
    model.querySchema = schemaConstName(model.queryType, 'in');
  }
  if (op.body) Object.assign(model, bodyOf(toShape(op.body.schema), `${stem}Body`, named, params));
  // An optional body may be left out: core checks a missing body against the schema.
  // Pure, so bundlers still drop the operations (and schemas) a program does not call.
  if (op.body && !op.body.required) model.bodySchema = `/* @__PURE__ */ z.optional(${model.bodySchema})`;
  if (op.response.type === 'binary') model.responseType = 'BinaryBody';
  if (op.response.schema) Object.assign(model, responseOf(toShape(op.response.schema), `${stem}Response`, named, params));
  if (op.response.optional && model.responseSchema) {
    // 200 with a body or 204 without: the call resolves to undefined when there is nothing.
    model.responseType = `${model.responseType} | undefined`;
    model.responseSchema = `/* @__PURE__ */ z.optional(${model.responseSchema})`;
  }
  if (model.pagination) model.itemType = pageItemType(op, params);
  return model;
}

function bodyOf(shape: Shape, inlineName: string, named: NamedOperation, params: ParamsModule): Partial<OperationModel> {
  if (shape.kind === 'ref') {
    return { bodyType: params.refType(shape, 'in'), bodySchema: params.componentConst(shape.name, 'in') };
  }
  params.inlineType(inlineName, shape, 'in', [`Request body of \`${named.resource}.${named.method}\`.`]);
  return { bodyType: inlineName, bodySchema: schemaConstName(inlineName, 'in') };
}

function responseOf(shape: Shape, inlineName: string, named: NamedOperation, params: ParamsModule): Partial<OperationModel> {
  if (shape.kind === 'unknown') return { responseType: 'unknown' };
  if (shape.kind === 'ref' && hasConst(params.catalog.entry(shape.name).shape, 'out')) {
    return { responseType: params.refType(shape, 'out'), responseSchema: params.componentConst(shape.name, 'out') };
  }
  params.inlineType(inlineName, shape, 'out', [`Response of \`${named.resource}.${named.method}\`.`]);
  return { responseType: inlineName, responseSchema: schemaConstName(inlineName, 'out') };
}

/** The success response as an object shape, following one component reference. */
function responseObject(op: ApiOperation, catalog: Catalog): Extract<Shape, { kind: 'object' }> | undefined {
  if (!op.response.schema) return undefined;
  let shape = toShape(op.response.schema);
  if (shape.kind === 'ref') shape = catalog.entry(shape.name).shape;
  return shape.kind === 'object' ? shape : undefined;
}

function arrayItems(op: ApiOperation, catalog: Catalog, property: string): Shape | undefined {
  const data = responseObject(op, catalog)?.properties.find((p) => p.name === property);
  return data?.shape.kind === 'array' ? data.shape.items : undefined;
}

/** Whether a GET returns a list (`{ data: T[] }` for Monite), paginated or not; used for method names. */
export function returnsList(op: ApiOperation, catalog: Catalog, config: VendorConfig): boolean {
  return op.method === 'GET' && arrayItems(op, catalog, config.listItemsProperty) !== undefined;
}

/** The vendor's pagination of a GET whose response has the page's items as an array. */
export function paginationOf(op: ApiOperation, catalog: Catalog, config: VendorConfig): PaginationInfo | undefined {
  if (op.method !== 'GET') return undefined;
  const properties = responseObject(op, catalog)?.properties.map((p) => p.name) ?? [];
  const info = config.pagination(op, properties);
  return info && arrayItems(op, catalog, info.items) ? info : undefined;
}

function pageItemType(op: ApiOperation, params: ParamsModule): string {
  const items = arrayItems(op, params.catalog, paginationOf(op, params.catalog, params.config)!.items)!;
  return params.refType(items, 'out');
}
