import { daysFromCivil } from '../../_lib/dayNumber.js';
import { assertZone } from '../../_lib/zones.js';
import { CalendarDataError } from '../../errors/CalendarDataError.js';
import { errorText } from '../../i18n/errorMessages/index.js';
import type {
  CalendarCoverage,
  ExtraWorkingDay,
  NonWorkingDay,
  NonWorkingKind,
  UncoveredYearAssumption,
  Weekday,
  WorkingCalendar,
  WorkingCalendarPatch,
} from '../types.js';
import { type CalendarData, calendarData, registerCalendar } from './internals.js';
import {
  type Located,
  NON_WORKING_KINDS,
  normalizeAssumption,
  normalizeCoverage,
  normalizeExtraWorkingDay,
  normalizeNonWorkingDay,
  normalizeWorkingWeekdays,
  requireArray,
  requireDate,
  requireRecord,
  requireText,
} from './normalize.js';

/** Everything a calendar is made of, validated entry by entry but not yet checked as a whole. */
export interface CalendarParts {
  readonly id: string;
  readonly dataVersion: string;
  readonly zone: string;
  readonly workingWeekdays: readonly Weekday[];
  readonly nonWorking: readonly Located<NonWorkingDay>[];
  readonly extraWorking: readonly Located<ExtraWorkingDay>[];
  readonly coverage: CalendarCoverage;
  readonly uncoveredYears: UncoveredYearAssumption;
}

function duplicateKey(located: Located<NonWorkingDay>): string {
  const { entry } = located;
  // Two different holidays on one date are real (2021-05-13: Kenaikan Isa Al Masih and Idul Fitri);
  // the same holiday twice is a data error. "Same" = same date, kind, region and Indonesian name.
  return `${located.dayNumber}|${entry.kind}|${entry.region ?? ''}|${entry.name.id.trim().toLowerCase()}`;
}

function checkConsistency(parts: CalendarParts): void {
  const seen = new Map<string, Located<NonWorkingDay>>();
  const nonWorkingDates = new Map<number, Located<NonWorkingDay>>();
  for (const located of parts.nonWorking) {
    const key = duplicateKey(located);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new CalendarDataError('calendar_data', {
        field: located.field,
        problem: errorText('duplicate_non_working_day', {
          date: located.entry.date,
          kind: located.entry.kind,
          id: located.entry.name.id,
          field: earlier.field,
        }),
        entry: located.entry,
        duplicateOf: earlier.field,
      });
    }
    seen.set(key, located);
    if (!nonWorkingDates.has(located.dayNumber)) nonWorkingDates.set(located.dayNumber, located);
  }
  const extraDates = new Map<number, Located<ExtraWorkingDay>>();
  for (const located of parts.extraWorking) {
    const earlier = extraDates.get(located.dayNumber);
    if (earlier !== undefined) {
      throw new CalendarDataError('calendar_data', {
        field: located.field,
        problem: errorText('duplicate_extra_working_day', { date: located.entry.date, field: earlier.field }),
        entry: located.entry,
        duplicateOf: earlier.field,
      });
    }
    extraDates.set(located.dayNumber, located);
    const clash = nonWorkingDates.get(located.dayNumber);
    if (clash !== undefined) {
      throw new CalendarDataError('calendar_data', {
        field: located.field,
        problem: errorText('extra_working_day_is_holiday', {
          date: located.entry.date,
          field: clash.field,
          name: clash.entry.name,
        }),
        entry: located.entry,
        conflictsWith: clash.field,
      });
    }
  }
}

function byDayNumber<T>(a: Located<T>, b: Located<T>): number {
  return a.dayNumber - b.dayNumber;
}

