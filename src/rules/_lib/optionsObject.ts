import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { rulesText } from '../../i18n/errorMessages/rules.js';

/**
 * The options object of a preset factory: `undefined` and `null` mean no options; anything else
 * that is not an object is refused, rather than silently read as the defaults.
 */
export function optionsObject<T extends object>(given: T | null | undefined): T {
  if (given === undefined || given === null) return {} as T;
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: given,
      expected: rulesText('preset_options_expected'),
    });
  }
  return given;
}
