import { daysFromCivil, weekdayOfDayNumber } from '../../_lib/dayNumber.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import { FIXED_DATE_HOLIDAYS } from '../fixedDateHolidays.js';
import type {
  CalendarCoverage,
  ExtraWorkingDay,
  NonWorkingDay,
  UncoveredYearAssumption,
  WorkingCalendar,
} from '../types.js';
import { WINDOW_FIRST_YEAR, WINDOW_LAST_YEAR, WINDOW_LENGTH, WINDOW_START } from './window.js';

/**
 * The precomputed answer to every working-day question inside the window:
 * - `cumulative[i]` is the number of working days among window offsets `0 … i-1` (length N + 1), so
 *   the working days in a span are one subtraction;
 * - `workingOffsets[k]` is the window offset of the k-th working day, so "the n-th working day after"
 *   is one read.
 */
export interface WorkingDayTable {
  readonly cumulative: Int32Array;
  readonly workingOffsets: Int32Array;
}

/**
 * What moving each tentative entry by one day would change (see `tentativeDaysIn`). A move of entry k
 * from day t to t ± 1 changes the working week in at most two places:
 * - t becomes a working day (`freed[k]`) when its weekday works, no other entry is on t and the
 *   uncovered-year assumption does not already take it;
 * - t ± 1 stops being a working day (`earlier[k]`, `later[k]`) when it is one now and is not an
 *   extra working day (an extra working day wins over a holiday, as everywhere in the calendar).
 */
export interface TentativeFlags {
  readonly days: Int32Array;
  readonly freed: Uint8Array;
  readonly earlier: Uint8Array;
  readonly later: Uint8Array;
}

/** What a calendar knows, normalized; shared by calendars that differ only in zone or id. */
export interface CalendarData {
  readonly workingWeekdayMask: number;
  readonly nonWorkingDays: readonly NonWorkingDay[];
  /** Day numbers of `nonWorkingDays`, same order (ascending). */
  readonly nonWorkingDayNumbers: Int32Array;
  readonly extraWorkingDays: readonly ExtraWorkingDay[];
  readonly extraWorkingDayNumbers: Int32Array;
  readonly coverage: CalendarCoverage;
  /** Day numbers of 1 January of `coverage.fromYear` and 31 December of `coverage.toYear`. */
  readonly coverageFirstDay: number;
  readonly coverageLastDay: number;
  readonly uncoveredYears: UncoveredYearAssumption;
  /** Indexes into `nonWorkingDays` of the entries marked tentative, ascending. */
  readonly tentativeEntries: Int32Array;
  /**
   * One day before the first tentative entry and one day after the last: a span outside
   * `[tentativeFirst, tentativeLast]` cannot be changed by moving one (empty span when there is none).
   */
  readonly tentativeFirst: number;
  readonly tentativeLast: number;
  /** Built on first use by `tentativeDaysIn` (see tentative.ts). */
  tentativeFlags: TentativeFlags | undefined;
  /** Built on first use: creating a calendar stays cheap, and so does importing the library. */
  table: WorkingDayTable | undefined;
}

/**
 * The version of `CalendarData`'s shape and meaning: bump it whenever a field is added, removed or
 * changes meaning (a literal renamed), or the lazily built tables (`table`, `tentativeFlags`) are
 * built differently: a copy uses the tables another copy of the same layout built. Copies of pengaduan with the same number (the ESM and CommonJS
 * builds of one version, or two versions that agree on it) share one registry, so that a calendar
 * made by one is accepted by the other; any other copy's calendar is refused as `another_copy`.
 */
const CALENDAR_DATA_LAYOUT = 2;

/** The brand on every calendar: its layout number, under a key every copy of pengaduan knows. */
export const CALENDAR_BRAND: unique symbol = Symbol.for('pengaduan.WorkingCalendar');

const REGISTRY_KEY = Symbol.for(`pengaduan.calendarData/${CALENDAR_DATA_LAYOUT}`);

/** One registry per layout, shared by every copy of pengaduan loaded in this realm. */
function sharedRegistry(): WeakMap<object, CalendarData> {
  const holder = globalThis as { [REGISTRY_KEY]?: WeakMap<object, CalendarData> };
  let registry = holder[REGISTRY_KEY];
  if (!(registry instanceof WeakMap)) {
    registry = new WeakMap<object, CalendarData>();
    try {
      Object.defineProperty(globalThis, REGISTRY_KEY, { value: registry });
    } catch {
      // A frozen global: this copy keeps its own registry, and refuses other copies' calendars.
    }
  }
  return registry;
}