/** Checks the parts as a whole and makes the frozen calendar. */
export function assembleCalendar(parts: CalendarParts, shared?: CalendarData): WorkingCalendar {
  let data = shared;
  if (data === undefined) {
    checkConsistency(parts);
    // Array.prototype.sort is stable, so entries on one date keep the order they were given in.
    const nonWorking = [...parts.nonWorking].sort(byDayNumber);
    const extraWorking = [...parts.extraWorking].sort(byDayNumber);
    let mask = 0;
    for (const weekday of parts.workingWeekdays) mask |= 1 << weekday;
    const tentativeEntries: number[] = [];
    nonWorking.forEach((located, i) => {
      if (located.entry.tentative !== undefined) tentativeEntries.push(i);
    });
    const firstTentative = tentativeEntries.length > 0 ? nonWorking[tentativeEntries[0]!]!.dayNumber : 1;
    const lastTentative = tentativeEntries.length > 0 ? nonWorking[tentativeEntries.at(-1)!]!.dayNumber : -1;
    data = {
      workingWeekdayMask: mask,
      nonWorkingDays: Object.freeze(nonWorking.map((located) => located.entry)),
      nonWorkingDayNumbers: Int32Array.from(nonWorking, (located) => located.dayNumber),
      extraWorkingDays: Object.freeze(extraWorking.map((located) => located.entry)),
      extraWorkingDayNumbers: Int32Array.from(extraWorking, (located) => located.dayNumber),
      coverage: parts.coverage,
      coverageFirstDay: daysFromCivil(parts.coverage.fromYear, 1, 1),
      coverageLastDay: daysFromCivil(parts.coverage.toYear, 12, 31),
      uncoveredYears: parts.uncoveredYears,
      tentativeEntries: Int32Array.from(tentativeEntries),
      tentativeFirst: firstTentative - 1,
      tentativeLast: lastTentative + 1,
      tentativeFlags: undefined,
      table: undefined,
    };
  }
  const sharedData = data;
  const calendar: WorkingCalendar = {
    id: parts.id,
    dataVersion: parts.dataVersion,
    zone: parts.zone,
    workingWeekdays: parts.workingWeekdays,
    nonWorkingDays: sharedData.nonWorkingDays,
    extraWorkingDays: sharedData.extraWorkingDays,
    coverage: parts.coverage,
    uncoveredYears: parts.uncoveredYears,
    extend: (patch: WorkingCalendarPatch): WorkingCalendar => extendCalendar(calendar, patch),
    withZone: (zone: string): WorkingCalendar => {
      assertZone(zone, 'zone');
      if (zone === calendar.zone) return calendar;
      // Same days, same table: only the zone in which instants are read changes.
      return assembleCalendar({ ...partsOf(calendar), zone }, sharedData);
    },
  };
  // Registered (and branded) before it is frozen.
  registerCalendar(calendar, sharedData);
  Object.freeze(calendar);
  return calendar;
}

/** The parts of an existing calendar, each entry located at its index in the calendar's lists. */
function partsOf(calendar: WorkingCalendar): CalendarParts {
  const data = calendarData(calendar);
  return {
    id: calendar.id,
    dataVersion: calendar.dataVersion,
    zone: calendar.zone,
    workingWeekdays: calendar.workingWeekdays,
    nonWorking: calendar.nonWorkingDays.map((entry, i) => ({
      entry,
      dayNumber: data.nonWorkingDayNumbers[i]!,
      field: `nonWorkingDays[${i}]`,
    })),
    extraWorking: calendar.extraWorkingDays.map((entry, i) => ({
      entry,
      dayNumber: data.extraWorkingDayNumbers[i]!,
      field: `extraWorkingDays[${i}]`,
    })),
    coverage: calendar.coverage,
    uncoveredYears: calendar.uncoveredYears,
  };
}

function mergeCoverage(current: CalendarCoverage, added: CalendarCoverage, field: string): CalendarCoverage {
  if (added.fromYear > current.toYear + 1 || added.toYear < current.fromYear - 1) {
    throw new CalendarDataError('calendar_data', {
      field,
      problem: errorText('coverage_gap', {
        fromYear: added.fromYear,
        toYear: added.toYear,
        fromYear2: current.fromYear,
        toYear2: current.toYear,
      }),
      entry: added,
    });
  }
  return Object.freeze({
    fromYear: Math.min(current.fromYear, added.fromYear),
    toYear: Math.max(current.toYear, added.toYear),
  });
}

