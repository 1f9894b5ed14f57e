// Spec in, generated files out (in memory). Pure: the same spec always gives the same bytes.
import { buildCatalog } from './catalog.ts';
import type { VendorConfig } from './config.ts';
import { emitOperationsModule } from './emit-operations.ts';
import { emitResourceModule, emitResourcesIndex } from './emit-resources.ts';
import { emitSchemasModule, HELPER_NAMES, SCHEMA_HELPERS, SCHEMA_IMPORTS } from './emit-schemas.ts';
import { namedType } from './emit-types.ts';
import { importLine, usedNames } from './imports.ts';
import { modelOperation, ParamsModule, returnsList, type OperationModel } from './operation-model.ts';
import { groupOperations } from './operation-names.ts';
import type { Spec } from './spec.ts';

export type GeneratedFiles = Map<string, string>;

export function generate(spec: Spec, config: VendorConfig): GeneratedFiles {
  const catalog = buildCatalog(spec, config.names);
  const typeNames = catalog.entries.flatMap((e) => [e.publicName, e.inputName ?? []].flat());
  const groups = groupOperations(spec.operations, (op) => returnsList(op, catalog, config), config.names);
  const brands = brandNames(spec);
  // Hand-written types (branded ids, `Amount`) the generated code refers to, imported from the vendor's module.
  const brandImport = (depth: string) => (code: string) =>
    config.emit.brandModule ? importLine(usedNames(code, brands), `${depth}${config.emit.brandModule}`, true) : '';

  const params = new ParamsModule(catalog, config);
  const modelsByGroup = groups.map((group) => ({ group, models: group.operations.map((op) => modelOperation(op, params)) }));
  const allModels: OperationModel[] = modelsByGroup.flatMap((g) => g.models).sort((a, b) => (a.constName < b.constName ? -1 : 1));

  const schemas = emitSchemasModule(catalog, config.requestFormats);
  const schemaNames = [...schemas.body.matchAll(/^export const (\w+)/gm)].map((m) => m[1]!);
  const paramsBody = params.types.join('\n') + '\n' + params.consts.join('');
  const paramNames = [...paramsBody.matchAll(/^export (?:const|interface|type) (\w+)/gm)].map((m) => m[1]!);
  const paramTypes = paramNames.filter((n) => !/_(in|out)$/.test(n));

  const files: GeneratedFiles = new Map();
  const models = catalog.entries.map((e) => namedType(e, catalog)).join('\n');
  const modelImports = importLine(usedNames(models, ['OpenEnum']), '@x/core', true) + brandImport('')(models);
  files.set('models.ts', modelImports + (modelImports ? '\n' : '') + models);
  files.set('schemas.ts', [
    SCHEMA_IMPORTS,
    importLine(usedNames(schemas.body, typeNames), './models.js', true),
    '\n',
    SCHEMA_HELPERS,
    '\n',
    schemas.body,
  ].join(''));
  files.set('params.ts', [
    "import * as z from 'zod/mini';\n",
    importLine(usedNames(paramsBody, ['OpenEnum']), '@x/core', true),
    brandImport('')(paramsBody),
    importLine(usedNames(paramsBody, typeNames), './models.js', true),
    importLine(usedNames(paramsBody, [...schemaNames, ...HELPER_NAMES]), './schemas.js', false),
    '\n',
    paramsBody,
  ].join(''));
  files.set('operations.ts', emitOperationsModule(allModels, typeNames, schemaNames, paramNames, config.emit, brandImport('')));
  for (const module of modelsByGroup) {
    const examples = { catalog, schemas: spec.schemas, emit: config.emit };
    files.set(`resources/${module.group.name}.ts`, emitResourceModule(module, typeNames, paramTypes, config.emit, brandImport('../'), examples));
  }
  files.set('resources/index.ts', emitResourcesIndex(groups, config.emit));
  files.set('manifest.ts', emitManifest(allModels));
  files.set('index.ts', emitIndex(paramTypes));
  return withHeaders(files, spec);
}

/** Every `x-brand` type the (patched) spec uses. */
function brandNames(spec: Spec): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'x-brand' && typeof inner === 'string') found.add(inner);
      else visit(inner);
    }
  };
  visit(spec.schemas);
  spec.operations.forEach((op) => visit([op.pathParams, op.queryParams]));
  return [...found];
}

function emitManifest(models: OperationModel[]): string {
  const rows = [...models]
    .sort((a, b) => (`${a.op.path} ${a.op.method}` < `${b.op.path} ${b.op.method}` ? -1 : 1))
    .map((m) => `  { id: ${JSON.stringify(m.op.id)}, method: '${m.op.method}', path: ${JSON.stringify(m.op.path)}, resource: '${m.resource}', methodName: '${m.method}' },`);
  return `/** Every public operation and the SDK method that calls it. */\nexport const operationManifest = [\n${rows.join('\n')}\n] as const;\n`;
}

function emitIndex(paramTypes: string[]): string {
  return [
    "export type * from './models.js';\n",
    `export type {\n${[...paramTypes].sort().map((n) => `  ${n},`).join('\n')}\n} from './params.js';\n`,
    "export * from './resources/index.js';\n",
  ].join('');
}

function withHeaders(files: GeneratedFiles, spec: Spec): GeneratedFiles {
  const header = `// Generated by @x/codegen from "${spec.title}" ${spec.version} (spec sha256 ${spec.sha256}). Do not edit by hand; run \`pnpm generate\`.\n\n`;
  const sorted = [...files.keys()].sort();
  return new Map(sorted.map((name) => [name, header + files.get(name)!]));
}