const registry = /* @__PURE__ */ sharedRegistry();

/** Registers a calendar (before it is frozen: it gets the brand too). */
export function registerCalendar(calendar: WorkingCalendar, data: CalendarData): void {
  if (!Object.isFrozen(calendar)) {
    Object.defineProperty(calendar, CALENDAR_BRAND, { value: CALENDAR_DATA_LAYOUT });
  }
  registry.set(calendar, data);
}

const NOT_A_CALENDAR = /* @__PURE__ */ errorText('not_a_calendar');

const ANOTHER_COPY = /* @__PURE__ */ errorText('another_copy');

/**
 * Whether a value that is not a calendar of this copy is one of another copy of pengaduan: it has the
 * brand every calendar gets (a plain copy of a calendar's fields does not: it is no calendar at all).
 */
function isForeignCalendar(value: object): boolean {
  try {
    return CALENDAR_BRAND in value;
  } catch {
    // A proxy whose `has` trap throws is no calendar of any copy.
    return false;
  }
}

/**
 * The data behind a calendar; `InvalidArgumentError` for anything not made by this library, with
 * `details.reason: 'another_copy'` for a calendar of another copy of pengaduan.
 */
export function calendarData(calendar: unknown): CalendarData {
  const data = typeof calendar === 'object' && calendar !== null ? registry.get(calendar) : undefined;
  if (data === undefined) {
    if (typeof calendar === 'object' && calendar !== null && isForeignCalendar(calendar)) {
      throw new InvalidArgumentError('invalid_argument', {
        argument: 'calendar',
        value: calendar,
        expected: ANOTHER_COPY,
        reason: 'another_copy',
      });
    }
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'calendar',
      value: calendar,
      expected: NOT_A_CALENDAR,
    });
  }
  return data;
}

/** The working-day table of a calendar, built on first use. */
export function workingDayTable(data: CalendarData): WorkingDayTable {
  if (data.table === undefined) data.table = buildTable(data);
  return data.table;
}

function buildTable(data: CalendarData): WorkingDayTable {
  const working = new Uint8Array(WINDOW_LENGTH);
  // The working week repeats every 7 days: write one week, then double the written part until full.
  let weekday = weekdayOfDayNumber(WINDOW_START);
  for (let i = 0; i < 7; i++) {
    working[i] = (data.workingWeekdayMask >> weekday) & 1;
    weekday = weekday === 7 ? 1 : weekday + 1;
  }
  for (let filled = 7; filled < WINDOW_LENGTH; filled *= 2) {
    working.copyWithin(filled, 0, Math.min(filled, WINDOW_LENGTH - filled));
  }
  if (data.uncoveredYears === 'fixed_date_holidays') {
    for (let year = WINDOW_FIRST_YEAR; year <= WINDOW_LAST_YEAR; year++) {
      if (year >= data.coverage.fromYear && year <= data.coverage.toYear) continue;
      for (const holiday of FIXED_DATE_HOLIDAYS) {
        working[daysFromCivil(year, holiday.month, holiday.day) - WINDOW_START] = 0;
      }
    }
  }
  // Official entries apply in any year, covered or not (a known regional day in an uncovered year).
  for (const dayNumber of data.nonWorkingDayNumbers) working[dayNumber - WINDOW_START] = 0;
  // Extra working days win over weekends and over the assumed holidays of uncovered years; validation
  // has already refused an extra working day that is also an official non-working day.
  for (const dayNumber of data.extraWorkingDayNumbers) working[dayNumber - WINDOW_START] = 1;

  const cumulative = new Int32Array(WINDOW_LENGTH + 1);
  const offsets = new Int32Array(WINDOW_LENGTH);
  let count = 0;
  for (let i = 0; i < WINDOW_LENGTH; i++) {
    cumulative[i] = count;
    if (working[i] === 1) offsets[count++] = i;
  }
  cumulative[WINDOW_LENGTH] = count;
  // A copy of the used part, so that the calendar does not keep the whole scratch buffer alive.
  const workingOffsets = offsets.slice(0, count);
  return { cumulative, workingOffsets };
}
