// resources/<name>.ts: one standalone function per operation (`entitiesCreate(runner, body)`), which
// bundlers drop when unused; an interface per resource (`EntitiesResource`) that spells out every
// method's signature and documentation, so hovers and the API reference show real types; and a
// factory implementing it (`entities(runner).create(body)`). resources/index.ts collects them.
import type { VendorEmit } from './config.ts';
import { exampleCall, type ExampleContext } from './emit-example.ts';
import { importLine, usedNames } from './imports.ts';
import { docComment, pascalCase } from './naming.ts';
import type { OperationModel } from './operation-model.ts';
import type { ResourceGroup } from './operation-names.ts';

export interface ResourceModule {
  group: ResourceGroup;
  models: OperationModel[];
}

export function emitResourceModule(
  { group, models }: ResourceModule,
  typeNames: string[],
  paramTypes: string[],
  emit: VendorEmit,
  brandImport: (code: string) => string,
  examples: ExampleContext,
): string {
  const signatures = models.map((m) => signatureLine(m, emit, examples)).join('\n');
  const methods = models.map((m) => `    ${m.method}: bindRunner(${functionName(group.name, m)}, runner),\n`).join('');
  const functions = models.map((m) => functionLine(group.name, m, emit)).join('\n');
  const resourceType = resourceTypeName(group.name);
  const body = [
    functions,
    '\n',
    docComment([resourceSummary(group, emit), '', `Built by {@link ${group.name}}; each method also exists as a standalone function (\`${functionName(group.name, models[0]!)}\`).`]),
    `export interface ${resourceType} {\n${signatures}}\n\n`,
    docComment([`The \`${emit.clientVariable}.${group.name}\` methods for one client${emit.factoryNote}: import only the resources you use.`]),
    `export function ${group.name}(runner: OperationRunner): ${resourceType} {\n  return {\n${methods}  };\n}\n`,
  ].join('');
  const core = usedNames(body, ['APIPromise', 'BinaryBody', 'OpenEnum', 'PagePromise']);
  return [
    importLine(core, '@x/core', true),
    "import { bindRunner } from '../../runtime/bind-runner.js';\n",
    `import type { ${emit.requestOptionsType}, OperationRunner } from '../../runtime/operation.js';\n`,
    brandImport(body),
    importLine(usedNames(body, typeNames), '../models.js', true),
    importLine(usedNames(body, paramTypes), '../params.js', true),
    importLine(models.map((m) => m.constName).sort(), '../operations.js', false),
    '\n',
    body,
  ].join('');
}

/** The name of an operation's standalone function: resource + method, e.g. `entityUsersUpdate`. */
export function functionName(resource: string, m: OperationModel): string {
  return `${resource}${pascalCase(m.method)}`;
}

function parameters(m: OperationModel, emit: VendorEmit): string[] {
  return [
    ...m.pathParams.map((p) => `${p.arg}: ${p.type}`),
    ...(m.bodyType ? [`body${m.op.body!.required ? '' : '?'}: ${m.bodyType}`] : []),
    ...(m.queryType ? [`query${m.queryRequired ? '' : '?'}: ${m.queryType}`] : []),
    `options?: ${emit.requestOptionsType}`,
  ];
}

function functionLine(resource: string, m: OperationModel, emit: VendorEmit): string {
  const args = [
    ...(m.pathParams.length ? [`path: { ${m.pathParams.map((p) => `${p.name}: ${p.arg}`).join(', ')} }`] : []),
    ...(m.bodyType ? ['body'] : []),
    ...(m.queryType ? ['query'] : []),
  ];
  const argObject = args.length ? `{ ${args.join(', ')} }` : '{}';
  const [returnType, call] = callOf(m, argObject);
  const signature = ['runner: OperationRunner', ...parameters(m, emit)].join(', ');
  return `${methodDoc(m, emit, '', `\`${emit.clientVariable}.${resource}.${m.method}\` as a standalone function.`)}export const ${functionName(resource, m)} = (${signature}): ${returnType} => ${call};\n`;
}

/** `create(body: CreateEntityRequest, options?: MoniteRequestOptions): APIPromise<EntityResponse>;`, documented. */
function signatureLine(m: OperationModel, emit: VendorEmit, examples: ExampleContext): string {
  const [returnType] = callOf(m, '');
  return `${methodDoc(m, emit, '  ', undefined, exampleCall(m, examples))}  ${m.method}(${parameters(m, emit).join(', ')}): ${returnType};\n`;
}

/** `EntitiesResource` for `entities`. */
export function resourceTypeName(resource: string): string {
  return `${pascalCase(resource)}Resource`;
}

function resourceSummary(group: ResourceGroup, emit: VendorEmit): string {
  return `\`${emit.clientVariable}.${group.name}\`: the "${group.tag}" operations.`;
}

