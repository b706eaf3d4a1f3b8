import type { CalendarCoverage, NonWorkingDay, WorkingCalendar } from '../calendar/types.js';
import { calendarFromData } from './calendarFromData.js';
import { NATIONAL_CALENDAR_DATA } from './nationalData.js';

/**
 * Indonesia's national working calendar for government offices, 2018-2027: Monday to Friday, minus
 * every libur nasional (SKB 3 Menteri and election-day Keppres) and every cuti bersama, with all
 * amendments applied; zone Asia/Jakarta (WIB). Built from {@link NATIONAL_CALENDAR_DATA}, the same data
 * as the file `pengaduan/data/national-calendar.json`; `dataVersion` is {@link NATIONAL_DATA_VERSION}.
 *
 * 2027 rests on secondary sources (the SKB's text was not read), and its Idulfitri and Iduladha days,
 * with the cuti bersama around them, are tentative until the sidang isbat: results that their move
 * would change say `tentative: true`. Years after 2027 are not covered: results that reach them are
 * provisional (weekends and the five fixed-date holidays assumed). For the calendar as it was known
 * on an earlier date, use `nationalCalendarAsOf`; for offices in WIT, `nationalCalendar.withZone(ZONES.WIT)`.
 *
 * @example
 * import { addWorkingDays, nationalCalendar } from 'pengaduan';
 *
 * addWorkingDays('2025-03-27', 3, nationalCalendar).date;
 * //=> '2025-04-10'
 * nationalCalendar.dataVersion;
 * //=> 'id-2018-2027.1'
 */
export const nationalCalendar: WorkingCalendar = /* @__PURE__ */ calendarFromData(NATIONAL_CALENDAR_DATA);

/** The version of the national data: the years it covers and a revision, bumped when the data changes. */
export const NATIONAL_DATA_VERSION: string = NATIONAL_CALENDAR_DATA.dataVersion;

/** The years the national data covers, inclusive. */
export const NATIONAL_COVERAGE: CalendarCoverage = nationalCalendar.coverage;

/**
 * Every libur nasional and cuti bersama for government offices in force today, final dates with
 * amendments applied (cancelled days are absent), sorted by date, each with the decree that fixes it;
 * tentative days carry `tentative`. Holidays on a Saturday or Sunday are listed too; two holidays on
 * one date are two entries. The same list as `nationalCalendar.nonWorkingDays`.
 */
export const NATIONAL_NON_WORKING_DAYS: readonly NonWorkingDay[] = nationalCalendar.nonWorkingDays;
