import { TZDate } from '@date-fns/tz';
import type { Locale as DateFnsLocale } from 'date-fns';
import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { id } from 'date-fns/locale/id';
import type { Locale } from '../i18n/types.js';
import { MS_PER_DAY } from './dayNumber.js';
import { localeOf } from './localeOf.js';
import { formatOffset, zoneOffsetMinutes } from './zones.js';

/**
 * The one place where this library writes a date or an instant for a person to read: notices,
 * clock descriptions, effects, the demo. It uses date-fns `format` with the
 * date-fns locale of the call, so the names of days and months are date-fns's, not a table of ours.
 * Machine-readable values (`YYYY-MM-DD`, ISO 8601 instants) are written elsewhere, without date-fns.
 *
 * Day first in both locales ("Jumat, 4 April 2025", "Friday, 4 April 2025"), as dates are written in
 * Indonesia; a 24-hour clock with the Indonesian period separator in `id` ("pukul 23.59") and a colon
 * in `en` ("at 23:59").
 */

/** The date-fns locale of each locale of this library: `id` and `en` (American English names). */
const DATE_FNS_LOCALES: Readonly<Record<Locale, DateFnsLocale>> = { id, en: enUS };

const DATE_PATTERN = 'EEEE, d MMMM y';
const MOMENT_PATTERN: Readonly<Record<Locale, string>> = {
  id: "EEEE, d MMMM y 'pukul' HH.mm",
  en: "EEEE, d MMMM y 'at' HH:mm",
};

/**
 * The zones of Indonesia, named as the law names them (Keppres 41/1987): WIB (+07:00), WITA (+08:00)
 * and WIT (+09:00). The abbreviation follows the offset in force, not the zone's name: Pontianak was
 * on WITA time until 1988 and on WIB time since, and an offset no Indonesian zone name fits is shown
 * as an offset.
 */
const INDONESIAN_ZONES = new Set([
  'Asia/Jakarta',
  'Asia/Pontianak',
  'Asia/Makassar',
  'Asia/Ujung_Pandang',
  'Asia/Jayapura',
]);
const ABBREVIATIONS: Readonly<Record<number, string>> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };

/** `WIB`, `WITA` or `WIT` for Indonesia's zones; `UTC` or `UTC+05:30` for any other zone. */
function zoneLabel(zone: string, offsetMinutes: number): string {
  const abbreviation = INDONESIAN_ZONES.has(zone) ? ABBREVIATIONS[offsetMinutes] : undefined;
  if (abbreviation !== undefined) return abbreviation;
  return offsetMinutes === 0 ? 'UTC' : `UTC${formatOffset(offsetMinutes)}`;
}

// A civil date's words depend on nothing but the date and the locale, and a complaint's notices name
// the same few due dates again and again: remember them (bounded), since `format` costs tens of µs.
const dayTexts = new Map<number, string>();

/** A civil date given by its day number: "Jumat, 4 April 2025". */
export function formatDayForPeople(dayNumber: number, locale: Locale): string {
  const chosen = localeOf(locale);
  const key = chosen === 'en' ? -dayNumber - 1e7 : dayNumber;
  let text = dayTexts.get(key);
  if (text === undefined) {
    // The civil date has no zone: read its wall calendar in UTC, where the day number's midnight is.
    text = format(new TZDate(dayNumber * MS_PER_DAY, 'UTC'), DATE_PATTERN, {
      locale: DATE_FNS_LOCALES[chosen],
    });
    if (dayTexts.size >= 4096) dayTexts.clear();
    dayTexts.set(key, text);
  }
  return text;
}

/** An instant as the wall clock of a zone shows it: "Jumat, 4 April 2025 pukul 23.59 WIT". */
export function formatMomentForPeople(epochMs: number, zone: string, locale: Locale): string {
  const chosen = localeOf(locale);
  const text = format(new TZDate(epochMs, zone), MOMENT_PATTERN[chosen], {
    locale: DATE_FNS_LOCALES[chosen],
  });
  return `${text} ${zoneLabel(zone, zoneOffsetMinutes(zone, epochMs))}`;
}
