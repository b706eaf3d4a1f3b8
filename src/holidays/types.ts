import type { CivilDate, NonWorkingDay, Weekday } from '../calendar/types.js';

/**
 * How strong the source of a decree's dates is:
 * - `official_list`: the list as the government published it (setkab.go.id, menpan.go.id, the decree
 *   text or reports quoting it), cross-checked against independent datasets;
 * - `secondary`: reports that agree with each other, the decree text itself not read. Such a year is
 *   usable, and says so: confirm it against the decree and raise it to `official_list`.
 */
export type SourceStrength = 'official_list' | 'secondary';

/**
 * What a decree is: the yearly SKB 3 Menteri (`skb`, which makes its year covered), an amending SKB
 * (`skb_amendment`, a *perubahan*), a Keppres (an election day, the cuti bersama of ASN), a Keputusan
 * Menteri Agama after the sidang isbat (`kma`), or a regional decree (`regional`: SK or SE of a
 * governor or regent).
 */
export type DecreeType = 'skb' | 'skb_amendment' | 'keppres' | 'kma' | 'regional';

/** One decree in a calendar data file, with the date from which it was known. */
export interface CalendarDecree {
  /** Unique in the file, e.g. `'skb-2027'`, `'skb-2025-p1'` (first perubahan). */
  readonly id: string;
  /** What kind of decree it is (see `DecreeType`). */
  readonly type: DecreeType;
  /** The year whose days it fixes. */
  readonly year: number;
  /** Its number and title, e.g. `'SKB No. 933/2025, 1/2025, 3/2025'`. */
  readonly title: string;
  /** The day it was signed (ditetapkan), `YYYY-MM-DD`: from this day on, it is part of the calendar. */
  readonly issued: CivilDate;
  /** Where `issued` is uncertain, why and what else is reported. */
  readonly issuedNote?: string;
  /** For an amendment: the id of the decree it amends. */
  readonly amends?: string;
  /** How strong the source of its dates is (see `SourceStrength`). */
  readonly sourceStrength: SourceStrength;
  /** A free remark of the data's compilers. */
  readonly note?: string;
  /** Where the decree or reports of it were read. */
  readonly sources?: readonly string[];
}

/** One day in a calendar data file: a non-working day, and which decrees added, cancelled or confirmed it. */
export interface CalendarDataDay extends NonWorkingDay {
  /** The decree from which the day is known (its `issued` date is when it enters the calendar). */
  readonly addedBy: string;
  /** The decree that cancelled or moved the day, if any (the day leaves the calendar on its date). */
  readonly removedBy?: string;
  /** For a tentative day: the decree (usually a `kma` after the isbat) that made it final. */
  readonly confirmedBy?: string;
}

/**
 * A calendar data file (`pengaduan/data/national-calendar.json`, or a host's own): the decrees with
 * their dates and the days they fix, with their history. JSON Schema:
 * `pengaduan/data/calendar-data.schema.json`.
 */
export interface CalendarDataFile {
  /** The file's JSON Schema, for editors (`pengaduan/data/calendar-data.schema.json`); not read. */
  readonly $schema?: string;
  /** `'pengaduan.calendar-data/1'`: the version of this format. */
  readonly format: 'pengaduan.calendar-data/1';
  /** The id of the calendar it makes, e.g. `'id-national'`. */
  readonly id: string;
  /** Version of the data: bump the revision for every change (`'id-2018-2027.2'`). */
  readonly dataVersion: string;
  /** IANA zone of the offices; `'Asia/Jakarta'` for the national calendar. */
  readonly zone: string;
  /** Default Monday-Friday. */
  readonly workingWeekdays?: readonly Weekday[];
  /** When the data was compiled, `YYYY-MM-DD`. */
  readonly compiledOn?: CivilDate;
  /** What the file holds and where it comes from, in plain words. */
  readonly about?: string;
  /** Every decree the days cite. */
  readonly decrees: readonly CalendarDecree[];
  /** The non-working days, each with the decrees that added, cancelled or confirmed it. */
  readonly days: readonly CalendarDataDay[];
}

/** Options of `calendarFromData`. */
export interface CalendarFromDataOptions {
  /**
   * Build the calendar as it was known at the end of this day (`YYYY-MM-DD`): only decrees issued on
   * or before it, days not yet cancelled by then, tentative days not yet confirmed by then. Default:
   * everything in the file.
   */
  readonly asOf?: CivilDate;
}
