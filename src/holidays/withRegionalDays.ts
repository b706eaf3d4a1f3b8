import { calendarData } from '../calendar/_lib/internals.js';
import { requireArray, requireRecord, requireText } from '../calendar/_lib/normalize.js';
import type { CivilDate, NonWorkingDay, TentativeMark, WorkingCalendar } from '../calendar/types.js';
import type { LocalizedText } from '../i18n/types.js';

/** One day off that a regional decree gives. */
export interface RegionalDay {
  /** The day, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** What the day is, in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** Present when the regional decree itself leaves the date open. */
  readonly tentative?: TentativeMark;
}

/**
 * A province's or regency's days off, as its decree gives them (an SK or SE of the governor or
 * regent). Plain JSON: a host can keep one per decree in a file and load it as it is.
 */
export interface RegionalDecree {
  /** The id of the calendar it makes, e.g. `'id-bali'`, `'id-papua'`. */
  readonly id: string;
  /** The region: its Kemendagri code or name, e.g. `'51'` or `'Bali'`. */
  readonly region: string;
  /** The decree, as cited next to each day, e.g. `'SK Gubernur Papua No. 140 Tahun 2008'`. */
  readonly decree: string;
  /**
   * The version of this layer, appended to the base calendar's: `'bali-2027.1'` on `nationalCalendar`
   * gives `'id-2018-2027.1+bali-2027.1'`, so a report names both.
   */
  readonly version: string;
  /** The IANA zone of the region's offices (WITA `Asia/Makassar` for Bali, WIT `Asia/Jayapura` for Papua). */
  readonly zone?: string;
  /** The days off the decree gives. */
  readonly days: readonly RegionalDay[];
}

/**
 * Layers a region's days off on a calendar (usually `nationalCalendar`, or `nationalCalendarAsOf(date)`
 * to reproduce an old report), in the region's zone, without copying or changing the national data:
 * the result is `calendar.withZone(zone).extend(...)` with each day as `kind: 'regional'`, its region
 * and the decree as its source. The base calendar's tentative days stay tentative; a regional day on
 * the same date keeps that date off whatever the isbat decides.
 *
 * @param calendar - the base calendar
 * @param decree - the regional decree; see {@link RegionalDecree}
 * @returns the new calendar, id `decree.id`, data version `${calendar.dataVersion}+${decree.version}`
 * @throws {CalendarDataError} for a missing field, a bad date or name, or a day given twice
 * @throws {InvalidArgumentError} for a calendar not made by this library, or an unknown zone
 *
 * @example
 * import { addWorkingDays, endOfCivilDay, nationalCalendar, withRegionalDays } from 'pengaduan';
 *
 * const papua = withRegionalDays(nationalCalendar, {
 *   id: 'id-papua',
 *   region: 'Papua',
 *   decree: 'SK Gubernur Papua No. 140 Tahun 2008',
 *   version: 'papua-hpi.1',
 *   zone: 'Asia/Jayapura',
 *   days: [{ date: '2026-02-05', name: { id: 'Hari Pekabaran Injil di Tanah Papua', en: 'Gospel Day in Papua' } }],
 * });
 * addWorkingDays('2026-02-04', 1, papua).date;
 * //=> '2026-02-06'
 * [papua.dataVersion, endOfCivilDay('2026-02-06', papua.zone)];
 * //=> ['id-2018-2027.1+papua-hpi.1', '2026-02-06T23:59:59.999+09:00']
 */
export function withRegionalDays(calendar: WorkingCalendar, decree: RegionalDecree): WorkingCalendar {
  calendarData(calendar); // InvalidArgumentError for anything that is not one of this library's calendars
  const raw = requireRecord(decree, 'decree');
  const id = requireText(raw.id, 'decree.id');
  const region = requireText(raw.region, 'decree.region');
  const source = requireText(raw.decree, 'decree.decree');
  const version = requireText(raw.version, 'decree.version');
  const days = requireArray(raw.days, 'decree.days').map((day, i): NonWorkingDay => {
    const entry = requireRecord(day, `decree.days[${i}]`);
    // Date, name and tentative mark are checked by `extend`, which names the entry in its errors.
    return {
      date: entry.date as CivilDate,
      name: entry.name as LocalizedText,
      kind: 'regional',
      region,
      source,
      ...(entry.tentative === undefined ? {} : { tentative: entry.tentative as TentativeMark }),
    };
  });
  const base = raw.zone === undefined ? calendar : calendar.withZone(raw.zone as string);
  return base.extend({ id, dataVersion: `${calendar.dataVersion}+${version}`, add: days });
}
