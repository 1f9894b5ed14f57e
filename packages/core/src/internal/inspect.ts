/** The symbol Node's `util.inspect` looks up; using it needs no Node import. */
export const inspectSymbol: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;
