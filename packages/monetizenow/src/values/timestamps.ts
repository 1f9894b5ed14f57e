// MonetizeNow's examples write offsets without a colon (`2023-05-24T17:52:10.977+0000`), which
// `Date.parse` does not accept in every runtime; ISO 8601 basic-format offsets are valid, so accept them.
const BASIC_OFFSET = /([+-])(\d{2})(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/**
 * A MonetizeNow timestamp in the extended ISO 8601 form every runtime parses:
 * `2023-05-24T17:52:10.977+0000` becomes `2023-05-24T17:52:10.977+00:00`. Other strings are returned unchanged.
 */
export function normalizeMonetizeNowTimestamp(value: string): string {
  if (!TIMESTAMP.test(value)) return value;
  const withMinutes = /[+-]\d{2}$/.test(value) ? `${value}00` : value;
  return withMinutes.replace(BASIC_OFFSET, '$1$2:$3');
}

/**
 * Parses a MonetizeNow timestamp (offsets with or without a colon, `Z`, or a bare date) into a `Date`.
 * Returns `undefined` for a value that is not a timestamp, rather than an invalid `Date`.
 */
export function parseMonetizeNowTimestamp(value: string): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(normalizeMonetizeNowTimestamp(value.trim()));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
