import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfCivilDay,
  formatDateForPeople,
  formatInstantForPeople,
  InvalidArgumentError,
  InvalidDateError,
  ZONES,
} from '../../src/index.js';
import { refFromTime, refToTime } from './_reference.js';

// The names as an Indonesian reader expects them, written out here (the library takes them from
// date-fns's locales): the test checks that date-fns and our pattern give exactly these.
const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const BULAN = [
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
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
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
];

describe('formatDateForPeople', () => {
  it('writes Friday 4 April 2025 as "Jumat, 4 April 2025" and "Friday, 4 April 2025"', () => {
    expect(formatDateForPeople('2025-04-04')).toBe('Jumat, 4 April 2025');
    expect(formatDateForPeople('2025-04-04', { locale: 'id' })).toBe('Jumat, 4 April 2025');
    expect(formatDateForPeople('2025-04-04', { locale: 'en' })).toBe('Friday, 4 April 2025');
  });

  it('names Nyepi 2025 (Saturday 29 March) and New Year 2026 (Thursday) in both locales', () => {
    expect(formatDateForPeople('2025-03-29')).toBe('Sabtu, 29 Maret 2025');
    expect(formatDateForPeople('2026-01-01', { locale: 'en' })).toBe('Thursday, 1 January 2026');
  });

  it('agrees with a day-by-day reference on every date of years 1-9999, in both locales', () => {
    const lowest = refToTime('0001-01-01');
    const highest = refToTime('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: lowest / 86_400_000, max: highest / 86_400_000 }), (day) => {
        const date = refFromTime(day * 86_400_000);
        const reference = new Date(day * 86_400_000);
        const [weekday, dayOfMonth, month, year] = [
          reference.getUTCDay(),
          reference.getUTCDate(),
          reference.getUTCMonth(),
          reference.getUTCFullYear(),
        ];
        expect(formatDateForPeople(date)).toBe(`${HARI[weekday]}, ${dayOfMonth} ${BULAN[month]} ${year}`);
        expect(formatDateForPeople(date, { locale: 'en' })).toBe(
          `${DAYS[weekday]}, ${dayOfMonth} ${MONTHS[month]} ${year}`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to Bahasa Indonesia for a locale it does not know, as messagesFor does', () => {
    expect(formatDateForPeople('2025-04-04', { locale: 'fr' as 'en' })).toBe('Jumat, 4 April 2025');
    expect(formatDateForPeople('2025-04-04', null as never)).toBe('Jumat, 4 April 2025');
  });

  it('refuses what is not a civil date with an InvalidDateError', () => {
    for (const bad of ['2025-02-29', '4 April 2025', '', 20250404, null, undefined, {}]) {
      expect(() => formatDateForPeople(bad as string)).toThrow(InvalidDateError);
    }
  });
});

describe('formatInstantForPeople', () => {
  it('writes the end of 4 April 2025 in WIT as "Jumat, 4 April 2025 pukul 23.59 WIT"', () => {
    const due = endOfCivilDay('2025-04-04', ZONES.WIT);
    expect(formatInstantForPeople(due, ZONES.WIT)).toBe('Jumat, 4 April 2025 pukul 23.59 WIT');
    expect(formatInstantForPeople(due, ZONES.WIT, { locale: 'en' })).toBe(
      'Friday, 4 April 2025 at 23:59 WIT',
    );
  });

  it('names each of the three zones of Indonesia, in both locales', () => {
    const instant = '2025-03-27T09:30:00Z';
    expect(formatInstantForPeople(instant, ZONES.WIB)).toBe('Kamis, 27 Maret 2025 pukul 16.30 WIB');
    expect(formatInstantForPeople(instant, ZONES.WITA)).toBe('Kamis, 27 Maret 2025 pukul 17.30 WITA');
    expect(formatInstantForPeople(instant, ZONES.WIT)).toBe('Kamis, 27 Maret 2025 pukul 18.30 WIT');
    expect(formatInstantForPeople(instant, ZONES.WIB, { locale: 'en' })).toBe(
      'Thursday, 27 March 2025 at 16:30 WIB',
    );
    expect(formatInstantForPeople(instant, ZONES.WITA, { locale: 'en' })).toBe(
      'Thursday, 27 March 2025 at 17:30 WITA',
    );
    expect(formatInstantForPeople(instant, ZONES.WIT, { locale: 'en' })).toBe(
      'Thursday, 27 March 2025 at 18:30 WIT',
    );
  });

  it('puts one instant on different days across midnight: 23.30 WIB is 00.30 WITA and 01.30 WIT', () => {
    const instant = '2025-04-04T16:30:00Z';
    expect(formatInstantForPeople(instant, ZONES.WIB)).toBe('Jumat, 4 April 2025 pukul 23.30 WIB');
    expect(formatInstantForPeople(instant, ZONES.WITA)).toBe('Sabtu, 5 April 2025 pukul 00.30 WITA');
    expect(formatInstantForPeople(instant, ZONES.WIT)).toBe('Sabtu, 5 April 2025 pukul 01.30 WIT');
    // The last millisecond of 31 December in WIT is already New Year in no other zone of Indonesia.
    const yearEnd = '2025-12-31T23:59:59.999+09:00';
    expect(formatInstantForPeople(yearEnd, ZONES.WIT, { locale: 'en' })).toBe(
      'Wednesday, 31 December 2025 at 23:59 WIT',
    );
    expect(formatInstantForPeople(yearEnd, ZONES.WIB, { locale: 'en' })).toBe(
      'Wednesday, 31 December 2025 at 21:59 WIB',
    );
    expect(formatInstantForPeople('2025-12-31T15:00:00Z', ZONES.WIT)).toBe(
      'Kamis, 1 Januari 2026 pukul 00.00 WIT',
    );
  });

  it('shows the offset for zones outside Indonesia, following daylight saving', () => {
    expect(formatInstantForPeople('2025-04-04T16:30:00Z', 'UTC')).toBe('Jumat, 4 April 2025 pukul 16.30 UTC');
    expect(formatInstantForPeople('2025-04-04T16:30:00Z', 'Asia/Kolkata', { locale: 'en' })).toBe(
      'Friday, 4 April 2025 at 22:00 UTC+05:30',
    );
    expect(formatInstantForPeople('2025-01-15T17:00:00Z', 'America/New_York', { locale: 'en' })).toBe(
      'Wednesday, 15 January 2025 at 12:00 UTC-05:00',
    );
    expect(formatInstantForPeople('2025-07-15T16:00:00Z', 'America/New_York', { locale: 'en' })).toBe(
      'Tuesday, 15 July 2025 at 12:00 UTC-04:00',
    );
  });

  it('names a zone WIB, WITA or WIT by the offset it had: Pontianak was on WITA time from 1964 to 1988', () => {
    // Pontianak was on WITA time from 1964 to 1988, then WIB.
    expect(formatInstantForPeople('1980-01-01T00:00:00Z', 'Asia/Pontianak')).toBe(
      'Selasa, 1 Januari 1980 pukul 08.00 WITA',
    );
    expect(formatInstantForPeople('2025-01-01T00:00:00Z', 'Asia/Pontianak')).toBe(
      'Rabu, 1 Januari 2025 pukul 07.00 WIB',
    );
  });

  it('refuses an instant without an offset, and an unknown zone, with typed errors', () => {
    expect(() => formatInstantForPeople('2025-04-04T10:00:00', ZONES.WIB)).toThrow(InvalidDateError);
    expect(() => formatInstantForPeople('2025-04-04T10:00:00Z', 'WIB')).toThrow(InvalidArgumentError);
    expect(() => formatInstantForPeople('2025-04-04T10:00:00Z', '+07:00')).toThrow(InvalidArgumentError);
    expect(() => formatInstantForPeople('2025-04-04T10:00:00Z', undefined as never)).toThrow(
      InvalidArgumentError,
    );
  });
});
