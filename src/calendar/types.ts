import type { TZDate } from '@date-fns/tz';
import type { LocalizedText } from '../i18n/types.js';

/**
 * A civil date, `YYYY-MM-DD` (like Temporal's PlainDate): a day on the calendar, independent of any
 * time zone. Every date at the public API is one of these; inside, dates are integer day numbers.
 */
export type CivilDate = string;

/** An instant as an ISO 8601 string with an explicit offset or `Z`, e.g. `2025-03-27T16:30:00+07:00`. */
export type Instant = string;

/**
 * What a function that needs a civil date accepts: a `CivilDate` string, or a `TZDate` from
 * `@date-fns/tz`, whose date is read in its own zone. A `Date` without a zone is refused (a compile
 * error here, an `InvalidDateError` at run time): its date depends on a zone, and the host's is never read.
 */
export type CivilDateInput = CivilDate | TZDate;

/** What a function that needs an instant accepts: an `Instant` string, or a `Date` (a `TZDate` too). */
export type InstantInput = Instant | Date;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The zones of Indonesia's government offices. Any IANA zone is accepted where a zone is asked for. */
export type IndonesianZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** WIB, WITA and WIT by their IANA names. */
export const ZONES = {
  /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
  WIB: 'Asia/Jakarta',
  /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan. */
  WITA: 'Asia/Makassar',
  /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
  WIT: 'Asia/Jayapura',
} as const satisfies Record<string, IndonesianZone>;

/**
 * Why a day is not a working day:
 * - `national_holiday`: hari libur nasional (SKB 3 Menteri, or a Keppres such as an election day);
 * - `collective_leave`: cuti bersama (SKB, binding on ASN by Keppres);
 * - `regional`: a province's or regency's own day off (Bali's Galungan, Papua's 5 February);
 * - `office_closure`: a closure of one office (disaster, renovation) declared by its head.
 */
export type NonWorkingKind = 'national_holiday' | 'collective_leave' | 'regional' | 'office_closure';

/**
 * A date the decree itself leaves to a later decision: Idulfitri and Iduladha are fixed in the SKB but
 * set finally by a Keputusan Menteri Agama after the sidang isbat, and may move by a day. `decidedBy`
 * names what will decide it. Results that such a move would change say so (`tentative: true`).
 */
export interface TentativeMark {
  /** What will fix the date, e.g. the Keputusan Menteri Agama after the sidang isbat. */
  readonly decidedBy: string;
}

/** One non-working date with its name and the decree that fixes it. */
export interface NonWorkingDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** The day's name, in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** Why it is not a working day. */
  readonly kind: NonWorkingKind;
  /** The decree (SKB, Keppres, SE Gubernur …) that fixes the final date. */
  readonly source: string;
  /** For `regional` days: the region it applies to (Kemendagri code or name), e.g. `'51'` for Bali. */
  readonly region?: string;
  /** Present when the date can still move by a day (a lunar holiday before its isbat). */
  readonly tentative?: TentativeMark;
}

/** A date that is a working day although its weekday is not (a make-up Saturday, hari kerja pengganti). */
export interface ExtraWorkingDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** The day's name (e.g. "hari kerja pengganti"), in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** The decree that makes it a working day. */
  readonly source: string;
}

/** The span of years whose official non-working days the calendar knows, inclusive. */
export interface CalendarCoverage {
  /** The first covered year. */
  readonly fromYear: number;
  /** The last covered year. */
  readonly toYear: number;
}

/**
 * What to assume for a year outside the coverage: only weekends, or weekends plus the holidays that
 * fall on a fixed date by law (1 January, 1 May, 1 June, 17 August, 25 December). Either way a result
 * that touches such a year is provisional.
 */
export type UncoveredYearAssumption = 'weekends_only' | 'fixed_date_holidays';

/** `provisional` (default): answer and say so; `strict`: throw `CalendarCoverageError`. */
export type CoverageMode = 'provisional' | 'strict';

/** A reference to a non-working day to cancel in `calendar.extend({ remove })`. */
export interface NonWorkingDayRef {
  /** The date of the entry to remove, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** Only entries of this kind are removed; all entries on the date when omitted. */
  readonly kind?: NonWorkingKind;
  /** Only the entry with this Indonesian name is removed (e.g. one of two holidays on one date). */
  readonly name?: string;
}

/**
 * A change to a calendar: next year's SKB, a mid-year amendment that moves or cancels a day, or a
 * province's own days off. `calendar.extend(patch)` applies it and returns a new calendar; the
 * original is unchanged. Removals are applied before additions, so a moved day is one `remove` and
 * one `add`.
 */
