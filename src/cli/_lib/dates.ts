import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { id } from 'date-fns/locale/id';
import type { Locale } from './library.js';

/**
 * Dates for the command's readers, written by date-fns `format` with the same locales the library
 * uses for its notices (src/_lib/formatForPeople.ts): the names of days and months are date-fns's,
 * not a table of ours. A civil date `YYYY-MM-DD` is read as a calendar day (no zone involved).
 */
const LOCALES = { id, en: enUS } as const;

function civil(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  // Local midnight of that calendar day: `format` reads the wall calendar in the local zone.
  return new Date(y!, m! - 1, d!);
}

/** `'2025-04-10'` as `'10 April 2025'`. */
export function longDate(date: string, lang: Locale): string {
  return format(civil(date), 'd MMMM y', { locale: LOCALES[lang] });
}

/** The name of a month number 1-12: `'Maret'`, `'March'`. */
export function monthName(month: number, lang: Locale): string {
  return format(new Date(2000, month - 1, 1), 'MMMM', { locale: LOCALES[lang] });
}

/** The weekday name of a civil date: `'Jumat'`, `'Friday'`. */
export function weekdayName(date: string, lang: Locale): string {
  return format(civil(date), 'EEEE', { locale: LOCALES[lang] });
}

/** Zone names people use in Indonesia. */
export function zoneLabel(zone: string): string {
  const short = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[zone];
  return short === undefined ? zone : `${zone}, ${short}`;
}
