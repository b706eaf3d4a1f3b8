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
  return `a value of type ${typeof value}`;
}
