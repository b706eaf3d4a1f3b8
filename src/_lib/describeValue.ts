/**
 * A short, safe rendering of any value for an error message: strings quoted, numbers as written
 * (`NaN`, `Infinity`), other values by their type. Never throws and never prints a whole object.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    // Long strings are cut so that a message stays readable when someone passes a whole document.
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return describeDate(value);
  return `a value of type ${typeof value}`;
}

/** `a Date (2025-04-04T14:59:59.999Z)`, with the zone of a TZDate, or `an Invalid Date`. */
function describeDate(value: Date): string {
  try {
    const ms = Date.prototype.getTime.call(value);
    if (Number.isNaN(ms)) return 'an Invalid Date';
    const zone = (value as { readonly timeZone?: unknown }).timeZone;
    const shown = typeof zone === 'string' ? ` in ${describeValue(zone)}` : '';
    return `a Date (${new Date(ms).toISOString()}${shown})`;
  } catch {
    return 'a value of type object';
  }
}
