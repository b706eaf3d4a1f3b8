import type { Locale } from './library.js';

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** `'2025-04-10'` as `'10 April 2025'`. */
export function longDate(date: string, lang: Locale): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[lang][Number(m) - 1]} ${y}`;
}

/** The month name of `'2025-04'` or of a month number 1-12. */
export function monthName(month: number, lang: Locale): string {
  return MONTHS[lang][month - 1]!;
}

/** The weekday name of a civil date (proleptic Gregorian, zone-free). */
export function weekdayName(date: string, lang: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  const iso = ((new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7) + 1;
  return WEEKDAYS[lang][iso - 1]!;
}

/** Zone names people use in Indonesia. */
export function zoneLabel(zone: string): string {
  const short = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' }[zone];
  return short === undefined ? zone : `${zone}, ${short}`;
}
