import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { parseDayNumber } from '../_lib/parseDayNumber.js';
import type { CivilDate, WorkingCalendar } from '../calendar/types.js';
import { calendarFromData } from './calendarFromData.js';
import { nationalCalendar } from './nationalCalendar.js';
import { NATIONAL_CALENDAR_DATA } from './nationalData.js';

// One calendar per state of knowledge (the last decree known), built on first use: an audit that asks
// for thousands of dates builds at most one calendar per decree.
const byLastDecree = new Map<number, WorkingCalendar>();
let issuedDays: Int32Array | undefined;

/**
 * The national calendar as it was known at the end of a day: the SKBs, amendments and Keppres issued
 * on or before `date`, without what later decrees added, and with what they later cancelled. Use it to
 * reproduce a deadline exactly as it was computed then; the calendar's `dataVersion`
 * (`'id-2018-2027.1@2024-02-06'`: the release, and the date of the last decree known) says which
 * knowledge a report used. For a date on or after the last decree in the data it is `nationalCalendar`.
 *
 * @param date - the day of knowledge, `YYYY-MM-DD`, on or after 22 September 2017 (the 2018 SKB)
 * @returns the frozen calendar, shared by every date with the same knowledge
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {InvalidArgumentError} when `date` is before the 2018 SKB
 *
 * @example
 * import { isWorkingDay, nationalCalendarAsOf } from 'pengaduan';
 *
 * // The Pemilu of 14 February 2024 became a holiday by Keppres 10/2024 of 6 February 2024;
 * // the Pilkada of 27 November 2024 by Keppres 33/2024 of 21 November 2024.
 * const march2024 = nationalCalendarAsOf('2024-03-01');
 * [isWorkingDay('2024-02-14', march2024), isWorkingDay('2024-11-27', march2024)];
 * //=> [false, true]
 * [march2024.dataVersion, march2024.coverage];
 * //=> ['id-2018-2027.1@2024-02-06', { fromYear: 2018, toYear: 2024 }]
 */
export function nationalCalendarAsOf(date: CivilDate): WorkingCalendar {
  const day = parseDayNumber(date, 'date');
  issuedDays ??= Int32Array.from(NATIONAL_CALENDAR_DATA.decrees.map((d) => parseDayNumber(d.issued))).sort();
  let known = -1;
  while (known + 1 < issuedDays.length && issuedDays[known + 1]! <= day) known++;
  if (known === issuedDays.length - 1) return nationalCalendar;
  // Before the first decree: the loader names the first SKB in its error.
  if (known < 0) return calendarFromData(NATIONAL_CALENDAR_DATA, { asOf: date });
  const last = issuedDays[known]!;
  let calendar = byLastDecree.get(last);
  if (calendar === undefined) {
    calendar = calendarFromData(NATIONAL_CALENDAR_DATA, { asOf: formatDayNumber(last) });
    byLastDecree.set(last, calendar);
  }
  return calendar;
}
