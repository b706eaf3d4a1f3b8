import type { WorkingCalendar } from '../types.js';
import { type CalendarData, calendarData, workingDayTable } from './internals.js';

/**
 * A calendar's working days as plain data, for an engine above the calendar layer that does its own
 * day-number arithmetic (the SLA engine mixes several computations per clock): the calendar layer's
 * own table, so that the two cannot disagree and nothing is built twice. Read it with the window of
 * `window.ts`: `cumulative[d - WINDOW_START]` working days lie before day `d`, and
 * `workingOffsets[k] + WINDOW_START` is the (k + 1)-th working day of the window.
 */
export interface WorkingDays {
  readonly calendar: WorkingCalendar;
  /** For the coverage and tentative helpers (`uncoveredYearsIn`, `tentativeFirst` …). */
  readonly data: CalendarData;
  readonly cumulative: Int32Array;
  readonly workingOffsets: Int32Array;
}

/**
 * The working days of a calendar (its table is built on first use and kept with the calendar);
 * `InvalidArgumentError` for anything that is not a calendar of this copy, as every calendar function.
 */
export function workingDaysOf(calendar: WorkingCalendar): WorkingDays {
  const data = calendarData(calendar);
  const { cumulative, workingOffsets } = workingDayTable(data);
  return { calendar, data, cumulative, workingOffsets };
}