function callOf(m: OperationModel, args: string): [string, string] {
  if (m.op.response.type === 'binary') return ['APIPromise<BinaryBody>', `runner.callBinary(${m.constName}, ${args}, options)`];
  if (m.pagination && m.itemType) {
    return [`PagePromise<${m.responseType}, ${m.itemType}>`, `runner.paginate<${m.itemType}, ${m.responseType}>(${m.constName}, ${args}, options)`];
  }
  return [`APIPromise<${m.responseType}>`, `runner.call(${m.constName}, ${args}, options)`];
}

function methodDoc(m: OperationModel, emit: VendorEmit, indent: string, note?: string, example?: string[]): string {
  const { op } = m;
  const summary = op.summary?.trim() ?? '';
  const description = op.description?.trim() ?? '';
  const lines = [summary];
  if (description && description !== summary) lines.push('', description);
  lines.push('', `\`${op.method} ${op.path}\``);
  if (op.entityHeader === 'required') lines.push('', 'Requires an entity: sends `X-Monite-Entity-Id` (the client\'s entity, or `options.entityId`).');
  if (op.entityHeader === 'optional') lines.push('', 'Optionally scoped to an entity via `X-Monite-Entity-Id` (`options.entityId`).');
  if (m.pagination) lines.push('', `Paginated (${m.pagination}): the result is a \`PagePromise\` over every page.`);
  if (note) lines.push('', note);
  lines.push('', ...parameterDocs(m, emit, note !== undefined));
  if (example) lines.push('', '@example', ['```ts', ...example, '```'].join('\n'));
  if (op.deprecated) lines.push('', `@deprecated Deprecated by ${emit.vendorName}.`);
  return docComment(lines, indent);
}

function parameterDocs(m: OperationModel, emit: VendorEmit, standalone: boolean): string[] {
  const described = (text: string | undefined, fallback: string): string => (text?.trim() || fallback).replace(/\s*\n\s*/g, ' ');
  return [
    ...(standalone ? [`@param runner - ${emit.runnerDescription}`] : []),
    ...m.op.pathParams.map((p, i) => `@param ${m.pathParams[i]!.arg} - ${described(p.description, `\`${p.name}\` path parameter.`)}`),
    ...(m.bodyType ? ['@param body - The request body.'] : []),
    ...(m.queryType ? ['@param query - Query parameters.'] : []),
    `@param options - ${emit.optionsDescription}`,
  ];
}

export function emitResourcesIndex(groups: ResourceGroup[], emit: VendorEmit): string {
  const names = groups.map((g) => g.name);
  const exports = groups.map((g) => `export * from './${g.name}.js';\n`).join('');
  const imports = groups.map((g) => `import { ${g.name}, type ${resourceTypeName(g.name)} } from './${g.name}.js';\n`).join('');
  return [
    imports,
    '\n',
    exports,
    '\n/** Every resource factory, keyed by its property on the client. */\n',
    `export const resourceFactories = {\n${names.map((n) => `  ${n},`).join('\n')}\n};\n\n`,
    `/** The resources of a ${emit.vendorName} client: one property per resource group. */\n`,
    `export interface ${emit.resourcesInterface} {\n${groups.map((g) => `${docComment([resourceSummary(g, emit)], '  ')}  readonly ${g.name}: ${resourceTypeName(g.name)};\n`).join('')}}\n`,
  ].join('');
}
