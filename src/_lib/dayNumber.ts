/**
 * Day-number arithmetic on the proleptic Gregorian calendar, without `Date`: day 0 is 1970-01-01.
 * The algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days`, exact for every year
 * this library accepts (1-9999), and independent of any time zone.
 */

/** Milliseconds in a civil day (no leap seconds, as in ECMAScript time values). */
export const MS_PER_DAY = 86_400_000;

/** The smallest and largest day numbers a `YYYY-MM-DD` string can name (0001-01-01, 9999-12-31). */
export const MIN_DAY_NUMBER = -719_162;
export const MAX_DAY_NUMBER = 2_932_896;

/** Days since 1970-01-01 of a valid year (1-9999), month (1-12) and day (1-31). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Count years from 1 March so that the leap day is the last day of the counted year. Every
  // intermediate value is a non-negative int32 for years 1-9999, so `| 0` is an exact floor and lets
  // the engine use integer division.
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = (((153 * shiftedMonth + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + (yearOfEra >> 2) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Year, month and day of a day number (years 1-9999), packed into one integer
 * (`year << 9 | month << 5 | day`) so that the hot paths allocate nothing. Unpack with
 * {@link yearOfPacked} and friends.
 */
export function civilFromDays(dayNumber: number): number {
  const z = (dayNumber + 719_468) | 0;
  const era = (z / 146_097) | 0;
  const dayOfEra = z - era * 146_097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + (yearOfEra >> 2) - ((yearOfEra / 100) | 0));
  const shiftedMonth = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * shiftedMonth + 2) / 5) | 0) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return (year << 9) | (month << 5) | day;
}

export function yearOfPacked(packed: number): number {
  return packed >> 9;
}

export function monthOfPacked(packed: number): number {
  return (packed >> 5) & 15;
}

export function dayOfPacked(packed: number): number {
  return packed & 31;
}

/** The year of a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber) >> 9;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month] ?? 0;
}
