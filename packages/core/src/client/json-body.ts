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

  const walk = (input: unknown, path: string, key: string): unknown => {
    let current = input;
    if (current !== null && typeof current === 'object' && typeof (current as { toJSON?: unknown }).toJSON === 'function') {
      current = (current as { toJSON(key: string): unknown }).toJSON(key);
    }
    switch (typeof current) {
      case 'string':
      case 'boolean':
        return current;
      case 'number':
        if (Number.isFinite(current)) return current;
        problems.push({ path, message: `${current} is not a finite number and cannot be sent as JSON` });
        return undefined;
      case 'bigint':
        problems.push({ path, message: 'a BigInt cannot be sent as JSON; pass a number or a string' });
        return undefined;
      case 'function':
      case 'symbol':
        problems.push({ path, message: `a ${typeof current} cannot be sent as JSON` });
        return undefined;
      case 'undefined':
        return undefined;
    }
    if (current === null) return null;
    const object = current as object;
    if (stack.has(object)) {
      problems.push({ path, message: 'circular reference: the value contains itself and cannot be sent as JSON' });
      return undefined;
    }
    stack.add(object);
    try {
      if (Array.isArray(object)) {
        // JSON turns a missing array item into null, as JSON.stringify does.
        return object.map((item, index) => walk(item, `${path}[${index}]`, String(index)) ?? null);
      }
      const out: Record<string, unknown> = {};
      for (const field of Object.keys(object)) {
        const child = walk((object as Record<string, unknown>)[field], path ? `${path}.${field}` : field, field);
        if (child !== undefined) out[field] = child;
      }
      return out;
    } finally {
      stack.delete(object);
    }
  };

  const result = walk(value, '', '');
  if (problems.length) throw new RequestValidationError(what, problems);
  return result;
}
