// The hand-written types the generated billing API refers to (src/generated imports them from here).
export type * from './ids.js';
export type { Amount, Quantity } from './amount.js';
