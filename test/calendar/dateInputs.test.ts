import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  civilDateOf,
  countWorkingDays,
  describeDate,
  endOfCivilDay,
  evaluateSla,
  formatDateForPeople,
  formatInstant,
  formatInstantForPeople,
  InvalidDateError,
  isWorkingDay,
  listNonWorkingDays,
  nationalCalendar,
  nextWakeUp,
  nextWorkingDay,
  type PengaduanError,
  startOfCivilDay,
  toDayNumber,
  toEpochMilliseconds,
  toTZDate,
  uu25Policy,
  weekdayOf,
  ZONES,
} from '../../src/index.js';

// Instants from 2018 to 2026 (the covered years), in every zone of Indonesia, UTC and two zones whose
// offsets are not whole hours or change with daylight saving.
const ZONE_NAMES = [ZONES.WIB, ZONES.WITA, ZONES.WIT, 'UTC', 'America/St_Johns', 'Pacific/Chatham'];
const instantMs = fc.integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2026, 11, 31) });
const zone = fc.constantFrom(...ZONE_NAMES);
const n = fc.integer({ min: -30, max: 30 });

describe('a Date or TZDate where an instant is expected', () => {
  it('gives what the same instant written as a string gives (civilDateOf, toEpochMilliseconds, formatInstantForPeople)', () => {
    fc.assert(
      fc.property(instantMs, zone, zone, (ms, zoneOfDate, zoneAsked) => {
        const written = formatInstant(ms, zoneOfDate);
        for (const value of [new Date(ms), new TZDate(ms, zoneOfDate)]) {
          expect(toEpochMilliseconds(value)).toBe(toEpochMilliseconds(written));
          expect(civilDateOf(value, zoneAsked)).toBe(civilDateOf(written, zoneAsked));
          expect(formatInstantForPeople(value, zoneAsked, { locale: 'en' })).toBe(
            formatInstantForPeople(written, zoneAsked, { locale: 'en' }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the SLA report and wake-up that asOf written as a string in the report zone gives', () => {
    const history = [
      {
        type: 'complaint.submitted',
        at: '2025-03-21T10:00:00+07:00',
        actor: { role: 'complainant' },
        data: {},
      },
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 2, 21, 3), max: Date.UTC(2025, 5, 30) }),
        fc.constantFrom(ZONES.WIB, ZONES.WIT),
        (ms, reportZone) => {
          const options = { calendar: nationalCalendar, zone: reportZone };
          const asString = { ...options, asOf: formatInstant(ms, reportZone) };
          for (const asOf of [new Date(ms), new TZDate(ms, ZONES.WITA)]) {
            expect(evaluateSla(history, uu25Policy, { ...options, asOf })).toEqual(
              evaluateSla(history, uu25Policy, asString),
            );
            expect(nextWakeUp(history, uu25Policy, { ...options, asOf })).toBe(
              nextWakeUp(history, uu25Policy, asString),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('writes a Date asOf in the calendar zone when no zone is given', () => {
    const report = evaluateSla([], uu25Policy, {
      calendar: nationalCalendar.withZone(ZONES.WIT),
      asOf: new Date('2025-04-01T02:00:00Z'),
    });
    expect(report.asOf).toBe('2025-04-01T11:00:00.000+09:00');
  });

  it('refuses an Invalid Date, a fake Date and a Date outside 1970-2099 with an InvalidDateError', () => {
    const fake = Object.create(Date.prototype) as Date;
    for (const bad of [
      new Date(Number.NaN),
      new TZDate(Number.NaN, ZONES.WIB),
      fake,
      new Date('1960-01-01T00:00:00Z'),
      new Date('2100-01-02T00:00:00Z'),
    ]) {
      expect(() => toEpochMilliseconds(bad)).toThrow(InvalidDateError);
      expect(() => civilDateOf(bad, ZONES.WIB)).toThrow(InvalidDateError);
      expect(() => formatInstantForPeople(bad, ZONES.WIB)).toThrow(InvalidDateError);
      expect(() => evaluateSla([], uu25Policy, { calendar: nationalCalendar, asOf: bad })).toThrow(
        InvalidDateError,
      );
      expect(() => nextWakeUp([], uu25Policy, { calendar: nationalCalendar, asOf: bad })).toThrow(
        InvalidDateError,
      );
    }
    expect(() => toEpochMilliseconds(new Date(Number.NaN))).toThrow('an Invalid Date');
  });

  it('accepts the first and last instants a string can name, and no further', () => {
    expect(toEpochMilliseconds(new Date('1969-12-31T10:00:00Z'))).toBe(
      toEpochMilliseconds('1970-01-01T00:00:00+14:00'),
    );
    expect(() => toEpochMilliseconds(new Date('1969-12-31T09:59:59.999Z'))).toThrow(InvalidDateError);
    expect(toEpochMilliseconds(new Date('2100-01-01T13:59:59.999Z'))).toBe(
      toEpochMilliseconds('2099-12-31T23:59:59.999-14:00'),
    );
    expect(() => toEpochMilliseconds(new Date('2100-01-01T14:00:00Z'))).toThrow(InvalidDateError);
  });
});

describe('a TZDate where a civil date is expected', () => {
  it('gives what its date in its own zone, written YYYY-MM-DD, gives, for every calendar function', () => {
    fc.assert(
      fc.property(instantMs, zone, n, zone, (ms, zoneOfDate, count, otherZone) => {
        const value = new TZDate(ms, zoneOfDate);
        const date = civilDateOf(new Date(ms), zoneOfDate);
        const later = addCalendarDays(date, Math.abs(count));
        expect(toDayNumber(value)).toBe(toDayNumber(date));
        expect(weekdayOf(value)).toBe(weekdayOf(date));
        expect(addCalendarDays(value, count)).toBe(addCalendarDays(date, count));
        expect(addWorkingDays(value, count, nationalCalendar)).toEqual(
          addWorkingDays(date, count, nationalCalendar),
        );
        expect(nextWorkingDay(value, nationalCalendar)).toEqual(nextWorkingDay(date, nationalCalendar));
        expect(isWorkingDay(value, nationalCalendar)).toBe(isWorkingDay(date, nationalCalendar));
        expect(describeDate(value, nationalCalendar)).toEqual(describeDate(date, nationalCalendar));
        expect(countWorkingDays(value, later, nationalCalendar)).toEqual(
          countWorkingDays(date, later, nationalCalendar),
        );
        expect(countWorkingDays(later, value, nationalCalendar)).toEqual(
          countWorkingDays(later, date, nationalCalendar),
        );
        expect(listNonWorkingDays(value, later, nationalCalendar)).toEqual(
          listNonWorkingDays(date, later, nationalCalendar),
        );
        expect(startOfCivilDay(value, otherZone)).toBe(startOfCivilDay(date, otherZone));
        expect(endOfCivilDay(value, otherZone)).toBe(endOfCivilDay(date, otherZone));
        expect(formatDateForPeople(value)).toBe(formatDateForPeople(date));
      }),
      { numRuns: 300 },
    );
  });

  it('reads 23:30 WIB on Friday 4 April 2025 as 4 April in WIB, and the same instant as 5 April in WIT', () => {
    const instant = Date.parse('2025-04-04T16:30:00Z');
    expect(toDayNumber(new TZDate(instant, ZONES.WIB))).toBe(toDayNumber('2025-04-04'));
    expect(formatDateForPeople(new TZDate(instant, ZONES.WIT))).toBe('Sabtu, 5 April 2025');
    expect(addWorkingDays(new TZDate(instant, ZONES.WIB), 0, nationalCalendar).date).toBe('2025-04-04');
    expect(describeDate(new TZDate(instant, ZONES.WIT), nationalCalendar).date).toBe('2025-04-05');
  });
});

describe('a Date without a zone where a civil date is expected', () => {
  const date = new Date('2025-04-04T16:30:00Z');

  it.each([
    ['addWorkingDays', () => addWorkingDays(date as never, 3, nationalCalendar)],
    ['countWorkingDays', () => countWorkingDays('2025-04-01', date as never, nationalCalendar)],
    ['isWorkingDay', () => isWorkingDay(date as never, nationalCalendar)],
    ['nextWorkingDay', () => nextWorkingDay(date as never, nationalCalendar)],
    ['describeDate', () => describeDate(date as never, nationalCalendar)],
    ['listNonWorkingDays', () => listNonWorkingDays(date as never, '2025-05-01', nationalCalendar)],
    ['addCalendarDays', () => addCalendarDays(date as never, 1)],
    ['weekdayOf', () => weekdayOf(date as never)],
    ['toDayNumber', () => toDayNumber(date as never)],
    ['startOfCivilDay', () => startOfCivilDay(date as never, ZONES.WIB)],
    ['endOfCivilDay', () => endOfCivilDay(date as never, ZONES.WIB)],
    ['formatDateForPeople', () => formatDateForPeople(date as never)],
  ])('is refused by %s, with a message that says which zone to give', (_, call) => {
    let error: unknown;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidDateError);
    const refused = error as PengaduanError;
    expect(refused.code).toBe('invalid_date');
    expect(refused.text.en).toContain('a Date without a time zone');
    expect(refused.text.en).toContain("new TZDate(time, 'Asia/Jakarta') for WIB");
    expect(refused.text.en).toContain("'Asia/Jayapura' for WIT");
    expect(refused.text.id).toContain('Date tanpa zona waktu');
    expect(refused.text.id).toContain("'Asia/Makassar' untuk WITA");
  });

  it('is refused as a TZDate made without a zone, with an unknown zone, or invalid', () => {
    expect(() => toDayNumber(new TZDate(2025, 3, 4) as never)).toThrow('a Date without a time zone');
    expect(() => toDayNumber(new TZDate(2025, 3, 4, 'Asia/Nowhere'))).toThrow(InvalidDateError);
    expect(() => toDayNumber(new TZDate(Number.NaN, ZONES.WIB))).toThrow('Invalid Date');
    expect(() => toDayNumber(Object.create(Date.prototype) as never)).toThrow(InvalidDateError);
  });
});

describe('toTZDate', () => {
  it('turns a civil date into the start of that day in the zone', () => {
    const start = toTZDate('2025-04-10', ZONES.WIT);
    expect(start).toBeInstanceOf(TZDate);
    expect(start.timeZone).toBe(ZONES.WIT);
    expect(start.getTime()).toBe(toEpochMilliseconds(startOfCivilDay('2025-04-10', ZONES.WIT)));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2025, 3, 10, 0,
    ]);
  });

  it('turns an instant string, a Date or a TZDate into the same instant seen in the zone', () => {
    fc.assert(
      fc.property(instantMs, zone, zone, (ms, from, to) => {
        for (const value of [formatInstant(ms, from), new Date(ms), new TZDate(ms, from)]) {
          const result = toTZDate(value, to);
          expect(result.getTime()).toBe(ms);
          expect(result.timeZone).toBe(to);
          expect(civilDateOf(result, to)).toBe(civilDateOf(new Date(ms), to));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what is neither a date nor an instant, and an unknown zone', () => {
    expect(() => toTZDate('2025-02-30', ZONES.WIB)).toThrow(InvalidDateError);
    expect(() => toTZDate('2025-04-10T10:00', ZONES.WIB)).toThrow(InvalidDateError);
    expect(() => toTZDate(new Date(Number.NaN), ZONES.WIB)).toThrow(InvalidDateError);
    expect(() => toTZDate(42 as never, ZONES.WIB)).toThrow(InvalidDateError);
    expect(() => toTZDate('2025-04-10', 'WIB')).toThrow('Invalid argument `zone`');
  });
});
