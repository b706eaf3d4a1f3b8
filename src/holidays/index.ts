// Public surface of the holidays layer: Indonesia's official non-working days as data.
export { nationalCalendar } from './nationalCalendar.js';
export type { DecreeConfidence, NationalYearDecrees } from './nationalDecrees.js';
export { NATIONAL_DECREES } from './nationalDecrees.js';
export { NATIONAL_COVERAGE, NATIONAL_DATA_VERSION, NATIONAL_NON_WORKING_DAYS } from './nationalHolidays.js';
