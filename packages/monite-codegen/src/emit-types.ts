// Shape → TypeScript type text. Enums are open (`| (string & {})`) when the surrounding type can
// come back from Monite, so a new enum value never breaks a consumer's exhaustive types at compile
// time; single-value enums stay closed because they act as union discriminators.
import type { Catalog, CatalogEntry } from './catalog.ts';
import { docComment, propertyKey } from './naming.ts';
import type { Property, Shape } from './shape.ts';

export interface TypeContext {
  catalog: Catalog;
  /** Whether inline enums are open. */
  openEnums: boolean;
}

export function typeOf(shape: Shape, ctx: TypeContext, indent = ''): string {
  switch (shape.kind) {
    case 'ref':
      return ctx.catalog.entry(shape.name).publicName;
    case 'nullable':
      return `${typeOf(shape.inner, ctx, indent)} | null`;
    case 'union':
      return shape.members.map((m) => typeOf(m, ctx, indent)).join(' | ');
    case 'enum':
      return enumType(shape.values, ctx.openEnums);
    case 'literal':
      return JSON.stringify(shape.value);
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'binary':
      return 'Blob';
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    case 'array':
      return `Array<${typeOf(shape.items, ctx, indent)}>`;
    case 'record':
      return `Record<string, ${typeOf(shape.values, ctx, indent)}>`;
    case 'object':
      return shape.properties.length ? `{\n${propertyLines(shape.properties, ctx, indent + '  ')}${indent}}` : 'Record<string, never>';
  }
}

function enumType(values: string[], open: boolean): string {
  const literals = values.map((v) => JSON.stringify(v));
  if (open && values.length > 1) literals.push('(string & {})');
  return literals.join(' | ');
}

export function propertyLines(properties: Property[], ctx: TypeContext, indent: string): string {
  return properties
    .map((p) => {
      const doc = docComment([p.description ?? '', p.deprecated ? '@deprecated' : ''], indent);
      const optional = p.required ? '' : '?';
      return `${doc}${indent}${propertyKey(p.name)}${optional}: ${typeOf(p.shape, ctx, indent)};\n`;
    })
    .join('');
}

/** `export interface X {…}` for objects, `export type X = …` for everything else. */
export function namedType(entry: CatalogEntry, catalog: Catalog): string {
  const ctx: TypeContext = { catalog, openEnums: entry.flavours.has('out') };
  const doc = docComment([entry.description ?? entry.title ?? '']);
  const { shape } = entry;
  if (shape.kind === 'object' && shape.properties.length) {
    return `${doc}export interface ${entry.publicName} {\n${propertyLines(shape.properties, ctx, '  ')}}\n`;
  }
  return `${doc}export type ${entry.publicName} = ${typeOf(shape, ctx)};\n`;
}
