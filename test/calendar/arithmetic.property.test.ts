import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  createWorkingCalendar,
  isWorkingDay,
  NATIONAL_NON_WORKING_DAYS,
  nationalCalendar,
  nextWorkingDay,
  type Weekday,
  type WorkingCalendar,
} from '../../src/index.js';
import {
  type RefCalendar,
  refAddWorkingDays,
  refCountWorkingDays,
  refFromTime,
  refIsWorking,
  refToTime,
} from './_reference.js';

// Dates 2017-2028: the national data covers 2018-2027, so both coverage edges are crossed.
const date = fc
  .integer({ min: refToTime('2017-01-01') / 86_400_000, max: refToTime('2028-12-31') / 86_400_000 })
  .map((day) => refFromTime(day * 86_400_000));
const count = fc.integer({ min: -80, max: 80 });

interface Pair {
  readonly calendar: WorkingCalendar;
  readonly reference: RefCalendar;
}

const nationalPair: Pair = {
  calendar: nationalCalendar,
  reference: {
    weekdays: new Set([1, 2, 3, 4, 5]),
    holidays: new Set(NATIONAL_NON_WORKING_DAYS.map((d) => d.date)),
    extras: new Set(),
    fromYear: 2018,
    toYear: 2027,
    fixedDateHolidays: true,
  },
};

// Random calendars: any non-empty working week (6-day weeks included), random holidays (some on the same
// date), random extra working days, random coverage and uncovered-year assumption.
const randomPair: fc.Arbitrary<Pair> = fc
  .record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays: fc.array(date, { maxLength: 60 }),
    extras: fc.array(date, { maxLength: 15 }),
    fromYear: fc.integer({ min: 2016, max: 2029 }),
    span: fc.integer({ min: 0, max: 8 }),
    fixedDateHolidays: fc.boolean(),
  })
  .map(({ weekdays, holidays, extras, fromYear, span, fixedDateHolidays }) => {
    const holidaySet = new Set(holidays);
    const extraSet = new Set(extras.filter((d) => !holidaySet.has(d)));
    const calendar = createWorkingCalendar({
      id: 'random',
      dataVersion: 'test',
      workingWeekdays: weekdays as Weekday[],
      // Each date listed once as a holiday and, for some, again as cuti bersama: both are kept.
      nonWorkingDays: holidays.map((d, i) => ({
        date: d,
        name: { id: `Libur ${i}`, en: `Holiday ${i}` },
        kind: i % 3 === 0 ? 'collective_leave' : 'national_holiday',
        source: 'test',
      })),
      extraWorkingDays: [...extraSet].map((d) => ({
        date: d,
        name: { id: 'Hari kerja', en: 'Work day' },
        source: 't',
      })),
      coverage: { fromYear, toYear: Math.min(fromYear + span, 2199) },
      uncoveredYears: fixedDateHolidays ? 'fixed_date_holidays' : 'weekends_only',
    });
    return {
      calendar,
      reference: {
        weekdays: new Set(weekdays),
        holidays: holidaySet,
        extras: extraSet,
        fromYear,
        toYear: fromYear + span,
        fixedDateHolidays,
      },
    };
  });

const pairs = fc.oneof(fc.constant(nationalPair), randomPair);

describe('working-day arithmetic against a day-by-day reference', () => {
  it('isWorkingDay agrees with the reference', () => {
    fc.assert(
      fc.property(pairs, date, ({ calendar, reference }, d) => {
        expect(isWorkingDay(d, calendar)).toBe(refIsWorking(d, reference));
      }),
      { numRuns: 250 },
    );
  });

  it('addWorkingDays agrees with the reference, including which years are uncovered', () => {
    fc.assert(
      fc.property(pairs, date, count, ({ calendar, reference }, d, n) => {
        const expected = refAddWorkingDays(d, n, reference);
        const actual = addWorkingDays(d, n, calendar);
        expect(actual.date).toBe(expected.date);
        expect(actual.uncoveredYears).toEqual(expected.uncoveredYears);
        expect(actual.provisional).toBe(expected.uncoveredYears.length > 0);
      }),
      { numRuns: 250 },
    );
  });

  it('countWorkingDays agrees with the reference in both directions', () => {
    fc.assert(
      fc.property(pairs, date, date, ({ calendar, reference }, from, to) => {
        const expected = refCountWorkingDays(from, to, reference);
        const actual = countWorkingDays(from, to, calendar);
        expect(actual.days).toBe(expected.days);
        expect(actual.uncoveredYears).toEqual(expected.uncoveredYears);
        expect(actual.provisional).toBe(expected.uncoveredYears.length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('counting the working days up to addWorkingDays(d, n) gives back n', () => {
    fc.assert(
      fc.property(pairs, date, count, ({ calendar }, d, n) => {
        expect(countWorkingDays(d, addWorkingDays(d, n, calendar).date, calendar).days).toBe(n);
      }),
      { numRuns: 250 },
    );
  });

  it('adding countWorkingDays(a, b) to a lands on b whenever b is a working day', () => {
    fc.assert(
      fc.property(pairs, date, date, ({ calendar }, a, b) => {
        fc.pre(a !== b && isWorkingDay(b, calendar));
        expect(addWorkingDays(a, countWorkingDays(a, b, calendar).days, calendar).date).toBe(b);
      }),
      { numRuns: 200 },
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(pairs, date, count, count, ({ calendar }, d, n1, n2) => {
        fc.pre(n1 !== n2);
        const [low, high] = n1 < n2 ? [n1, n2] : [n2, n1];
        expect(addWorkingDays(d, low, calendar).date < addWorkingDays(d, high, calendar).date).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never lands on a non-working day when n is not 0', () => {
    fc.assert(
      fc.property(pairs, date, count, ({ calendar }, d, n) => {
        fc.pre(n !== 0);
        expect(isWorkingDay(addWorkingDays(d, n, calendar).date, calendar)).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('returns the date itself for n = 0, working day or not', () => {
    fc.assert(
      fc.property(pairs, date, ({ calendar }, d) => {
        expect(addWorkingDays(d, 0, calendar)).toEqual({
          date: d,
          provisional: false,
          uncoveredYears: [],
          tentative: false,
          tentativeDays: [],
        });
      }),
      { numRuns: 100 },
    );
  });

  it('mirrors: going back n from addWorkingDays(d, n) returns to d when d is a working day', () => {
    fc.assert(
      fc.property(pairs, date, count, ({ calendar }, d, n) => {
        fc.pre(isWorkingDay(d, calendar));
        const there = addWorkingDays(d, n, calendar).date;
        expect(addWorkingDays(there, -n, calendar).date).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  it('nextWorkingDay is addWorkingDays(d, 1)', () => {
    fc.assert(
      fc.property(pairs, date, ({ calendar }, d) => {
        expect(nextWorkingDay(d, calendar)).toEqual(addWorkingDays(d, 1, calendar));
      }),
      { numRuns: 100 },
    );
  });
});
