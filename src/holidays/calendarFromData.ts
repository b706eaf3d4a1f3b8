import { formatDayNumber } from '../_lib/formatDayNumber.js';
import { parseDayNumber } from '../_lib/parseDayNumber.js';
import { assembleCalendar } from '../calendar/_lib/buildCalendar.js';
import {
  type Located,
  normalizeNonWorkingDay,
  normalizeWorkingWeekdays,
  normalizeZone,
  requireArray,
  requireDate,
  requireRecord,
  requireText,
} from '../calendar/_lib/normalize.js';
import { WINDOW_FIRST_YEAR, WINDOW_LAST_YEAR } from '../calendar/_lib/window.js';
import type { NonWorkingDay, Weekday, WorkingCalendar } from '../calendar/types.js';
import { CalendarDataError } from '../errors/CalendarDataError.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { CalendarFromDataOptions, DecreeType, SourceStrength } from './types.js';

export const CALENDAR_DATA_FORMAT = 'pengaduan.calendar-data/1';
const DECREE_TYPES: readonly DecreeType[] = ['skb', 'skb_amendment', 'keppres', 'kma', 'regional'];
const STRENGTHS: readonly SourceStrength[] = ['official_list', 'secondary'];
/**
 * The kebab-case spellings of 0.x data files, read as their snake_case values (deprecated: a data file
 * written before the literals became snake_case keeps loading; write the snake_case value).
 */
const DEPRECATED_SPELLINGS: Readonly<Record<string, string>> = Object.freeze({
  'skb-amendment': 'skb_amendment',
  'official-list': 'official_list',
});
const MONDAY_TO_FRIDAY: readonly Weekday[] = Object.freeze([1, 2, 3, 4, 5] as Weekday[]);

/** A decree after validation: what the loader needs of it. */
interface Decree {
  readonly id: string;
  readonly type: DecreeType;
  readonly year: number;
  readonly issued: number;
}

/** A day after validation, with the day numbers of the decrees that added, removed and confirmed it. */
interface Day {
  readonly located: Located<NonWorkingDay>;
  readonly added: number;
  readonly removed: number;
  readonly confirmed: number;
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], field: string, entry: unknown): T {
  const value =
    typeof raw === 'string' && Object.hasOwn(DEPRECATED_SPELLINGS, raw) ? DEPRECATED_SPELLINGS[raw] : raw;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CalendarDataError('calendar_data', {
      field,
      problem: errorText('one_of_expected', { allowed: allowed.join(', ') }),
      entry,
    });
  }
  return value as T;
}

function optionalText(value: unknown, field: string, entry: unknown): void {
  if (value !== undefined) requireText(value, field, entry);
}

function readDecrees(value: unknown): Map<string, Decree> {
  const list = requireArray(value, 'decrees');
  if (list.length === 0) {
    throw new CalendarDataError('calendar_data', {
      field: 'decrees',
      problem: errorText('decree_expected'),
    });
  }
  const decrees = new Map<string, Decree>();
  list.forEach((item, i) => {
    const field = `decrees[${i}]`;
    const raw = requireRecord(item, field);
    const id = requireText(raw.id, `${field}.id`, item);
    if (decrees.has(id)) {
      throw new CalendarDataError('calendar_data', {
        field: `${field}.id`,
        problem: errorText('decree_id_twice', { id }),
        entry: item,
      });
    }
    const type = oneOf(raw.type, DECREE_TYPES, `${field}.type`, item);
    const year = raw.year;
    if (
      !Number.isInteger(year) ||
      (year as number) < WINDOW_FIRST_YEAR ||
      (year as number) > WINDOW_LAST_YEAR
    ) {
      throw new CalendarDataError('calendar_data', {
        field: `${field}.year`,
        problem: errorText('decree_year_expected', {
          windowFirstYear: WINDOW_FIRST_YEAR,
          windowLastYear: WINDOW_LAST_YEAR,
        }),
        entry: item,
      });
    }
    requireText(raw.title, `${field}.title`, item);
    const issued = requireDate(raw.issued, `${field}.issued`, item);
    oneOf(raw.sourceStrength, STRENGTHS, `${field}.sourceStrength`, item);
    optionalText(raw.issuedNote, `${field}.issuedNote`, item);
    optionalText(raw.note, `${field}.note`, item);
    optionalText(raw.amends, `${field}.amends`, item);
    if (raw.sources !== undefined) {
      requireArray(raw.sources, `${field}.sources`).forEach((s, k) => {
        requireText(s, `${field}.sources[${k}]`, item);
      });
    }
    decrees.set(id, { id, type, year: year as number, issued });
  });
  // An amendment names a decree of the file, and follows it.
  list.forEach((item, i) => {
    const amends = (item as Record<string, unknown>).amends;
    if (amends === undefined) return;
    const target = decrees.get(amends as string);
    const self = decrees.get((item as Record<string, unknown>).id as string)!;
    if (target === undefined || target.issued > self.issued) {
      throw new CalendarDataError('calendar_data', {
        field: `decrees[${i}].amends`,
        problem: errorText('amends_unknown', { amends: String(amends) }),
        entry: item,
      });
    }
  });
  if (![...decrees.values()].some((d) => d.type === 'skb')) {
    throw new CalendarDataError('calendar_data', {
      field: 'decrees',
      problem: errorText('skb_expected'),
    });
  }
  return decrees;
}

