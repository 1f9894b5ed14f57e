/** A value, or a (possibly async) function producing it, e.g. a secret read from a vault on demand. */
export type Supplier<T> = T | (() => T | Promise<T>);

export async function resolveSupplier<T>(supplier: Supplier<T>): Promise<T> {
  return typeof supplier === 'function' ? await (supplier as () => T | Promise<T>)() : supplier;
}
