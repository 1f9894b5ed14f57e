// resources/<name>.ts: a factory per resource whose methods are one-line calls into the runtime,
// plus resources/index.ts collecting them.
import { importLine, usedNames } from './imports.ts';
import { docComment, pascalCase } from './naming.ts';
import type { OperationModel } from './operation-model.ts';
import type { ResourceGroup } from './operation-names.ts';

export interface ResourceModule {
  group: ResourceGroup;
  models: OperationModel[];
}

export function emitResourceModule({ group, models }: ResourceModule, typeNames: string[], paramTypes: string[]): string {
  const methods = models.map(methodLine).join('');
  const resourceType = `${pascalCase(group.name)}Resource`;
  const body = [
    docComment([`\`monite.${group.name}\`: the "${group.tag}" operations.`]),
    `export function ${group.name}(runner: OperationRunner) {\n  return {\n${methods}  };\n}\n\n`,
    `export type ${resourceType} = ReturnType<typeof ${group.name}>;\n`,
  ].join('');
  const core = usedNames(body, ['APIPromise', 'BinaryBody', 'PagePromise']);
  return [
    importLine(core, '@x/core', true),
    "import type { MoniteRequestOptions, OperationRunner } from '../../runtime/operation.js';\n",
    importLine(usedNames(body, typeNames), '../models.js', true),
    importLine(usedNames(body, paramTypes), '../params.js', true),
    importLine(models.map((m) => m.constName).sort(), '../operations.js', false),
    '\n',
    body,
  ].join('');
}

function methodLine(m: OperationModel): string {
  const params = [
    ...m.pathParams.map((p) => `${p.arg}: ${p.type}`),
    ...(m.bodyType ? [`body${m.op.body!.required ? '' : '?'}: ${m.bodyType}`] : []),
    ...(m.queryType ? [`query${m.queryRequired ? '' : '?'}: ${m.queryType}`] : []),
    'options?: MoniteRequestOptions',
  ];
  const args = [
    ...(m.pathParams.length ? [`path: { ${m.pathParams.map((p) => `${p.name}: ${p.arg}`).join(', ')} }`] : []),
    ...(m.bodyType ? ['body'] : []),
    ...(m.queryType ? ['query'] : []),
  ];
  const argObject = args.length ? `{ ${args.join(', ')} }` : '{}';
  const [returnType, call] = callOf(m, argObject);
  return `${methodDoc(m)}    ${m.method}: (${params.join(', ')}): ${returnType} => ${call},\n`;
}

function callOf(m: OperationModel, args: string): [string, string] {
  if (m.op.response.type === 'binary') return ['APIPromise<BinaryBody>', `runner.callBinary(${m.constName}, ${args}, options)`];
  if (m.pagination && m.itemType) {
    return [`PagePromise<${m.responseType}, ${m.itemType}>`, `runner.paginate<${m.itemType}, ${m.responseType}>(${m.constName}, ${args}, options)`];
  }
  return [`APIPromise<${m.responseType}>`, `runner.call(${m.constName}, ${args}, options)`];
}

function methodDoc(m: OperationModel): string {
  const { op } = m;
  const summary = op.summary?.trim() ?? '';
  const description = op.description?.trim() ?? '';
  const lines = [summary];
  if (description && description !== summary) lines.push('', description);
  lines.push('', `\`${op.method} ${op.path}\``);
  if (op.entityHeader === 'required') lines.push('', 'Requires an entity: sends `X-Monite-Entity-Id` (the client\'s entity, or `options.entityId`).');
  if (op.entityHeader === 'optional') lines.push('', 'Optionally scoped to an entity via `X-Monite-Entity-Id` (`options.entityId`).');
  if (m.pagination) lines.push('', `Paginated (${m.pagination}): the result is a \`PagePromise\` over every page.`);
  if (op.deprecated) lines.push('', '@deprecated Deprecated by Monite.');
  return docComment(lines, '    ');
}

export function emitResourcesIndex(groups: ResourceGroup[]): string {
  const names = groups.map((g) => g.name);
  const exports = groups
    .map((g) => `export { ${g.name}, type ${pascalCase(g.name)}Resource } from './${g.name}.js';\n`)
    .join('');
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
