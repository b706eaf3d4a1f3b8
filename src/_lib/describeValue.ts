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
  return `a value of type ${typeof value}`;
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
