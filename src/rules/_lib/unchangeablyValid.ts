/**
 * Policies found valid that cannot change: frozen all the way down, with data properties only (the
 * built-in policies, and whatever `definePolicy` and `combinePolicies` return). The machine's
 * runtime and the deadline engine each check the policy they are given, so a complaint's first call
 * checked the same policy twice; such a policy is checked once, and only such a policy may be
 * compiled once and cached by the engine (one rule for both, so neither can go stale alone).
 */
const unchangeablyValid = new WeakSet<object>();

/** Whether `policy` was found valid and cannot change since (see `rememberIfUnchangeable`). */
export function isUnchangeablyValid(policy: unknown): boolean {
  return typeof policy === 'object' && policy !== null && unchangeablyValid.has(policy);
}

/** Remembers a policy `validatePolicy` just found valid, when it is plain data frozen all the way down. */
export function rememberIfUnchangeable(policy: unknown): void {
  if (typeof policy === 'object' && policy !== null && isUnchangeable(policy)) unchangeablyValid.add(policy);
}

/** Whether a value is plain data frozen all the way down (no accessor, no other prototype). */
function isUnchangeable(value: unknown): boolean {
  try {
    return frozenData(value, 0);
  } catch {
    // A proxy whose traps throw is not known to stay as it was checked.
    return false;
  }
}

function frozenData(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'function';
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return false;
  if (depth > 32 || !Object.isFrozen(value)) return false;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) return false;
    if (!frozenData(descriptor.value, depth + 1)) return false;
  }
  return true;
}
