// resources/<name>.ts: one standalone function per operation (`entitiesCreate(runner, body)`), which
// bundlers drop when unused, and a factory per resource whose methods call them
// (`entities(runner).create(body)`); plus resources/index.ts collecting them.
import { importLine, usedNames } from './imports.ts';
import { docComment, pascalCase } from './naming.ts';
import type { OperationModel } from './operation-model.ts';
import type { ResourceGroup } from './operation-names.ts';

export interface ResourceModule {
  group: ResourceGroup;
  models: OperationModel[];
}

export function emitResourceModule({ group, models }: ResourceModule, typeNames: string[], paramTypes: string[]): string {
  const methods = models.map((m) => methodLine(group.name, m)).join('');
  const functions = models.map((m) => functionLine(group.name, m)).join('\n');
  const resourceType = `${pascalCase(group.name)}Resource`;
  const body = [
    functions,
    '\n',
    docComment([`\`monite.${group.name}\`: the "${group.tag}" operations.`]),
    `export function ${group.name}(runner: OperationRunner) {\n  return {\n${methods}  };\n}\n\n`,
    `export type ${resourceType} = ReturnType<typeof ${group.name}>;\n`,
  ].join('');
  const core = usedNames(body, ['APIPromise', 'BinaryBody', 'OpenEnum', 'PagePromise']);
  return [
    importLine(core, '@x/core', true),
    "import { bindRunner } from '../../runtime/bind-runner.js';\n",
    "import type { MoniteRequestOptions, OperationRunner } from '../../runtime/operation.js';\n",
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

function parameters(m: OperationModel): string[] {
  return [
    ...m.pathParams.map((p) => `${p.arg}: ${p.type}`),
    ...(m.bodyType ? [`body${m.op.body!.required ? '' : '?'}: ${m.bodyType}`] : []),
    ...(m.queryType ? [`query${m.queryRequired ? '' : '?'}: ${m.queryType}`] : []),
    'options?: MoniteRequestOptions',
  ];
}

function functionLine(resource: string, m: OperationModel): string {
  const args = [
    ...(m.pathParams.length ? [`path: { ${m.pathParams.map((p) => `${p.name}: ${p.arg}`).join(', ')} }`] : []),
    ...(m.bodyType ? ['body'] : []),
    ...(m.queryType ? ['query'] : []),
  ];
  const argObject = args.length ? `{ ${args.join(', ')} }` : '{}';
  const [returnType, call] = callOf(m, argObject);
  const signature = ['runner: OperationRunner', ...parameters(m)].join(', ');
  return `${methodDoc(m, '', `\`monite.${resource}.${m.method}\` as a standalone function.`)}export const ${functionName(resource, m)} = (${signature}): ${returnType} => ${call};\n`;
}

function methodLine(resource: string, m: OperationModel): string {
  return `${methodDoc(m, '    ')}    ${m.method}: bindRunner(${functionName(resource, m)}, runner),\n`;
}

function callOf(m: OperationModel, args: string): [string, string] {
  if (m.op.response.type === 'binary') return ['APIPromise<BinaryBody>', `runner.callBinary(${m.constName}, ${args}, options)`];
  if (m.pagination && m.itemType) {
    return [`PagePromise<${m.responseType}, ${m.itemType}>`, `runner.paginate<${m.itemType}, ${m.responseType}>(${m.constName}, ${args}, options)`];
  }
  return [`APIPromise<${m.responseType}>`, `runner.call(${m.constName}, ${args}, options)`];
}

function methodDoc(m: OperationModel, indent: string, note?: string): string {
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
  if (op.deprecated) lines.push('', '@deprecated Deprecated by Monite.');
  return docComment(lines, indent);
}

export function emitResourcesIndex(groups: ResourceGroup[]): string {
  const names = groups.map((g) => g.name);
  const exports = groups.map((g) => `export * from './${g.name}.js';\n`).join('');
  const imports = groups.map((g) => `import { ${g.name} } from './${g.name}.js';\n`).join('');
  return [
    imports,
    '\n',
    exports,
    '\n/** Every resource factory, keyed by its property on the client. */\n',
    `export const resourceFactories = {\n${names.map((n) => `  ${n},`).join('\n')}\n};\n\n`,
    '/** The resources of a Monite client. */\n',
    'export type MoniteResources = { [K in keyof typeof resourceFactories]: ReturnType<(typeof resourceFactories)[K]> };\n',
  ].join('');
}
