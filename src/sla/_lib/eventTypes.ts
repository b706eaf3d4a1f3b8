import { HISTORY_EVENT_TYPES } from '../../history/types.js';

/**
 * The index of an event type in `HISTORY_EVENT_TYPES`, or -1 for an unknown type, without hashing
 * the string: event types arrive as fresh strings from JSON, and a `Map` lookup would hash every
 * one. Types are grouped by length; within a length, one character position tells them apart (it
 * is chosen here, once); one string comparison then confirms the match.
 */
const TYPES: readonly string[] = HISTORY_EVENT_TYPES;

interface LengthGroup {
  readonly position: number;
  /** Type index by the character code at `position` (ASCII), -1 for none. */
  readonly byChar: Int16Array;
}

function group(types: readonly string[]): LengthGroup | undefined {
  const length = types[0]!.length;
  for (let position = 0; position < length; position++) {
    const chars = new Set(types.map((t) => t.charCodeAt(position)));
    if (chars.size === types.length && [...chars].every((c) => c < 128)) {
      const byChar = new Int16Array(128).fill(-1);
      for (const t of types) byChar[t.charCodeAt(position)] = TYPES.indexOf(t);
      return { position, byChar };
    }
  }
  return undefined;
}

const BY_LENGTH: (LengthGroup | undefined)[] = [];
const FALLBACK = new Map<string, number>(TYPES.map((type, index) => [type, index]));
let complete = true;
for (const length of new Set(TYPES.map((t) => t.length))) {
  const g = group(TYPES.filter((t) => t.length === length));
  if (g === undefined) complete = false;
  BY_LENGTH[length] = g;
}
// Should a future type make a length group ambiguous, every lookup goes through the map instead.
const FAST = complete;

export function eventTypeIndex(type: unknown): number {
  if (typeof type !== 'string') return -1;
  if (!FAST) return FALLBACK.get(type) ?? -1;
  const g = BY_LENGTH[type.length];
  if (g === undefined) return -1;
  const code = type.charCodeAt(g.position);
  const index = code < 128 ? g.byChar[code]! : -1;
  return index >= 0 && TYPES[index] === type ? index : -1;
}
