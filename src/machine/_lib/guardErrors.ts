/*
 * XState replaces an error thrown inside a guard by a new `Error` that keeps only the message, so a
 * typed error from the deadline engine (a `CalendarCoverageError` in strict mode) would reach the
 * host as a raw XState error. Guards remember what they threw; the caller of `transition` throws the
 * original instead. Transitions run synchronously, one at a time, so one slot is enough.
 */
let pending: { readonly error: unknown } | undefined;

/** Runs a guard, remembering the error it throws. */
export function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    pending = { error };
    throw error;
  }
}

/** Runs a machine computation; an error a guard threw comes out as itself, not XState's wrapper. */
export function unwrapGuardErrors<T>(run: () => T): T {
  pending = undefined;
  try {
    return run();
  } catch (error) {
    const original = pending as { readonly error: unknown } | undefined;
    pending = undefined;
    throw original === undefined ? error : original.error;
  }
}
