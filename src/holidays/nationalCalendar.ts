import { createWorkingCalendar } from '../calendar/createWorkingCalendar.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { ZONES } from '../calendar/types.js';
import { NATIONAL_COVERAGE, NATIONAL_DATA_VERSION, NATIONAL_NON_WORKING_DAYS } from './nationalHolidays.js';

/**
 * Indonesia's national working calendar for government offices, 2018-2026: Monday to Friday, minus
 * every libur nasional (SKB 3 Menteri and election-day Keppres) and every cuti bersama, with all
 * amendments applied; zone Asia/Jakarta (WIB). `dataVersion` is {@link NATIONAL_DATA_VERSION}.
 *
 * Years after 2026 are not covered: results that reach them are provisional (weekends and the five
 * fixed-date holidays assumed) until the new SKB is added with `nationalCalendar.extend(...)`.
 * Use `nationalCalendar.withZone(ZONES.WIT)` for offices in WIT (the dates are the same).
 *
 * @example
 * import { addWorkingDays, nationalCalendar } from 'pengaduan';
 *
 * addWorkingDays('2025-03-27', 3, nationalCalendar).date;
 * //=> '2025-04-10'
 * nationalCalendar.dataVersion;
 * //=> 'id-2018-2026.1'
 */
export const nationalCalendar: WorkingCalendar = /* @__PURE__ */ createWorkingCalendar({
  id: 'id-national',
  dataVersion: NATIONAL_DATA_VERSION,
  zone: ZONES.WIB,
  coverage: NATIONAL_COVERAGE,
  nonWorkingDays: NATIONAL_NON_WORKING_DAYS,
});
