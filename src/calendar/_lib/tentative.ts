import { civilFromDays, dayOfPacked, monthOfPacked, weekdayOfDayNumber } from '../../_lib/dayNumber.js';
import { CalendarTentativeError } from '../../errors/CalendarTentativeError.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { FIXED_DATE_HOLIDAYS } from '../fixedDateHolidays.js';
import type { CivilDate, TentativeMode, WorkingCalendar } from '../types.js';
import { type CalendarData, type TentativeFlags, workingDayTable } from './internals.js';
import { WINDOW_END, WINDOW_START } from './window.js';

const NONE: readonly CivilDate[] = Object.freeze([]);

function buildFlags(data: CalendarData): TentativeFlags {
  const { cumulative } = workingDayTable(data);
  const working = (day: number): boolean =>
    day >= WINDOW_START &&
    day <= WINDOW_END &&
    cumulative[day - WINDOW_START + 1]! - cumulative[day - WINDOW_START]! === 1;
  const isExtra = (day: number): boolean => data.extraWorkingDayNumbers.includes(day);
  const assumedOff = (day: number): boolean => {
    if (data.uncoveredYears !== 'fixed-date-holidays') return false;
    if (day >= data.coverageFirstDay && day <= data.coverageLastDay) return false;
    const packed = civilFromDays(day);
    const month = monthOfPacked(packed);
    const dayOfMonth = dayOfPacked(packed);
    return FIXED_DATE_HOLIDAYS.some((h) => h.month === month && h.day === dayOfMonth);
  };
  const entries = data.tentativeEntries;
  const days = new Int32Array(entries.length);
  const freed = new Uint8Array(entries.length);
  const earlier = new Uint8Array(entries.length);
  const later = new Uint8Array(entries.length);
  entries.forEach((index, k) => {
    const t = data.nonWorkingDayNumbers[index]!;
    days[k] = t;
    let others = 0;
    data.nonWorkingDayNumbers.forEach((day, i) => {
      if (day === t && i !== index) others++;
    });
    const weekdayWorks = ((data.workingWeekdayMask >> weekdayOfDayNumber(t)) & 1) === 1;
    freed[k] = weekdayWorks && others === 0 && !assumedOff(t) ? 1 : 0;
    earlier[k] = working(t - 1) && !isExtra(t - 1) ? 1 : 0;
    later[k] = working(t + 1) && !isExtra(t + 1) ? 1 : 0;
  });
  return { days, freed, earlier, later };
}

/**
 * The tentative days whose move by one day (either way, every other day staying put) would change a
 * result that depends on the working days in `[first, last]`, and, when `result` is a day number,
 * on `result` staying a working day. That is exactly the answer of working-day arithmetic:
 * - a count over `[first, last]` changes iff the move changes how many working days it holds;
 * - `addWorkingDays` (span from the day after the start to the result) changes iff the count changes
 *   or the result itself stops being a working day.
 * The common case (no tentative day within a day of the span) costs two comparisons.
 */
export function tentativeDaysIn(
  data: CalendarData,
  first: number,
  last: number,
  result: number,
): readonly CivilDate[] {
  if (first > last || last < data.tentativeFirst || first > data.tentativeLast) return NONE;
  if (data.tentativeFlags === undefined) data.tentativeFlags = buildFlags(data);
  const { days, freed, earlier, later } = data.tentativeFlags;
  let found: CivilDate[] | undefined;
  for (let k = 0; k < days.length; k++) {
    const t = days[k]!;
    const gained = freed[k] === 1 && t >= first && t <= last ? 1 : 0;
    let changes = false;
    for (let delta = -1; delta <= 1 && !changes; delta += 2) {
      const lost = (delta < 0 ? earlier[k] : later[k]) === 1;
      const target = t + delta;
      const lostInSpan = lost && target >= first && target <= last ? 1 : 0;
      changes = gained !== lostInSpan || (lost && target === result);
    }
    if (!changes) continue;
    const date = data.nonWorkingDays[data.tentativeEntries[k]!]!.date;
    found ??= [];
    // Entries are sorted by date, so a date seen twice is the previous one.
    if (found[found.length - 1] !== date) found.push(date);
  }
  return found === undefined ? NONE : Object.freeze(found);
}

/** Checks the `tentative` option, and throws `CalendarTentativeError` in strict mode when needed. */
export function enforceTentative(
  calendar: WorkingCalendar,
  mode: TentativeMode | undefined,
  days: readonly CivilDate[],
): void {
  if (mode !== undefined && mode !== 'mark' && mode !== 'strict') {
    throw new InvalidArgumentError('options.tentative', mode, {
      id: "diharapkan 'mark' (bawaan) atau 'strict'",
      en: "expected 'mark' (the default) or 'strict'",
    });
  }
  if (days.length > 0 && mode === 'strict') {
    throw new CalendarTentativeError({ days, calendarId: calendar.id, dataVersion: calendar.dataVersion });
  }
}
