import { InvalidDateError } from '../errors/InvalidDateError.js';
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './dayNumber.js';
import { describeValue } from './describeValue.js';
import { parseDayNumber } from './parseDayNumber.js';
import { dayNumberInZone, isValidZone, ZONE_EXPECTED } from './zones.js';

const NO_ZONE = {
  id:
    'Date tanpa zona waktu tidak menunjuk satu tanggal kalender (tanggalnya bisa berbeda di WIB, WITA dan WIT), ' +
    "dan zona waktu server tidak dipakai: berikan tanggal 'YYYY-MM-DD', TZDate dalam zona unit yang menangani " +
    "(new TZDate(waktu, 'Asia/Jakarta') untuk WIB, 'Asia/Makassar' untuk WITA, 'Asia/Jayapura' untuk WIT), " +
    'atau ambil tanggalnya dengan civilDateOf(waktu, zona)',
  en:
    'a Date without a time zone names no single calendar date (the date can differ in WIB, WITA and WIT), ' +
    "and the server's zone is never used: pass 'YYYY-MM-DD', a TZDate in the handling unit's zone " +
    "(new TZDate(time, 'Asia/Jakarta') for WIB, 'Asia/Makassar' for WITA, 'Asia/Jayapura' for WIT), " +
    'or take its date with civilDateOf(time, zone)',
} as const;

const INVALID = {
  id: "Date tidak valid (Invalid Date); diharapkan tanggal 'YYYY-MM-DD' atau TZDate yang valid dengan zona waktu",
  en: "the Date is invalid (Invalid Date); expected 'YYYY-MM-DD' or a valid TZDate with a time zone",
} as const;

/**
 * The day number of a civil-date argument: a `YYYY-MM-DD` string, or a `TZDate` (from @date-fns/tz),
 * whose date is read in its own zone. A `Date` without a zone is refused with an `InvalidDateError`
 * that says which zone to give: its civil date depends on a zone, and the host's is never read.
 * Strings take the first branch, so the calendar's speed on strings is unchanged.
 */
export function readCivilDay(value: unknown, argument: string): number {
  if (typeof value === 'string' || !(value instanceof Date)) return parseDayNumber(value, argument);
  const details = { argument, expected: 'YYYY-MM-DD or TZDate' };
  let ms: number;
  let zone: unknown;
  try {
    ms = Date.prototype.getTime.call(value);
    zone = (value as { readonly timeZone?: unknown }).timeZone;
  } catch {
    throw new InvalidDateError('invalid_date', { value, reason: INVALID, ...details });
  }
  if (Number.isNaN(ms)) throw new InvalidDateError('invalid_date', { value, reason: INVALID, ...details });
  if (zone === undefined) throw new InvalidDateError('invalid_date', { value, reason: NO_ZONE, ...details });
  if (!isValidZone(zone)) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: {
        id: `zona waktu TZDate ${describeValue(zone)} tidak dikenal; ${ZONE_EXPECTED.id}`,
        en: `the TZDate's zone ${describeValue(zone)} is unknown; ${ZONE_EXPECTED.en}`,
      },
      ...details,
    });
  }
  const day = dayNumberInZone(ms, zone);
  if (day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) {
    throw new InvalidDateError('invalid_date', {
      value,
      reason: { id: 'tahun harus antara 0001 dan 9999', en: 'the year must be between 0001 and 9999' },
      ...details,
    });
  }
  return day;
}
