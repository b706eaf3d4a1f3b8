// Public surface of the holidays layer: Indonesia's official non-working days as data, the calendar
// data format and its loader, and regional layers.
export { calendarFromData } from './calendarFromData.js';
export {
  NATIONAL_COVERAGE,
  NATIONAL_DATA_VERSION,
  NATIONAL_NON_WORKING_DAYS,
  nationalCalendar,
} from './nationalCalendar.js';
export { nationalCalendarAsOf } from './nationalCalendarAsOf.js';
export { NATIONAL_CALENDAR_DATA } from './nationalData.js';
export type { DecreeConfidence, NationalYearDecrees } from './nationalDecrees.js';
export { NATIONAL_DECREES } from './nationalDecrees.js';
export type {
  CalendarDataDay,
  CalendarDataFile,
  CalendarDecree,
  CalendarFromDataOptions,
  DecreeType,
  SourceStrength,
} from './types.js';
export type { RegionalDay, RegionalDecree } from './withRegionalDays.js';
export { withRegionalDays } from './withRegionalDays.js';
