import { daysFromCivil, yearOfDayNumber } from '../../_lib/dayNumber.js';
import { formatDayNumber } from '../../_lib/formatDayNumber.js';
import { tentativeSpan, tentativeVariants } from '../../calendar/_lib/tentative.js';
import { isWorkingDay } from '../../calendar/isWorkingDay.js';
import type { CoverageMode, WorkingCalendar } from '../../calendar/types.js';
import { CalendarCoverageError } from '../../errors/CalendarCoverageError.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';

/**
 * Working-day arithmetic on integer day numbers for the deadline engine, built once per calendar
 * from the calendar's own `isWorkingDay` (so it cannot disagree with the calendar layer) and then
 * answered from two typed arrays: no string, no `Date`, no allocation per question.
 *
 * Conventions are those of `addWorkingDays` / `countWorkingDays`: `add(d, n)` is the n-th working
 * day strictly after `d` (strictly before for n < 0; `d` itself for n = 0) and `count(a, b)` the
 * working days in `(a, b]`.
 */
export interface WorkingDays {
  isWorking(day: number): boolean;
  /** Working days in `(a, b]`, for `a <= b`. */
  count(a: number, b: number): number;
  add(day: number, n: number): number;
  /** Whether a day in `[first, last]` lies in a year the calendar's data does not cover. */
  touchesUncovered(first: number, last: number): boolean;
  /** Throws `CalendarCoverageError` in strict mode when `[first, last]` touches an uncovered year. */
  enforce(first: number, last: number, mode: CoverageMode): void;
  /** Whether a tentative day lies in `[first - 1, last + 1]`, so that its move could change an answer. */
  nearTentative(first: number, last: number): boolean;
  /** The working days with one tentative day moved by one day, for each tentative day and direction. */
  tentativeVariants(): readonly TentativeDays[];
  /** The calendar these working days are of. */
  calendarOf(): WorkingCalendar;
}

/** The working days of a calendar with one tentative day moved; `date` is the day's current date. */
export interface TentativeDays {
  readonly date: string;
  readonly days: WorkingDays;
}

// The index grows in whole years; these bound it to what the calendar layer itself can compute.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

class Index implements WorkingDays {
  private readonly calendar: WorkingCalendar;
  private readonly fromYear: number;
  private readonly toYear: number;
  /** The first and last day numbers the coverage includes. */
  private readonly coveredFrom: number;
  private readonly coveredTo: number;
  private lo = 0;
  private hi = -1;
  private firstYear = 0;
  private lastYear = -1;
  /** `cumulative[i]` = working days among `lo … lo + i - 1`. */
  private cumulative = new Int32Array(1);
  /** `working[k]` = the day number of the (k + 1)-th working day from `lo`. */
  private working = new Int32Array(0);
  private readonly tentativeFirst: number;
  private readonly tentativeLast: number;
  private variants: readonly TentativeDays[] | undefined;

  constructor(calendar: WorkingCalendar) {
    this.calendar = calendar;
    this.fromYear = calendar.coverage.fromYear;
    this.toYear = calendar.coverage.toYear;
    this.coveredFrom = daysFromCivil(this.fromYear, 1, 1);
    this.coveredTo = daysFromCivil(this.toYear, 12, 31);
    const span = tentativeSpan(calendar);
    this.tentativeFirst = span.first;
    this.tentativeLast = span.last;
  }

  calendarOf(): WorkingCalendar {
    return this.calendar;
  }

  nearTentative(first: number, last: number): boolean {
    return first <= last && last >= this.tentativeFirst && first <= this.tentativeLast;
  }

  tentativeVariants(): readonly TentativeDays[] {
    this.variants ??= tentativeVariants(this.calendar).map((v) => ({
      date: v.date,
      days: workingDaysOf(v.calendar),
    }));
    return this.variants;
  }

