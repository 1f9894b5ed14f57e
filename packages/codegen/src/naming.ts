// String helpers for identifiers. Acronyms are kept as written in PascalCase words
// (`VAT` → `Vat` only when the source word is all caps and we camelCase a tag).

export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function pascalCase(text: string): string {
  return words(text).map(capitalize).join('');
}

export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Naive English singular, enough for REST path segments (`line_items` → `line_item`). */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A JS property key: bare when it is a valid identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Text safe inside a TSDoc block. */
export function docText(text: string): string {
  return text.trim().replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n');
}

/** Renders a TSDoc block at the given indentation, or '' when there is nothing to say. */
export function docComment(lines: string[], indent = ''): string {
  const body = lines.flatMap((l) => docText(l).split('\n')).map((l) => l.trimEnd());
  while (body.length && body[body.length - 1] === '') body.pop();
  if (!body.length) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join('\n')}\n${indent} */\n`;
}
