import type { OperationRunner } from './operation.js';

/**
 * Turns a standalone operation function into a resource method bound to one client:
 * `bindRunner(accountsCreate, runner)` is `(body, options) => accountsCreate(runner, body, options)`,
 * with `name` and `length` kept.
 */
export function bindRunner<A extends unknown[], R>(fn: (runner: OperationRunner, ...args: A) => R, runner: OperationRunner): (...args: A) => R {
  const bound = (...args: A) => fn(runner, ...args);
  Object.defineProperty(bound, 'length', { value: Math.max(0, fn.length - 1) });
  Object.defineProperty(bound, 'name', { value: fn.name });
  return bound;
}
