// Shape → TypeScript type text, for one side of the API:
// - `in` (requests): enums are closed, so a typo in a request is a compile error.
// - `out` (responses): enums are open (`OpenEnum<X>`, inline `| (string & {})`), so a value Monite
//   adds later never breaks a consumer's exhaustive types. Single-value enums stay closed on both
//   sides: they act as union discriminators.
// A named enum `X` is the closed list of known values; schemas used on both sides that reach an
// enum get a request-side twin (`XInput`, see catalog.ts).
import { isOpenableEnum, type Catalog, type CatalogEntry, type Flavour } from './catalog.ts';
import { docComment, propertyKey } from './naming.ts';
import type { Property, Shape } from './shape.ts';

export interface TypeContext {
  catalog: Catalog;
  /** Which side of the API the type is for: `in` closes enums, `out` opens them. */
  flavour: Flavour;
}

/** The type name of a component on one side: `XInput` for request-side twins, `OpenEnum<X>` for response enums. */
export function refTypeName(entry: CatalogEntry, flavour: Flavour): string {
  if (flavour === 'in') return entry.inputName ?? entry.publicName;
  return isOpenableEnum(entry.shape) ? `OpenEnum<${entry.publicName}>` : entry.publicName;
}

export function typeOf(shape: Shape, ctx: TypeContext, indent = ''): string {
  switch (shape.kind) {
    case 'ref':
      return refTypeName(ctx.catalog.entry(shape.name), ctx.flavour);
    case 'nullable':
      return `${typeOf(shape.inner, ctx, indent)} | null`;
    case 'union':
      return shape.members.map((m) => typeOf(m, ctx, indent)).join(' | ');
    case 'enum':
      return enumType(shape.values, ctx.flavour === 'out');
    case 'literal':
      return JSON.stringify(shape.value);
    case 'string':
    case 'number':
      return shape.brand ?? shape.kind;
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

/**
 * `export interface X {…}` for objects, `export type X = …` for everything else; plus the
 * request-side twin `XInput` when the entry has one. Named enums are always closed.
 */
export function namedType(entry: CatalogEntry, catalog: Catalog): string {
  const summary = entry.description ?? entry.title ?? '';
  if (entry.shape.kind === 'enum') return declaration(entry.publicName, entry.shape, { catalog, flavour: 'in' }, [summary]);
  const main = declaration(entry.publicName, entry.shape, { catalog, flavour: entry.flavours.has('out') ? 'out' : 'in' }, [summary]);
  if (!entry.inputName) return main;
  const note = `What requests take for {@link ${entry.publicName}}: the same fields, with closed enums.`;
  return `${main}\n${declaration(entry.inputName, entry.shape, { catalog, flavour: 'in' }, summary ? [summary, '', note] : [note])}`;
}

function declaration(name: string, shape: Shape, ctx: TypeContext, doc: string[]): string {
  const comment = docComment(doc);
  if (shape.kind === 'object' && shape.properties.length) {
    return `${comment}export interface ${name} {\n${propertyLines(shape.properties, ctx, '  ')}}\n`;
  }
  return `${comment}export type ${name} = ${typeOf(shape, ctx)};\n`;
}
