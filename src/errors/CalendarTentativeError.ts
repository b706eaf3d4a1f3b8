import { errorText } from '../i18n/errorMessages/index.js';
import type { CalendarTentativeErrorCode } from './codes.js';
import { PengaduanError } from './PengaduanError.js';

/** What the tentative-day error reports: the days whose move would change the answer. */
export interface CalendarTentativeErrorDetails {
  /** The tentative days (current dates, `YYYY-MM-DD`) whose move by one day would change the answer. */
  readonly days: readonly string[];
  /** The calendar's `id`. */
  readonly calendarId: string;
  /** The calendar's `dataVersion`, the version of its holiday data. */
  readonly dataVersion: string;
}

/**
 * A computation in `{ tentative: 'strict' }` mode gave an answer that would change if a tentative
 * day (Idulfitri or Iduladha before the sidang isbat, and the cuti bersama around them) moved by one
 * day. The fix is to wait for the Keputusan Menteri Agama and add it to the calendar (confirm or move
 * the day with `calendar.extend`), or to accept the marked answer with the default
 * `{ tentative: 'mark' }`.
 *
 * `code` is `'calendar_tentative'`; `details.days` lists the tentative days involved.
 */
export class CalendarTentativeError extends PengaduanError {
  override readonly name: string = 'CalendarTentativeError';
  declare readonly code: CalendarTentativeErrorCode;
  declare readonly details: Readonly<CalendarTentativeErrorDetails>;

  /**
   * @param code - `'calendar_tentative'`
   * @param details - the tentative days involved and the calendar
   * @param options - `cause`
   */
  constructor(
    code: CalendarTentativeErrorCode,
    details: CalendarTentativeErrorDetails,
    options?: ErrorOptions,
  ) {
    const days = details.days.join(', ');
    super(
      code,
      errorText('calendar_tentative', {
        days,
        calendarId: details.calendarId,
        dataVersion: details.dataVersion,
      }),
      { ...details, days: Object.freeze([...details.days]) },
      options,
    );
  }
}
