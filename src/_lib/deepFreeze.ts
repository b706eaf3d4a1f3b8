/**
 * Freezes a tree of plain objects and arrays in place and returns it. For data built by this library
 * only (never for a caller's input, which is copied first).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