  private ensure(first: number, last: number): void {
    if (first >= this.lo && last <= this.hi) return;
    let fromYear = yearOfDayNumber(Math.min(first, this.hi < this.lo ? first : this.lo));
    let toYear = yearOfDayNumber(Math.max(last, this.hi < this.lo ? last : this.hi));
    // Grow by at least a few years at a time so that a long scan does not rebuild every step.
    if (this.hi >= this.lo) {
      if (fromYear < this.firstYear) fromYear = Math.min(fromYear, this.firstYear - 4);
      if (toYear > this.lastYear) toYear = Math.max(toYear, this.lastYear + 4);
    } else {
      fromYear = Math.min(fromYear, this.fromYear - 1);
      toYear = Math.max(toYear, this.toYear + 1);
    }
    fromYear = Math.max(fromYear, FIRST_YEAR);
    toYear = Math.min(toYear, LAST_YEAR);
    const lo = daysFromCivil(fromYear, 1, 1);
    const hi = daysFromCivil(toYear, 12, 31);
    if (first < lo || last > hi) {
      throw new InvalidArgumentError('date', formatDayNumber(first < lo ? first : last), {
        id: `diharapkan tanggal antara ${FIRST_YEAR}-01-01 dan ${LAST_YEAR}-12-31`,
        en: `expected a date between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`,
      });
    }
    const cumulative = new Int32Array(hi - lo + 2);
    const working = new Int32Array(hi - lo + 1);
    let count = 0;
    for (let d = lo; d <= hi; d++) {
      cumulative[d - lo] = count;
      const known = d >= this.lo && d <= this.hi;
      const isWorking = known
        ? this.cumulative[d - this.lo + 1]! - this.cumulative[d - this.lo]! === 1
        : isWorkingDay(formatDayNumber(d), this.calendar);
      if (isWorking) working[count++] = d;
    }
    cumulative[hi - lo + 1] = count;
    this.cumulative = cumulative;
    this.working = working.slice(0, count);
    this.lo = lo;
    this.hi = hi;
    this.firstYear = fromYear;
    this.lastYear = toYear;
  }

  isWorking(day: number): boolean {
    this.ensure(day, day);
    return this.cumulative[day - this.lo + 1]! - this.cumulative[day - this.lo]! === 1;
  }

  count(a: number, b: number): number {
    this.ensure(a, b);
    return this.cumulative[b - this.lo + 1]! - this.cumulative[a - this.lo + 1]!;
  }

  add(day: number, n: number): number {
    if (n === 0) return day;
    // The index grows (and its counts move) until the answer lies between `day` and a guess that
    // doubles each time: the same growth, and the same range error near 1900 or 2199, as a search.
    let guess = n > 0 ? day + n : day + n - 1;
    for (;;) {
      if (n > 0) this.ensure(day, guess);
      else this.ensure(guess, day);
      // Working days through `day` (n > 0) or before it (n < 0), and so the index of the answer.
      const k = n > 0 ? this.cumulative[day - this.lo + 1]! + n - 1 : this.cumulative[day - this.lo]! + n;
      if (k >= 0 && k < this.working.length) {
        const answer = this.working[k]!;
        if (n > 0 ? answer <= guess : answer > guess) return answer;
      }
      guess = n > 0 ? day + (guess - day) * 2 + 7 : day - (day - guess) * 2 - 7;
    }
  }

  touchesUncovered(first: number, last: number): boolean {
    if (first > last) return false;
    return first < this.coveredFrom || last > this.coveredTo;
  }

  enforce(first: number, last: number, mode: CoverageMode): void {
    if (mode !== 'strict' || !this.touchesUncovered(first, last)) return;
    const years: number[] = [];
    for (let y = yearOfDayNumber(first); y <= yearOfDayNumber(last); y++) {
      if (y < this.fromYear || y > this.toYear) years.push(y);
    }
    throw new CalendarCoverageError('calendar_coverage', {
      years,
      calendarId: this.calendar.id,
      dataVersion: this.calendar.dataVersion,
      coverage: this.calendar.coverage,
    });
  }
}

const indexes = new WeakMap<WorkingCalendar, Index>();
// The calendar used last and its index: most programs use one calendar.
let lastCalendar: WorkingCalendar | undefined;
let lastIndex: Index | undefined;

/** The working-day index of a calendar, built on first use and kept as long as the calendar lives. */
export function workingDaysOf(calendar: WorkingCalendar): WorkingDays {
  if (calendar === lastCalendar) return lastIndex!;
  let index = indexes.get(calendar);
  if (index === undefined) {
    // The calendar layer refuses (with InvalidArgumentError) anything that is not one of its calendars.
    isWorkingDay('2000-01-03', calendar);
    index = new Index(calendar);
    indexes.set(calendar, index);
  }
  lastCalendar = calendar;
  lastIndex = index;
  return index;
}
