import type { LocalizedText } from '../i18n/types.js';

/**
 * A civil date, `YYYY-MM-DD` (like Temporal's PlainDate): a day on the calendar, independent of any
 * time zone. Every date at the public API is one of these; inside, dates are integer day numbers.
 */
export type CivilDate = string;

/** An instant as an ISO 8601 string with an explicit offset or `Z`, e.g. `2025-03-27T16:30:00+07:00`. */
export type Instant = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The zones of Indonesia's government offices. Any IANA zone is accepted where a zone is asked for. */
export type IndonesianZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** WIB, WITA and WIT by their IANA names. */
export const ZONES = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
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

/** One non-working date with its name and the decree that fixes it. */
export interface NonWorkingDay {
  readonly date: CivilDate;
  readonly name: LocalizedText;
  readonly kind: NonWorkingKind;
  /** The decree (SKB, Keppres, SE Gubernur …) that fixes the final date. */
  readonly source: string;
  /** For `regional` days: the region it applies to (Kemendagri code or name), e.g. `'51'` for Bali. */
  readonly region?: string;
}

/** A date that is a working day although its weekday is not (a make-up Saturday, hari kerja pengganti). */
export interface ExtraWorkingDay {
  readonly date: CivilDate;
  readonly name: LocalizedText;
  readonly source: string;
}

/** The span of years whose official non-working days the calendar knows, inclusive. */
export interface CalendarCoverage {
  readonly fromYear: number;
  readonly toYear: number;
}

/**
 * What to assume for a year outside the coverage: only weekends, or weekends plus the holidays that
 * fall on a fixed date by law (1 January, 1 May, 1 June, 17 August, 25 December). Either way a result
 * that touches such a year is provisional.
 */
export type UncoveredYearAssumption = 'weekends-only' | 'fixed-date-holidays';

/** `provisional` (default): answer and say so; `strict`: throw `CalendarCoverageError`. */
export type CoverageMode = 'provisional' | 'strict';
