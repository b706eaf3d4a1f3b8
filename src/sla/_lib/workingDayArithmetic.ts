import { formatDayNumber } from '../../_lib/formatDayNumber.js';
import { enforceCoverage, uncoveredYearsIn } from '../../calendar/_lib/coverage.js';
import { WINDOW_END, WINDOW_FIRST_YEAR, WINDOW_LAST_YEAR, WINDOW_START } from '../../calendar/_lib/window.js';
import type { WorkingDays } from '../../calendar/_lib/workingDaysOf.js';
import { InvalidArgumentError } from '../../errors/InvalidArgumentError.js';
import { slaText } from '../../i18n/errorMessages/sla.js';

/*
 * Working-day arithmetic on day numbers over the calendar layer's own table (`workingDaysOf`), for
 * the engine, which mixes several such computations per clock and so cannot call `addWorkingDays`
 * (strings in, objects out). Conventions are those of `addWorkingDays` / `countWorkingDays`:
 * `addWorking(days, d, n)` is the n-th working day strictly after `d` (strictly before for n < 0; `d`
 * itself for n = 0) and `countWorking(days, a, b)` the working days in `(a, b]`.
 */

/**
 * The engine's refusal of a day outside 1900-2199 (the window of the calendar's table), in the words
 * and with the value it has always given: `first` when it lies before the window, else `last`.
 */
function outsideWindow(first: number, last: number): never {
  throw new InvalidArgumentError('invalid_argument', {
    argument: 'date',
    value: formatDayNumber(first < WINDOW_START ? first : last),
    expected: slaText('engine_window_date_expected', {
      windowFirstYear: WINDOW_FIRST_YEAR,
      windowLastYear: WINDOW_LAST_YEAR,
    }),
  });
}

export function isWorking(days: WorkingDays, day: number): boolean {
  if (day < WINDOW_START || day > WINDOW_END) outsideWindow(day, day);
  const at = day - WINDOW_START;
  return days.cumulative[at + 1]! - days.cumulative[at]! === 1;
}

/** Working days in `(a, b]`, for `a <= b`. */
export function countWorking(days: WorkingDays, a: number, b: number): number {
  if (a < WINDOW_START || b > WINDOW_END) outsideWindow(a, b);
  return days.cumulative[b - WINDOW_START + 1]! - days.cumulative[a - WINDOW_START + 1]!;
}

export function addWorking(days: WorkingDays, day: number, n: number): number {
  if (n === 0) return day;
  if (day >= WINDOW_START && day <= WINDOW_END) {
    const at = day - WINDOW_START;
    const k = n > 0 ? days.cumulative[at + 1]! + n - 1 : days.cumulative[at]! + n;
    if (k >= 0 && k < days.workingOffsets.length) {
      const answer = days.workingOffsets[k]! + WINDOW_START;
      // Far enough from the window's edges that the search below would not have reached past them.
      if (n > 0 ? answer + (answer - day) + 7 <= WINDOW_END : answer - (day - answer) - 7 >= WINDOW_START) {
        return answer;
      }
    }
  }
  return addNearWindowEdge(days, day, n);
}

/**
 * `addWorking` near 1900 or 2199 or past them. The engine used to answer with a search whose guess
 * doubled each time, and refused the date of the first guess that left the window, even when the
 * answer lay inside it; reports and errors must not change, so this repeats that search exactly.
 * A guess's distance from `day` is below twice the answer's plus 7, which is what `addWorking` checks.
 */
function addNearWindowEdge(days: WorkingDays, day: number, n: number): number {
  let guess = n > 0 ? day + n : day + n - 1;
  for (;;) {
    const first = n > 0 ? day : guess;
    const last = n > 0 ? guess : day;
    if (first < WINDOW_START || last > WINDOW_END) outsideWindow(first, last);
    const at = day - WINDOW_START;
    const k = n > 0 ? days.cumulative[at + 1]! + n - 1 : days.cumulative[at]! + n;
    if (k >= 0 && k < days.workingOffsets.length) {
      const answer = days.workingOffsets[k]! + WINDOW_START;
      if (n > 0 ? answer <= guess : answer > guess) return answer;
    }
    guess = n > 0 ? day + (guess - day) * 2 + 7 : day - (day - guess) * 2 - 7;
  }
}

/** Whether a day in `[first, last]` lies in a year the calendar's data does not cover. */
export function touchesUncovered(days: WorkingDays, first: number, last: number): boolean {
  return first <= last && (first < days.data.coverageFirstDay || last > days.data.coverageLastDay);
}

/** Throws `CalendarCoverageError` (the calendar layer's) when `[first, last]` touches an uncovered year. */
export function enforceCoverageStrictly(days: WorkingDays, first: number, last: number): void {
  if (touchesUncovered(days, first, last)) {
    enforceCoverage(days.calendar, 'strict', uncoveredYearsIn(days.data, first, last));
  }
}

/** Whether a tentative day lies in `[first - 1, last + 1]`, so that its move could change an answer. */
export function nearTentative(days: WorkingDays, first: number, last: number): boolean {
  return first <= last && last >= days.data.tentativeFirst && first <= days.data.tentativeLast;
}
