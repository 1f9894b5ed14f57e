const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID in the 8-4-4-4-12 form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
