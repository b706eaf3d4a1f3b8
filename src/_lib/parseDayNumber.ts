import { InvalidDateError } from '../errors/InvalidDateError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { daysFromCivil, daysInMonth } from './dayNumber.js';

const FORMAT_REASON = /* @__PURE__ */ errorText('date_format');

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  // Anything but 0-9 becomes -1000, which makes the whole number negative and fails the range checks.
  return code >= 0 && code <= 9 ? code : -1000;
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` string, refusing anything else with an
 * `InvalidDateError` that names the value. Reads the characters directly: no `Date`, no regex.
 *
 * @param value - the value to parse (any type: the check is at run time)
 * @param argument - the parameter's name, for the error's details
 */
export function parseDayNumber(value: unknown, argument = 'date'): number {
  if (typeof value !== 'string' || value.length !== 10) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: FORMAT_REASON,
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: FORMAT_REASON,
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  const year =
    digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (year < 0 || month < 0 || day < 0) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: FORMAT_REASON,
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  if (year < 1) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: errorText('year_out_of_range'),
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  if (month < 1 || month > 12) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: errorText('no_such_month', { month }),
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: errorText('no_such_day', { value: value.slice(0, 7), lastDay }),
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  return daysFromCivil(year, month, day);
}
