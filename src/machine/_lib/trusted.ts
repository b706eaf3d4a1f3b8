import type { ComplaintSnapshot } from '../types.js';

/*
 * The snapshots this library built in this process (frozen all the way down, so nobody changed them
 * since). Any other object handed to a function of `pengaduan/machine` (a JSON row parsed without
 * `restoreSnapshot`, a hand-edited value) is validated in full before it is used.
 */
const TRUSTED = new WeakSet<object>();

/** Marks a snapshot the library has just built or validated; returns it. */
export function trust(snapshot: ComplaintSnapshot): ComplaintSnapshot {
  TRUSTED.add(snapshot);
  return snapshot;
}

/** Whether `value` is a snapshot the library built or validated in this process. */
export function isTrusted(value: unknown): value is ComplaintSnapshot {
  return typeof value === 'object' && value !== null && TRUSTED.has(value);
}
