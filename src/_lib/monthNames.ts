import type { Locale } from '../i18n/types.js';

/** The names of the months, January first, in each locale: for messages and descriptions of dates. */
export const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = Object.freeze({
  id: Object.freeze([
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
  ]),
  en: Object.freeze([
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
  ]),
});
