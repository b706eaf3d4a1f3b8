import { assembleCalendar } from './_lib/buildCalendar.js';
import {
  normalizeAssumption,
  normalizeCoverage,
  normalizeExtraWorkingDay,
  normalizeNonWorkingDay,
  normalizeWorkingWeekdays,
  normalizeZone,
  requireArray,
  requireRecord,
  requireText,
} from './_lib/normalize.js';
import type {
  CalendarCoverage,
  ExtraWorkingDay,
  NonWorkingDay,
  UncoveredYearAssumption,
  Weekday,
  WorkingCalendar,
} from './types.js';
import { ZONES } from './types.js';

/** What a working calendar is made of. Only `id`, `dataVersion` and `coverage` are required. */
export interface WorkingCalendarOptions {
  /** What the calendar is, e.g. `'id-national'` or `'id-papua'`. */
  readonly id: string;
  /** Which data it holds, e.g. `'id-2018-2026.1'`; quoted next to every deadline computed with it. */
  readonly dataVersion: string;
  /** The years whose official non-working days are all in `nonWorkingDays`, inclusive (1900-2199). */
  readonly coverage: CalendarCoverage;
  /** IANA zone of the offices; default `'Asia/Jakarta'` (WIB). */
  readonly zone?: string;
  /** ISO weekdays that are working days; default Monday-Friday `[1, 2, 3, 4, 5]`. */
  readonly workingWeekdays?: readonly Weekday[];
  /** Official non-working days, each with name, kind and source. Default none. */
  readonly nonWorkingDays?: readonly NonWorkingDay[];
  /** Working days on a weekday that is not (a make-up Saturday). Default none. */
  readonly extraWorkingDays?: readonly ExtraWorkingDay[];
  /** What to assume for years outside `coverage`; default `'fixed_date_holidays'`. */
  readonly uncoveredYears?: UncoveredYearAssumption;
}

const MONDAY_TO_FRIDAY: readonly Weekday[] = Object.freeze([1, 2, 3, 4, 5] as Weekday[]);

/**
 * Creates an immutable working-day calendar after checking every entry.
 *
 * Entries are copied and frozen (the caller's arrays are never touched) and sorted by date. Two
 * different holidays on one date are kept; the same holiday twice (same date, kind, region and
 * Indonesian name), an extra working day that is also a non-working day, a malformed date, an
 * unknown kind or a coverage whose `fromYear` is after its `toYear` throw `CalendarDataError` naming
 * the entry (`details.field`, e.g. `'nonWorkingDays[3].date'`).
 *
 * @param options - the calendar's data; see {@link WorkingCalendarOptions}
 * @returns the frozen calendar
 * @throws {CalendarDataError} when the data is inconsistent
 *
 * @example
 * import { addWorkingDays, createWorkingCalendar } from 'pengaduan';
 *
 * // A Papuan provincial office: Hari Pekabaran Injil (5 February) is a regional day off.
 * const papua = createWorkingCalendar({
 *   id: 'papua-2025',
 *   dataVersion: 'papua-2025.1',
 *   zone: 'Asia/Jayapura',
 *   coverage: { fromYear: 2025, toYear: 2025 },
 *   nonWorkingDays: [
 *     {
 *       date: '2025-02-05',
 *       name: { id: 'Hari Pekabaran Injil di Tanah Papua', en: 'Gospel Day in Papua' },
 *       kind: 'regional',
 *       region: 'Papua',
 *       source: 'SK Gubernur Papua No. 140 Tahun 2008',
 *     },
 *   ],
 * });
 * addWorkingDays('2025-02-04', 1, papua).date;
 * //=> '2025-02-06'
 */
export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const raw = requireRecord(options, 'options');
  return assembleCalendar({
    id: requireText(raw.id, 'id'),
    dataVersion: requireText(raw.dataVersion, 'dataVersion'),
    zone: raw.zone === undefined ? ZONES.WIB : normalizeZone(raw.zone, 'zone'),
    workingWeekdays:
      raw.workingWeekdays === undefined
        ? MONDAY_TO_FRIDAY
        : normalizeWorkingWeekdays(raw.workingWeekdays, 'workingWeekdays'),
    nonWorking: requireArray(raw.nonWorkingDays, 'nonWorkingDays').map((entry, i) =>
      normalizeNonWorkingDay(entry, `nonWorkingDays[${i}]`),
    ),
    extraWorking: requireArray(raw.extraWorkingDays, 'extraWorkingDays').map((entry, i) =>
      normalizeExtraWorkingDay(entry, `extraWorkingDays[${i}]`),
    ),
    coverage: normalizeCoverage(raw.coverage, 'coverage'),
    uncoveredYears:
      raw.uncoveredYears === undefined
        ? 'fixed_date_holidays'
        : normalizeAssumption(raw.uncoveredYears, 'uncoveredYears'),
  });
}
