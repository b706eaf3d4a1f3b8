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
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') {
    // A bigint can have a million digits.
    const digits = String(value);
    return digits.length > 40 ? `${digits.slice(0, 37)}...` : digits;
  }
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isDate(value)) return describeDate(value);
  return `a value of type ${typeof value}`;
}

/** `instanceof` asks a proxy for its prototype, and a hostile proxy throws there: then it is no Date. */
function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
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

/**
 * A name taken from input (a policy or rule id, a field path, a calendar id) as it may appear in a
 * message: escaped like a JSON string, without the quotes, and cut to 60 characters.
 */
export function describeName(name: unknown): string {
  const text = typeof name === 'string' ? name : describeValue(name);
  const escaped = JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text).slice(1, -1);
  return escaped;
}
