// operations.ts: one plain `Operation` object per public operation. Plain data referencing schema
// consts, so an unused operation (and the schemas only it uses) is dropped by bundlers.
import type { VendorEmit } from './config.ts';
import { importLine, usedNames } from './imports.ts';
import { docComment } from './naming.ts';
import type { OperationModel } from './operation-model.ts';

export function emitOperationsModule(models: OperationModel[], typeNames: string[], schemaNames: string[], paramNames: string[], emit: VendorEmit, brandImport: (code: string) => string): string {
  const body = models.map((m) => operationConst(m, emit)).join('\n');
  const paramSchemas = paramNames.filter((n) => n.endsWith('_in') || n.endsWith('_out'));
  const paramTypes = paramNames.filter((n) => !paramSchemas.includes(n));
  return [
    /\bz\.optional\(/.test(body) ? "import * as z from 'zod/mini';\n" : '',
    importLine(usedNames(body, ['OpenEnum']), '@x/core', true),
    "import type { Operation } from '../runtime/operation.js';\n",
    brandImport(body),
    importLine(usedNames(body, typeNames), './models.js', true),
    importLine(usedNames(body, paramTypes), './params.js', true),
    importLine(usedNames(body, paramSchemas), './params.js', false),
    importLine(usedNames(body, schemaNames), './schemas.js', false),
    '\n',
    body,
  ].join('');
}

function operationConst(m: OperationModel, emit: VendorEmit): string {
  const { op } = m;
  const fields: [string, string | undefined][] = [
    ['id', JSON.stringify(op.id)],
    ['method', `'${op.method}'`],
    ['path', JSON.stringify(op.path)],
    ['entityHeader', op.entityHeader && `'${op.entityHeader}'`],
    ['pathSchema', m.pathSchema],
    ['querySchema', m.querySchema],
    ['bodySchema', m.bodySchema],
    ['bodyType', op.body ? `'${op.body.type}'` : undefined],
    ['responseSchema', m.responseSchema],
    ['responseType', `'${op.response.type}'`],
    ['pagination', m.pagination && `'${m.pagination}'`],
    ['auth', op.authenticated ? undefined : 'false'],
    ['deprecated', op.deprecated ? 'true' : undefined],
  ];
  const bodyType = m.bodyType && !op.body!.required ? `${m.bodyType} | undefined` : m.bodyType;
  const type = `Operation<${m.pathType}, ${m.queryType ?? 'undefined'}, ${bodyType ?? 'undefined'}, ${operationResponseType(m)}>`;
  const lines = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k}: ${v},`);
  const doc = docComment([`\`${op.method} ${op.path}\` → \`${emit.clientVariable}.${m.resource}.${m.method}\``, op.deprecated ? '@deprecated' : '']);
  return `${doc}export const ${m.constName}: ${type} = {\n${lines.join('\n')}\n};\n`;
}

/** Binary bodies are not described by a schema; the runtime returns them as `BinaryBody`. */
function operationResponseType(m: OperationModel): string {
  return m.op.response.type === 'binary' ? 'unknown' : m.responseType;
}
