import { RequestValidationError } from '../errors/validation-errors.js';

/**
 * The exact JSON a value becomes, as plain data, computed once. The body is
 * validated on this snapshot and the same snapshot is sent, so what was
 * checked is what goes over the wire: `toJSON` results (a `Date` becomes its
 * string), getters read once, class instances reduced to their own fields.
 *
 * Values JSON cannot carry are a {@link RequestValidationError} naming the
 * field instead of being silently dropped or turned into `null`: BigInt,
 * functions, symbols, non-finite numbers and circular references.
 */
export function toJsonValue(value: unknown, what: string): unknown {
  const problems: { path: string; message: string }[] = [];
  const stack = new Set<object>();
  // The keys from the root to the value being read; a path string is only built for a problem.
  const keys: (string | number)[] = [];
  const problem = (message: string): undefined => {
    problems.push({ path: formatPath(keys), message });
    return undefined;
  };

  const walk = (input: unknown, key: string): unknown => {
    let current = input;
    if (current !== null && typeof current === 'object' && typeof (current as { toJSON?: unknown }).toJSON === 'function') {
      current = (current as { toJSON(key: string): unknown }).toJSON(key);
    }
    switch (typeof current) {
      case 'string':
      case 'boolean':
        return current;
      case 'number':
        return Number.isFinite(current) ? current : problem(`${current} is not a finite number and cannot be sent as JSON`);
      case 'bigint':
        return problem('a BigInt cannot be sent as JSON; pass a number or a string');
      case 'function':
      case 'symbol':
        return problem(`a ${typeof current} cannot be sent as JSON`);
      case 'undefined':
        return undefined;
    }
    if (current === null) return null;
    const object = current as object;
    if (stack.has(object)) return problem('circular reference: the value contains itself and cannot be sent as JSON');
    stack.add(object);
    try {
      if (Array.isArray(object)) {
        // Stryker disable next-line ArrayDeclaration: an array grows to its last index either way (the length only presizes it)
        const out = new Array<unknown>(object.length);
        for (let index = 0; index < object.length; index++) {
          keys.push(index);
          // JSON turns a missing array item into null, as JSON.stringify does.
          out[index] = walk(object[index], String(index)) ?? null;
          keys.pop();
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const field of Object.keys(object)) {
        keys.push(field);
        const child = walk((object as Record<string, unknown>)[field], field);
        keys.pop();
        if (child !== undefined) out[field] = child;
      }
      return out;
    } finally {
      stack.delete(object);
    }
  };

  const result = walk(value, '');
  if (problems.length) throw new RequestValidationError(what, problems);
  return result;
}

/** `items[2].name`, as validation messages name fields. */
function formatPath(keys: readonly (string | number)[]): string {
  let path = '';
  for (const key of keys) path = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  return path;
}
