import { deepFreeze } from '../_lib/deepFreeze.js';
import type { LocalizedText } from '../i18n/types.js';

/** A national holiday that falls on the same month and day every year. */
export interface FixedDateHoliday {
  /** The month, 1 = January … 12 = December. */
  readonly month: number;
  /** The day of the month, 1-31. */
  readonly day: number;
  /** The holiday's name, in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
}

/**
 * The holidays a calendar assumes for a year its data does not cover, under the default
 * `uncoveredYears: 'fixed_date_holidays'`: the five national holidays on a fixed date. Every SKB from
 * 2018 to 2026 lists them on these dates, so they are the part of a future year that is known before
 * its SKB is signed. The moving holidays (Idul Fitri, Idul Adha, Nyepi, Waisak, Imlek …) and cuti
 * bersama are not guessed; results that touch such a year are marked provisional either way.
 */
export const FIXED_DATE_HOLIDAYS: readonly FixedDateHoliday[] = /* @__PURE__ */ deepFreeze([
  { month: 1, day: 1, name: { id: 'Tahun Baru Masehi', en: "New Year's Day" } },
  { month: 5, day: 1, name: { id: 'Hari Buruh Internasional', en: 'International Labour Day' } },
  { month: 6, day: 1, name: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' } },
  { month: 8, day: 17, name: { id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' } },
  { month: 12, day: 25, name: { id: 'Hari Raya Natal', en: 'Christmas Day' } },
]);
