import type { ValueAtPath } from './describeIssue.js';

/** The value at `path` inside `input`, following own properties only (never a prototype's). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): ValueAtPath {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object')
      return { known: true, present: false, value: undefined };
    const key = typeof part === 'number' ? String(part) : part;
    if (!Object.hasOwn(current, key)) return { known: true, present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { known: true, present: current !== undefined, value: current };
}
