/**
 * An enum the vendor may extend: autocompletes the known values and still
 * accepts new ones without a type error.
 */
export type OpenEnum<T extends string> = T | (string & {});
