import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

/**
 * The options object of a preset factory: `undefined` and `null` mean no options; anything else
 * that is not an object is refused, rather than silently read as the defaults.
 */
export function optionsObject<T extends object>(given: T | null | undefined): T {
  if (given === undefined || given === null) return {} as T;
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new InvalidArgumentError('options', given, {
      id: 'diharapkan objek opsi, mis. { hari: "working_days" }',
      en: 'expected an options object, e.g. { hari: "working_days" }',
    });
  }
  return given;
}
