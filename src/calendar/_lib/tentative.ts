import { civilFromDays, dayOfPacked, monthOfPacked, weekdayOfDayNumber } from '../../_lib/dayNumber.js';
import { CalendarTentativeError } from '../../errors/CalendarTentativeError.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import { FIXED_DATE_HOLIDAYS } from '../fixedDateHolidays.js';
import type { CivilDate, TentativeMode, WorkingCalendar } from '../types.js';
import { assembleCalendar } from './buildCalendar.js';
import { type CalendarData, calendarData, type TentativeFlags, workingDayTable } from './internals.js';
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
    if (data.uncoveredYears !== 'fixed_date_holidays') return false;
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
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.tentative',
      value: mode,
      expected: errorText('tentative_mode_expected'),
    });
  }
  if (days.length > 0 && mode === 'strict') {
    throw new CalendarTentativeError('calendar_tentative', {
      days,
      calendarId: calendar.id,
      dataVersion: calendar.dataVersion,
    });
  }
}

/** A calendar with one tentative entry moved by one day, and that entry's current date. */
export interface TentativeVariant {
  readonly date: CivilDate;
  readonly calendar: WorkingCalendar;
}

const variantsByData = new WeakMap<CalendarData, readonly TentativeVariant[]>();

/**
 * For engines that cannot use `tentativeDaysIn` directly (the SLA engine, whose answers mix several
 * working-day computations): every calendar obtained by moving one tentative entry one day earlier or
 * later, built on first use. Only their working days are meant to be read (`isWorkingDay` and the
 * arithmetic): their entry lists still show the entry at its current date. The brute force over these
 * variants is the definition of "tentative" that `tentativeDaysIn` computes in closed form.
 */
export function tentativeVariants(calendar: WorkingCalendar): readonly TentativeVariant[] {
  const data = calendarData(calendar);
  let variants = variantsByData.get(data);
  if (variants !== undefined) return variants;
  const list: TentativeVariant[] = [];
  for (const index of data.tentativeEntries) {
    for (const delta of [-1, 1]) {
      const moved = data.nonWorkingDayNumbers.slice();
      moved[index] = moved[index]! + delta;
      if (moved[index]! < WINDOW_START || moved[index]! > WINDOW_END) continue;
      // The table applies non-working days, then extra working days: an extra working day wins over
      // the moved holiday, exactly as `tentativeDaysIn` assumes. No check: the moved entry may meet
      // another entry on its new date, which only means that date is off for two reasons.
      const variantData: CalendarData = {
        ...data,
        nonWorkingDayNumbers: moved,
        tentativeEntries: new Int32Array(0),
        tentativeFirst: 1,
        tentativeLast: -1,
        tentativeFlags: undefined,
        table: undefined,
      };
      list.push({
        date: data.nonWorkingDays[index]!.date,
        calendar: assembleCalendar(
          {
            id: calendar.id,
            dataVersion: calendar.dataVersion,
            zone: calendar.zone,
            workingWeekdays: calendar.workingWeekdays,
            nonWorking: [],
            extraWorking: [],
            coverage: calendar.coverage,
            uncoveredYears: calendar.uncoveredYears,
          },
          variantData,
        ),
      });
    }
  }
  variants = Object.freeze(list);
  variantsByData.set(data, variants);
  return variants;
}
