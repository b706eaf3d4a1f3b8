// Public surface of the calendar layer: civil dates, working-day arithmetic, zones, and the errors this
// layer throws. `nationalCalendar` is not here: it is built from the official data in holidays/, the
// layer above this one (test/architecture/layers.test.ts keeps the dependency one-way).

export type { CalendarCoverageErrorDetails } from '../errors/CalendarCoverageError.js';
export { CalendarCoverageError } from '../errors/CalendarCoverageError.js';
export { CalendarDataError } from '../errors/CalendarDataError.js';
export type { CalendarTentativeErrorDetails } from '../errors/CalendarTentativeError.js';
export { CalendarTentativeError } from '../errors/CalendarTentativeError.js';
export { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
export { InvalidDateError } from '../errors/InvalidDateError.js';
export { addCalendarDays } from './addCalendarDays.js';
export type { AddWorkingDaysOptions } from './addWorkingDays.js';
export { addWorkingDays } from './addWorkingDays.js';
export { civilDateOf } from './civilDateOf.js';
export type { CountWorkingDaysOptions } from './countWorkingDays.js';
export { countWorkingDays } from './countWorkingDays.js';
export type { WorkingCalendarOptions } from './createWorkingCalendar.js';
export { createWorkingCalendar } from './createWorkingCalendar.js';
export type { DateDescription, DescribeDateOptions } from './describeDate.js';
export { describeDate } from './describeDate.js';
export { endOfCivilDay } from './endOfCivilDay.js';
export type { FixedDateHoliday } from './fixedDateHolidays.js';
export { FIXED_DATE_HOLIDAYS } from './fixedDateHolidays.js';
export type { FormatForPeopleOptions } from './formatDateForPeople.js';
export { formatDateForPeople } from './formatDateForPeople.js';
export { formatInstant } from './formatInstant.js';
export { formatInstantForPeople } from './formatInstantForPeople.js';
export { fromDayNumber } from './fromDayNumber.js';
export { isCivilDate } from './isCivilDate.js';
export type { IsWorkingDayOptions } from './isWorkingDay.js';
export { isWorkingDay } from './isWorkingDay.js';
export { listNonWorkingDays } from './listNonWorkingDays.js';
export type { NextWorkingDayOptions } from './nextWorkingDay.js';
export { nextWorkingDay } from './nextWorkingDay.js';
export { parseCivilDate } from './parseCivilDate.js';
export { startOfCivilDay } from './startOfCivilDay.js';
export { toDayNumber } from './toDayNumber.js';
export { toEpochMilliseconds } from './toEpochMilliseconds.js';
export { toTZDate } from './toTZDate.js';
export type {
  CalendarCoverage,
  CivilDate,
  CivilDateInput,
  CoverageMode,
  CoverageOptions,
  ExtraWorkingDay,
  IndonesianZone,
  Instant,
  InstantInput,
  NonWorkingDay,
  NonWorkingDayRef,
  NonWorkingKind,
  TentativeMark,
  TentativeMode,
  UncoveredYearAssumption,
  Weekday,
  WorkingCalendar,
  WorkingCalendarPatch,
  WorkingDateResult,
  WorkingDayCount,
} from './types.js';
export { ZONES } from './types.js';
export { weekdayOf } from './weekdayOf.js';
