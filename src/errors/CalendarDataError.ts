import { describeName, describeValue } from '../_lib/describeValue.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { LocalizedText } from '../i18n/types.js';
import type { CalendarDataErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What a `CalendarDataError` is built from. */
export interface CalendarDataErrorInput {
  /** Where the problem is, e.g. `'nonWorkingDays[3].kind'`. */
  readonly field: string;
  /** What is wrong and what was expected, in Bahasa Indonesia and English (kept in English in `details.problem`). */
  readonly problem: LocalizedText;
  /** The offending entry as received. */
  readonly entry?: unknown;
  readonly [key: string]: unknown;
}

/**
 * The data given to `createWorkingCalendar` or `calendar.extend` is inconsistent: a malformed date in
 * an entry, an unknown kind, the same holiday listed twice, an extra working day that is also a
 * non-working day, a coverage whose `fromYear` is after its `toYear`, a cancellation of a date that
 * is not in the calendar.
 *
 * `code` is `'calendar_data'`; `details.field` names where the problem is (e.g.
 * `'nonWorkingDays[3].date'`) and `details.entry` holds the offending entry as received.
 */
export class CalendarDataError extends PengaduanError {
  override readonly name: string = 'CalendarDataError';
  declare readonly code: CalendarDataErrorCode;

  /**
   * @param code - `'calendar_data'`
   * @param input - the field, the problem and usually the offending `entry`
   * @param options - `cause`
   */
  constructor(code: CalendarDataErrorCode, input: CalendarDataErrorInput, options?: ErrorOptions) {
    const { field, problem, ...details } = input;
    const shown = 'entry' in details ? ` (${describeEntry(details.entry)})` : '';
    const where = describeName(field);
    super(
      code,
      errorText('calendar_data', { where, shown, problem }),
      { field, problem: problem.en, ...details },
      options,
    );
  }
}

/** A short rendering of the offending entry: a value as written, an object as compact JSON. */
function describeEntry(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return describeValue(entry);
  let json: string;
  try {
    json = JSON.stringify(entry);
  } catch {
    return describeValue(entry);
  }
  return json.length > 100 ? `${json.slice(0, 97)}...` : json;
}