export interface WorkingCalendarPatch {
  /** The new calendar's data version, e.g. `'id-2018-2027.1'`. Required: every change is traceable. */
  readonly dataVersion: string;
  /** A new id, e.g. `'id-papua'` for a regional variant; the original's id when omitted. */
  readonly id?: string;
  /** Non-working days to add. */
  readonly add?: readonly NonWorkingDay[];
  /** Non-working days to cancel: a date (every entry on it) or a reference narrowed by kind or name. */
  readonly remove?: readonly (CivilDate | NonWorkingDayRef)[];
  /** Extra working days (hari kerja pengganti) to add. */
  readonly addExtraWorkingDays?: readonly ExtraWorkingDay[];
  /** Extra working days to cancel, by date. */
  readonly removeExtraWorkingDays?: readonly CivilDate[];
  /**
   * Years the calendar now covers. Merged with the current coverage; must overlap or touch it
   * (2018-2026 + 2027-2027 = 2018-2027), so that no year in between is claimed without data.
   */
  readonly coverage?: CalendarCoverage;
  /** A new working week, e.g. `[1, 2, 3, 4, 5, 6]` for an office that works on Saturdays. */
  readonly workingWeekdays?: readonly Weekday[];
  /** A new assumption for uncovered years. */
  readonly uncoveredYears?: UncoveredYearAssumption;
}

/**
 * An immutable (frozen) working-day calendar: the working week, the official non-working days, the
 * extra working days, the years its data covers and the zone of the offices it describes. Create one
 * with `createWorkingCalendar`, or start from `nationalCalendar`.
 */
export interface WorkingCalendar {
  /** What this calendar is, e.g. `'id-national'`. */
  readonly id: string;
  /** Which data it holds, e.g. `'id-2018-2026.1'`: quote it next to every deadline computed with it. */
  readonly dataVersion: string;
  /** The IANA zone of the offices that follow it; default `'Asia/Jakarta'` (WIB). */
  readonly zone: string;
  /** ISO weekdays that are working days, ascending; default Monday-Friday `[1, 2, 3, 4, 5]`. */
  readonly workingWeekdays: readonly Weekday[];
  /** Official non-working days, sorted by date (entries on one date keep their given order). */
  readonly nonWorkingDays: readonly NonWorkingDay[];
  /** Dates that are working days although their weekday is not, sorted by date. */
  readonly extraWorkingDays: readonly ExtraWorkingDay[];
  /** The years whose official non-working days the calendar knows, inclusive. */
  readonly coverage: CalendarCoverage;
  /** What is assumed for years outside the coverage; default `'fixed_date_holidays'`. */
  readonly uncoveredYears: UncoveredYearAssumption;
  /** A new calendar with the patch applied (validated like `createWorkingCalendar`'s options). */
  extend(patch: WorkingCalendarPatch): WorkingCalendar;
  /** The same calendar for offices in another zone (the dates do not change; instants do). */
  withZone(zone: string): WorkingCalendar;
}

/** `mark` (default): answer and say `tentative: true`; `strict`: throw `CalendarTentativeError`. */
export type TentativeMode = 'mark' | 'strict';

/** Options shared by every working-day computation. */
export interface CoverageOptions {
  /**
   * What to do when the computation touches a year outside the calendar's coverage:
   * `'provisional'` (default) answers with `provisional: true`; `'strict'` throws `CalendarCoverageError`.
   */
  readonly coverage?: CoverageMode;
  /**
   * What to do when the answer would change if a tentative day (see {@link TentativeMark}) moved one
   * day earlier or later: `'mark'` (default) answers with `tentative: true`; `'strict'` throws
   * `CalendarTentativeError`.
   */
  readonly tentative?: TentativeMode;
}

/** A date found by working-day arithmetic, and whether it rests on data the calendar does not have. */
export interface WorkingDateResult {
  /** The date found, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** `true` when a day the computation had to classify lies in a year outside the coverage. */
  readonly provisional: boolean;
  /** Those years, ascending; empty when not provisional. */
  readonly uncoveredYears: readonly number[];
  /**
   * `true` when the date would be different if one tentative day of the calendar moved one day
   * earlier or later, every other day staying where it is (see docs/calendar.md, "Tentative days").
   */
  readonly tentative: boolean;
  /** Those tentative days (their current dates), ascending; empty when not tentative. */
  readonly tentativeDays: readonly CivilDate[];
}

/** A number of working days, and whether it rests on data the calendar does not have. */
export interface WorkingDayCount {
  /** The working days in `(from, to]`; negative when `to` is before `from` (see `countWorkingDays`). */
  readonly days: number;
  /** `true` when a day of the span lies in a year outside the coverage. */
  readonly provisional: boolean;
  /** Those years, ascending; empty when not provisional. */
  readonly uncoveredYears: readonly number[];
  /** `true` when the count would change if one tentative day moved by one day (either way). */
  readonly tentative: boolean;
  /** Those tentative days (their current dates), ascending; empty when not tentative. */
  readonly tentativeDays: readonly CivilDate[];
}
