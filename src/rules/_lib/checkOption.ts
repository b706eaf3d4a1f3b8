import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

/** Throws `InvalidArgumentError` unless `value` is one of `allowed`; returns it (or the default). */
export function checkChoice<T extends string>(
  argument: string,
  value: T | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) {
    const list = allowed.map((a) => `"${a}"`).join(', ');
    throw new InvalidArgumentError(argument, value, {
      id: `diharapkan salah satu dari ${list}`,
      en: `expected one of ${list}`,
    });
  }
  return value;
}
