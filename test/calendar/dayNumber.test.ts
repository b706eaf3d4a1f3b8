import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  fromDayNumber,
  InvalidArgumentError,
  isCivilDate,
  parseCivilDate,
  toDayNumber,
  weekdayOf,
} from '../../src/index.js';
import { refAddDays, refFromTime, refToTime } from './_reference.js';

const DAY_MS = 86_400_000;
const civilDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('toDayNumber and fromDayNumber', () => {
  it('counts days from 1970-01-01, which is day 0', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2025-03-27')).toBe(20174);
    expect(toDayNumber('0001-01-01')).toBe(-719162);
    expect(toDayNumber('9999-12-31')).toBe(2932896);
  });

  it('agrees with Date.UTC for every date of years 0001-9999', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        expect(toDayNumber(date)).toBe(refToTime(date) / DAY_MS);
        expect(fromDayNumber(refToTime(date) / DAY_MS)).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every day number of the supported range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('walks 1899-2201 day by day without a gap or a repeat', () => {
    let expected = refToTime('1899-01-01');
    const mismatches: string[] = [];
    for (let n = toDayNumber('1899-01-01'); n <= toDayNumber('2201-12-31'); n++) {
      const date = fromDayNumber(n);
      if (date !== refFromTime(expected) || toDayNumber(date) !== n) mismatches.push(`${n}: ${date}`);
      expected += DAY_MS;
    }
    expect(mismatches).toEqual([]);
  });

  it('knows the leap days: 2024-02-29 and 2000-02-29 exist, 1900-02-29 and 2100-02-29 do not', () => {
    expect(toDayNumber('2024-03-01') - toDayNumber('2024-02-28')).toBe(2);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2100-02-29')).toBe(false);
  });

  it('refuses day numbers that are not integers or leave years 0001-9999', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -719163, 2932897]) {
      expect(() => fromDayNumber(bad)).toThrow(InvalidArgumentError);
    }
  });
});

describe('parseCivilDate and isCivilDate', () => {
  it('returns the day number of a valid date', () => {
    expect(parseCivilDate('2024-02-29')).toBe(19782);
  });

  it('accepts exactly the strings that are YYYY-MM-DD dates that exist', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), nearlyDates), (text) => {
        const looksRight = /^\d{4}-\d{2}-\d{2}$/.test(text) && text !== '0000' && refMatches(text);
        expect(isCivilDate(text)).toBe(looksRight);
      }),
    );
  });
});

// Strings shaped like dates with any numbers in them: month 13, day 31 in a 30-day month, year 0000 …
const nearlyDates = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

function refMatches(text: string): boolean {
  if (text.startsWith('0000')) return false;
  const time = refToTime(text);
  return Number.isFinite(time) && refFromTime(time) === text;
}

describe('weekdayOf', () => {
  it('gives ISO weekdays: Thursday 27 March 2025 is 4, Sunday 17 August 2025 is 7', () => {
    expect(weekdayOf('2025-03-27')).toBe(4);
    expect(weekdayOf('2025-08-17')).toBe(7);
    expect(weekdayOf('2025-08-18')).toBe(1);
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        const jsDay = new Date(refToTime(date)).getUTCDay();
        expect(weekdayOf(date)).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('adds 14 hari to 27 March 2025 and lands on 10 April 2025', () => {
    expect(addCalendarDays('2025-03-27', 14)).toBe('2025-04-10');
  });

  it('crosses month, year and leap-day boundaries like Date.UTC does', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          expect(addCalendarDays(date, n)).toBe(refAddDays(date, n));
        },
      ),
    );
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => addCalendarDays('2025-03-27', 0.5)).toThrow(InvalidArgumentError);
    expect(() => addCalendarDays('2025-03-27', Number.NaN)).toThrow(/NaN/);
  });

  it('refuses a result outside years 0001-9999', () => {
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(InvalidArgumentError);
  });
});