function decreeRef(
  decrees: Map<string, Decree>,
  value: unknown,
  field: string,
  entry: unknown,
): Decree | undefined {
  if (value === undefined) return undefined;
  const decree = typeof value === 'string' ? decrees.get(value) : undefined;
  if (decree === undefined) {
    throw new CalendarDataError('calendar_data', {
      field,
      problem: errorText('decree_id_expected'),
      entry,
    });
  }
  return decree;
}

function readDays(value: unknown, decrees: Map<string, Decree>): Day[] {
  return requireArray(value, 'days').map((item, i) => {
    const field = `days[${i}]`;
    const raw = requireRecord(item, field);
    const located = normalizeNonWorkingDay(item, field);
    if (raw.addedBy === undefined) requireText(raw.addedBy, `${field}.addedBy`, item);
    const added = decreeRef(decrees, raw.addedBy, `${field}.addedBy`, item)!;
    const removed = decreeRef(decrees, raw.removedBy, `${field}.removedBy`, item);
    const confirmed = decreeRef(decrees, raw.confirmedBy, `${field}.confirmedBy`, item);
    if (removed !== undefined && removed.issued <= added.issued) {
      throw new CalendarDataError('calendar_data', {
        field: `${field}.removedBy`,
        problem: errorText('cancel_before_add'),
        entry: item,
      });
    }
    if (confirmed !== undefined && located.entry.tentative === undefined) {
      throw new CalendarDataError('calendar_data', {
        field: `${field}.confirmedBy`,
        problem: errorText('confirm_not_tentative'),
        entry: item,
      });
    }
    return {
      located,
      added: added.issued,
      removed: removed?.issued ?? Number.POSITIVE_INFINITY,
      confirmed: confirmed?.issued ?? Number.POSITIVE_INFINITY,
    };
  });
}

/** The covered years as of a day: those of the SKBs issued by then, which must follow each other. */
function coveredYears(
  decrees: Iterable<Decree>,
  asOf: number,
): { fromYear: number; toYear: number } | undefined {
  const years = [...decrees]
    .filter((d) => d.type === 'skb' && d.issued <= asOf)
    .map((d) => d.year)
    .sort((a, b) => a - b);
  if (years.length === 0) return undefined;
  for (let k = 1; k < years.length; k++) {
    if (years[k] !== years[k - 1]! + 1) {
      throw new CalendarDataError('calendar_data', {
        field: 'decrees',
        problem: errorText('skb_years_gap', { years: years.join(', ') }),
      });
    }
  }
  return Object.freeze({ fromYear: years[0]!, toYear: years.at(-1)! });
}