function removeNonWorking(
  entries: readonly Located<NonWorkingDay>[],
  refs: readonly unknown[],
): readonly Located<NonWorkingDay>[] {
  let remaining = entries;
  refs.forEach((ref, i) => {
    const field = `patch.remove[${i}]`;
    const raw = typeof ref === 'string' ? { date: ref } : requireRecord(ref, field);
    const dayNumber = requireDate(raw.date, `${field}.date`, ref);
    let kind: NonWorkingKind | undefined;
    if (raw.kind !== undefined) {
      if (typeof raw.kind !== 'string' || !(NON_WORKING_KINDS as readonly string[]).includes(raw.kind)) {
        throw new CalendarDataError('calendar_data', {
          field: `${field}.kind`,
          problem: errorText('unknown_non_working_kind', { nonWorkingKinds: NON_WORKING_KINDS.join(', ') }),
          entry: ref,
        });
      }
      kind = raw.kind as NonWorkingKind;
    }
    const name = raw.name === undefined ? undefined : requireText(raw.name, `${field}.name`, ref);
    const matches = (located: Located<NonWorkingDay>): boolean =>
      located.dayNumber === dayNumber &&
      (kind === undefined || located.entry.kind === kind) &&
      (name === undefined || located.entry.name.id === name);
    const kept = remaining.filter((located) => !matches(located));
    if (kept.length === remaining.length) {
      // Cancelling a day that is not there is almost always a typo in the date; say so.
      throw new CalendarDataError('calendar_data', {
        field,
        problem: errorText('no_non_working_day_to_cancel', { date: String(raw.date) }),
        entry: ref,
      });
    }
    remaining = kept;
  });
  return remaining;
}

function removeExtraWorking(
  entries: readonly Located<ExtraWorkingDay>[],
  dates: readonly unknown[],
): readonly Located<ExtraWorkingDay>[] {
  let remaining = entries;
  dates.forEach((date, i) => {
    const field = `patch.removeExtraWorkingDays[${i}]`;
    const dayNumber = requireDate(date, field);
    const kept = remaining.filter((located) => located.dayNumber !== dayNumber);
    if (kept.length === remaining.length) {
      throw new CalendarDataError('calendar_data', {
        field,
        problem: errorText('no_extra_working_day_to_cancel', { date: String(date) }),
        entry: date,
      });
    }
    remaining = kept;
  });
  return remaining;
}

/** `calendar.extend(patch)`: removals first, then additions; the result is validated as a whole. */
export function extendCalendar(calendar: WorkingCalendar, patch: WorkingCalendarPatch): WorkingCalendar {
  const raw = requireRecord(patch, 'patch');
  const current = partsOf(calendar);
  const dataVersion = requireText(raw.dataVersion, 'patch.dataVersion');
  const id = raw.id === undefined ? current.id : requireText(raw.id, 'patch.id');
  const kept = removeNonWorking(current.nonWorking, requireArray(raw.remove, 'patch.remove'));
  const added = requireArray(raw.add, 'patch.add').map((entry, i) =>
    normalizeNonWorkingDay(entry, `patch.add[${i}]`),
  );
  const keptExtra = removeExtraWorking(
    current.extraWorking,
    requireArray(raw.removeExtraWorkingDays, 'patch.removeExtraWorkingDays'),
  );
  const addedExtra = requireArray(raw.addExtraWorkingDays, 'patch.addExtraWorkingDays').map((entry, i) =>
    normalizeExtraWorkingDay(entry, `patch.addExtraWorkingDays[${i}]`),
  );
  return assembleCalendar({
    id,
    dataVersion,
    zone: current.zone,
    workingWeekdays:
      raw.workingWeekdays === undefined
        ? current.workingWeekdays
        : normalizeWorkingWeekdays(raw.workingWeekdays, 'patch.workingWeekdays'),
    nonWorking: [...kept, ...added],
    extraWorking: [...keptExtra, ...addedExtra],
    coverage:
      raw.coverage === undefined
        ? current.coverage
        : mergeCoverage(
            current.coverage,
            normalizeCoverage(raw.coverage, 'patch.coverage'),
            'patch.coverage',
          ),
    uncoveredYears:
      raw.uncoveredYears === undefined
        ? current.uncoveredYears
        : normalizeAssumption(raw.uncoveredYears, 'patch.uncoveredYears'),
  });
}
