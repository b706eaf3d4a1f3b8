import { parseDayNumber } from '../../_lib/parseDayNumber.js';
import { isValidZone } from '../../_lib/zones.js';
import { CalendarDataError } from '../../errors/CalendarDataError.js';
import { InvalidDateError } from '../../errors/InvalidDateError.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import type { LocalizedText } from '../../i18n/types.js';
import type {
  CalendarCoverage,
  ExtraWorkingDay,
  NonWorkingDay,
  NonWorkingKind,
  TentativeMark,
  UncoveredYearAssumption,
  Weekday,
} from '../types.js';
import { WINDOW_END, WINDOW_FIRST_YEAR, WINDOW_LAST_YEAR, WINDOW_START } from './window.js';

/** An entry after validation, with its day number and where it came from (for error messages). */
export interface Located<T> {
  readonly entry: T;
  readonly dayNumber: number;
  readonly field: string;
}

export const NON_WORKING_KINDS: readonly NonWorkingKind[] = [
  'national_holiday',
  'collective_leave',
  'regional',
  'office_closure',
];

function fail(field: string, problem: LocalizedText, entry?: unknown): never {
  throw new CalendarDataError('calendar_data', {
    field,
    problem: problem,
    ...(entry === undefined ? {} : { entry }),
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) fail(field, errorText('object_expected'), value);
  return value;
}

export function requireText(value: unknown, field: string, entry?: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(field, errorText('text_expected'), entry ?? value);
  }
  return value;
}

export function requireArray(value: unknown, field: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(field, errorText('array_expected'), value);
  return value;
}

/** The day number of a date inside an entry, as a `CalendarDataError` naming the entry if it is bad. */
export function requireDate(value: unknown, field: string, entry?: unknown): number {
  let dayNumber: number;
  try {
    dayNumber = parseDayNumber(value, field);
  } catch (error) {
    if (error instanceof InvalidDateError) fail(field, error.text, entry ?? value);
    throw error;
  }
  if (dayNumber < WINDOW_START || dayNumber > WINDOW_END) {
    fail(
      field,
      errorText('date_outside_window', {
        windowFirstYear: WINDOW_FIRST_YEAR,
        windowLastYear: WINDOW_LAST_YEAR,
      }),
      entry ?? value,
    );
  }
  return dayNumber;
}

function requireName(value: unknown, field: string, entry: unknown): LocalizedText {
  if (!isRecord(value)) {
    fail(field, errorText('bilingual_name_expected'), entry);
  }
  return Object.freeze({
    id: requireText(value.id, `${field}.id`, entry),
    en: requireText(value.en, `${field}.en`, entry),
  });
}

export function normalizeNonWorkingDay(value: unknown, field: string): Located<NonWorkingDay> {
  const raw = requireRecord(value, field);
  const dayNumber = requireDate(raw.date, `${field}.date`, value);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(NON_WORKING_KINDS as readonly string[]).includes(kind)) {
    fail(
      `${field}.kind`,
      errorText('unknown_non_working_kind', { nonWorkingKinds: NON_WORKING_KINDS.join(', ') }),
      value,
    );
  }
  const name = requireName(raw.name, `${field}.name`, value);
  const source = requireText(raw.source, `${field}.source`, value);
  let region: string | undefined;
  if (raw.region !== undefined || kind === 'regional') {
    // A regional day without its region could not be told apart from a national one in a report.
    region = requireText(raw.region, `${field}.region`, value);
  }
  let tentative: TentativeMark | undefined;
  if (raw.tentative !== undefined) {
    const mark = raw.tentative;
    if (!isRecord(mark)) {
      fail(`${field}.tentative`, errorText('tentative_expected'), value);
    }
    tentative = Object.freeze({
      decidedBy: requireText(mark.decidedBy, `${field}.tentative.decidedBy`, value),
    });
  }
  const entry: NonWorkingDay = Object.freeze({
    date: raw.date as string,
    name,
    kind: kind as NonWorkingKind,
    source,
    ...(region === undefined ? {} : { region }),
    ...(tentative === undefined ? {} : { tentative }),
  });
  return { entry, dayNumber, field };
}

export function normalizeExtraWorkingDay(value: unknown, field: string): Located<ExtraWorkingDay> {
  const raw = requireRecord(value, field);
  const dayNumber = requireDate(raw.date, `${field}.date`, value);
  const name = requireName(raw.name, `${field}.name`, value);
  const source = requireText(raw.source, `${field}.source`, value);
  return { entry: Object.freeze({ date: raw.date as string, name, source }), dayNumber, field };
}

export function normalizeWorkingWeekdays(value: unknown, field: string): readonly Weekday[] {
  const expected = errorText('working_weekdays_expected');
  if (!Array.isArray(value) || value.length === 0) fail(field, expected, value);
  const seen = new Set<number>();
  for (const day of value) {
    if (!Number.isInteger(day) || day < 1 || day > 7 || seen.has(day)) fail(field, expected, value);
    seen.add(day);
  }
  return Object.freeze([...seen].sort((a, b) => a - b) as Weekday[]);
}

export function normalizeCoverage(value: unknown, field: string): CalendarCoverage {
  const raw = requireRecord(value, field);
  const { fromYear, toYear } = raw;
  const inRange = (year: unknown): year is number =>
    Number.isInteger(year) && (year as number) >= WINDOW_FIRST_YEAR && (year as number) <= WINDOW_LAST_YEAR;
  if (!inRange(fromYear) || !inRange(toYear)) {
    fail(
      field,
      errorText('coverage_years_expected', {
        windowFirstYear: WINDOW_FIRST_YEAR,
        windowLastYear: WINDOW_LAST_YEAR,
      }),
      value,
    );
  }
  if (fromYear > toYear) {
    fail(field, errorText('coverage_reversed', { fromYear, toYear }), value);
  }
  return Object.freeze({ fromYear, toYear });
}

export function normalizeZone(value: unknown, field: string): string {
  if (!isValidZone(value)) {
    fail(field, errorText('calendar_zone_expected'), value);
  }
  return value;
}

/** The kebab-case spellings of 0.x, read as their snake_case values (deprecated). */
const DEPRECATED_ASSUMPTIONS: Readonly<Record<string, UncoveredYearAssumption>> = Object.freeze({
  'fixed-date-holidays': 'fixed_date_holidays',
  'weekends-only': 'weekends_only',
});

export function normalizeAssumption(raw: unknown, field: string): UncoveredYearAssumption {
  const value =
    typeof raw === 'string' && Object.hasOwn(DEPRECATED_ASSUMPTIONS, raw) ? DEPRECATED_ASSUMPTIONS[raw] : raw;
  if (value !== 'fixed_date_holidays' && value !== 'weekends_only') {
    fail(field, errorText('uncovered_years_expected'), value);
  }
  return value;
}