/**
 * Builds a working calendar from a calendar data file (such as `pengaduan/data/national-calendar.json`,
 * or a host's own copy with next year's SKB), validated entry by entry, optionally as it was known on
 * a date.
 *
 * The covered years are those of the yearly SKBs (`type: 'skb'`) issued by then. A day is in the
 * calendar from the `issued` date of its `addedBy` decree until that of its `removedBy` decree; a
 * tentative day stays tentative until its `confirmedBy` decree. The calendar's `dataVersion` is the
 * file's, or, for a date before the file's last decree, the file's followed by `@` and the date of
 * the last decree known then (`'id-2018-2027.1@2024-02-06'`), so that equal knowledge gives equal
 * versions and a report can be reproduced.
 *
 * @param data - the parsed JSON (any value: it is checked)
 * @param options - `asOf`: a `YYYY-MM-DD` date
 * @returns the frozen calendar
 * @throws {CalendarDataError} when the data is not a valid calendar data file (`details.field` names
 *   the place, e.g. `'days[12].addedBy'`)
 * @throws {InvalidDateError} when `asOf` is not a valid date
 * @throws {InvalidArgumentError} when `asOf` is before the file's first SKB
 *
 * @example
 * import { calendarFromData, isWorkingDay, NATIONAL_CALENDAR_DATA } from 'pengaduan';
 *
 * // 18 August 2025 became cuti bersama by the amending SKB of 7 August 2025.
 * isWorkingDay('2025-08-18', calendarFromData(NATIONAL_CALENDAR_DATA, { asOf: '2025-08-06' }));
 * //=> true
 * isWorkingDay('2025-08-18', calendarFromData(NATIONAL_CALENDAR_DATA, { asOf: '2025-08-07' }));
 * //=> false
 */
export function calendarFromData(data: unknown, options?: CalendarFromDataOptions): WorkingCalendar {
  const raw = requireRecord(data, 'data');
  if (raw.format !== CALENDAR_DATA_FORMAT) {
    throw new CalendarDataError('calendar_data', {
      field: 'format',
      problem: errorText('format_expected', { calendarDataFormat: CALENDAR_DATA_FORMAT }),
      entry: raw.format,
    });
  }
  const id = requireText(raw.id, 'id');
  const dataVersion = requireText(raw.dataVersion, 'dataVersion');
  const zone = normalizeZone(raw.zone, 'zone');
  const workingWeekdays =
    raw.workingWeekdays === undefined
      ? MONDAY_TO_FRIDAY
      : normalizeWorkingWeekdays(raw.workingWeekdays, 'workingWeekdays');
  optionalText(raw.about, 'about', raw.about);
  if (raw.compiledOn !== undefined) requireDate(raw.compiledOn, 'compiledOn');
  const decrees = readDecrees(raw.decrees);
  const days = readDays(raw.days, decrees);

  let lastIssued = Number.NEGATIVE_INFINITY;
  for (const decree of decrees.values()) lastIssued = Math.max(lastIssued, decree.issued);
  const asOfOption = options === undefined ? undefined : requireRecord(options, 'options').asOf;
  const asOf = asOfOption === undefined ? lastIssued : parseDayNumber(asOfOption, 'options.asOf');
  const known = [...decrees.values()].filter((d) => d.issued <= asOf);
  const coverage = coveredYears(decrees.values(), asOf);
  if (coverage === undefined) {
    const first = Math.min(...[...decrees.values()].filter((d) => d.type === 'skb').map((d) => d.issued));
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.asOf',
      value: asOfOption,
      expected: errorText('as_of_before_first_skb', { first: formatDayNumber(first) }),
    });
  }
  // Every year's days must come with that year's SKB, or a year outside the coverage would hold data.
  days.forEach((day, i) => {
    const year = Number(day.located.entry.date.slice(0, 4));
    if (![...decrees.values()].some((d) => d.type === 'skb' && d.year === year)) {
      throw new CalendarDataError('calendar_data', {
        field: `days[${i}].date`,
        problem: errorText('year_without_skb', { year }),
        entry: day.located.entry,
      });
    }
  });

  const nonWorking: Located<NonWorkingDay>[] = [];
  for (const day of days) {
    if (day.added > asOf || day.removed <= asOf) continue;
    const { entry } = day.located;
    // Only the fields of a NonWorkingDay go into the calendar; a confirmed day is no longer tentative.
    const { tentative, ...rest } = entry;
    const plain: NonWorkingDay = Object.freeze({
      date: rest.date,
      name: rest.name,
      kind: rest.kind,
      source: rest.source,
      ...(rest.region === undefined ? {} : { region: rest.region }),
      ...(tentative !== undefined && day.confirmed > asOf ? { tentative } : {}),
    });
    nonWorking.push({ ...day.located, entry: plain });
  }
  const latestKnown = Math.max(...known.map((d) => d.issued));
  return assembleCalendar({
    id,
    dataVersion: asOf >= lastIssued ? dataVersion : `${dataVersion}@${formatDayNumber(latestKnown)}`,
    zone,
    workingWeekdays,
    nonWorking,
    extraWorking: [],
    coverage,
    uncoveredYears: 'fixed_date_holidays',
  });
}
