/**
 * `instanceof` that works across duplicate copies of this package (two
 * versions in node_modules, or a bundled copy next to an installed one):
 * every class is branded with a registry symbol, and `Symbol.hasInstance`
 * checks the brand instead of the prototype chain.
 */
export function brandClass(ctor: abstract new (...args: any[]) => unknown, name: string): void {
  const brand = Symbol.for(`@x/core/${name}`);
  Object.defineProperty(ctor.prototype, brand, { value: true, enumerable: false });
  Object.defineProperty(ctor, Symbol.hasInstance, {
    value(instance: unknown): boolean {
      return typeof instance === 'object' && instance !== null && (instance as Record<symbol, unknown>)[brand] === true;
    },
  });
}
