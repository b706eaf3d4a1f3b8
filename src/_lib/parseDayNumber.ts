import { InvalidDateError } from '../errors/InvalidDateError.js';
import { daysFromCivil, daysInMonth } from './dayNumber.js';

const FORMAT_REASON = {
  id: 'diharapkan tanggal berformat YYYY-MM-DD dengan bulan dan hari dua digit, mis. 2025-03-27',
  en: 'expected a date in YYYY-MM-DD form with two-digit month and day, e.g. 2025-03-27',
} as const;

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
      reason: { id: 'tahun harus antara 0001 dan 9999', en: 'the year must be between 0001 and 9999' },
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  if (month < 1 || month > 12) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: {
        id: `bulan ${month} tidak ada (harus 01-12)`,
        en: `there is no month ${month} (expected 01-12)`,
      },
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: {
        id: `${value.slice(0, 7)} hanya memiliki ${lastDay} hari (hari harus 01-${lastDay})`,
        en: `${value.slice(0, 7)} has ${lastDay} days (expected a day 01-${lastDay})`,
      },
      argument,
      expected: 'YYYY-MM-DD',
    });
  }
  return daysFromCivil(year, month, day);
}
