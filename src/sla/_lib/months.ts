import { civilFromDays, daysFromCivil, daysInMonth } from '../../_lib/dayNumber.js';

/** The day `months` calendar months after `day` (before, for a negative count). */
export function addMonths(day: number, months: number): number {
  const packed = civilFromDays(day);
  const total = Math.floor(packed / 512) * 12 + (Math.floor(packed / 32) % 16) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  // The 29th-31st of a month that the target month does not have is its last day (29 Feb + 2 years).
  return daysFromCivil(year, month, Math.min(packed % 32, daysInMonth(year, month)));
}

/** Whole calendar months from `from` to `to`, for `from <= to`. */
export function wholeMonthsBetween(from: number, to: number): number {
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  let months =
    (Math.floor(b / 512) - Math.floor(a / 512)) * 12 + (Math.floor(b / 32) % 16) - (Math.floor(a / 32) % 16);
  if (addMonths(from, months) > to) months--;
  return months;
}
