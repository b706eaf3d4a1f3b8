import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarTentativeError,
  countWorkingDays,
  createWorkingCalendar,
  describeDate,
  isWorkingDay,
  NATIONAL_NON_WORKING_DAYS,
  type NonWorkingDay,
  nationalCalendar,
  type Weekday,
  type WorkingCalendar,
} from '../../src/index.js';
import {
  type RefCalendar,
  refAddDays,
  refAddWorkingDays,
  refCountWorkingDays,
  refFromTime,
  refIsWorking,
  refToTime,
} from './_reference.js';

/**
 * "Tentative" means: the answer would be different if ONE tentative day were moved one day earlier
 * or one day later, every other day staying where it is. The reference checks exactly that, by brute
 * force: for each tentative entry and each direction it moves the entry, rebuilds the day-by-day
 * reference calendar and recomputes. It shares no code with the library's tables.
 */
interface Case {
  readonly calendar: WorkingCalendar;
  readonly reference: RefCalendar;
  readonly entries: readonly NonWorkingDay[];
}

function referenceFor(base: RefCalendar, entries: readonly NonWorkingDay[]): RefCalendar {
  return { ...base, holidays: new Set(entries.map((e) => e.date)) };
}

/** Every calendar obtained by moving one tentative entry by one day, with the entry's current date. */
function shifted(c: Case): { date: string; reference: RefCalendar }[] {
  const out: { date: string; reference: RefCalendar }[] = [];
  c.entries.forEach((entry, i) => {
    if (entry.tentative === undefined) return;
    for (const delta of [-1, 1]) {
      const moved = c.entries.map((e, k) => (k === i ? { ...e, date: refAddDays(e.date, delta) } : e));
      out.push({ date: entry.date, reference: referenceFor(c.reference, moved) });
    }
  });
  return out;
}

function expectedDays(c: Case, answer: (reference: RefCalendar) => unknown): string[] {
  const original = JSON.stringify(answer(c.reference));
  const days = new Set<string>();
  for (const variant of shifted(c)) {
    if (JSON.stringify(answer(variant.reference)) !== original) days.add(variant.date);
  }
  return [...days].sort();
}

const DAY = 86_400_000;
const dateIn = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: refToTime(from) / DAY, max: refToTime(to) / DAY }).map((d) => refFromTime(d * DAY));

// Dense random calendars around a new year, so that tentative days meet weekends, other holidays,
// extra working days, the edge of the coverage and the fixed-date holiday assumed on 1 January.
const randomCase: fc.Arbitrary<Case> = fc
  .record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays: fc.array(fc.record({ date: dateIn('2024-12-10', '2025-01-25'), tentative: fc.boolean() }), {
      maxLength: 14,
    }),
    extras: fc.array(dateIn('2024-12-10', '2025-01-25'), { maxLength: 4 }),
    fromYear: fc.integer({ min: 2023, max: 2026 }),
    span: fc.integer({ min: 0, max: 1 }),
    fixedDateHolidays: fc.boolean(),
  })
  .map(({ weekdays, holidays, extras, fromYear, span, fixedDateHolidays }) => {
    const holidayDates = new Set(holidays.map((h) => h.date));
    const extraSet = new Set(extras.filter((d) => !holidayDates.has(d)));
    const entries: NonWorkingDay[] = holidays.map((h, i) => ({
      date: h.date,
      name: { id: `Libur ${i}`, en: `Holiday ${i}` },
      kind: 'national_holiday',
      source: 'test',
      ...(h.tentative ? { tentative: { decidedBy: 'isbat' } } : {}),
    }));
    const calendar = createWorkingCalendar({
      id: 'random',
      dataVersion: 'test',
      workingWeekdays: weekdays as Weekday[],
      nonWorkingDays: entries,
      extraWorkingDays: [...extraSet].map((d) => ({
        date: d,
        name: { id: 'Kerja', en: 'Work' },
        source: 't',
      })),
      coverage: { fromYear, toYear: fromYear + span },
      uncoveredYears: fixedDateHolidays ? 'fixed_date_holidays' : 'weekends_only',
    });
    // The calendar sorts its entries by date; the reference moves the same entries.
    const reference: RefCalendar = {
      weekdays: new Set(weekdays),
      holidays: holidayDates,
      extras: extraSet,
      fromYear,
      toYear: fromYear + span,
      fixedDateHolidays,
    };
    return { calendar, reference, entries: calendar.nonWorkingDays };
  });

const nationalCase: Case = {
  calendar: nationalCalendar,
  reference: {
    weekdays: new Set([1, 2, 3, 4, 5]),
    holidays: new Set(NATIONAL_NON_WORKING_DAYS.map((d) => d.date)),
    extras: new Set(),
    fromYear: 2018,
    toYear: 2027,
    fixedDateHolidays: true,
  },
  entries: NATIONAL_NON_WORKING_DAYS,
};

const randomQuery = dateIn('2024-12-01', '2025-02-05');
const lebaran2027 = dateIn('2027-02-20', '2027-06-10');

describe('tentative results against a brute-force reference (each tentative day moved one day either way)', () => {
  it('addWorkingDays names exactly the tentative days whose move would change the date', () => {
    const check = (c: Case, d: string, n: number): void => {
      const actual = addWorkingDays(d, n, c.calendar);
      const expected = expectedDays(c, (ref) => refAddWorkingDays(d, n, ref).date);
      expect(actual.tentativeDays).toEqual(expected);
      expect(actual.tentative).toBe(expected.length > 0);
    };
    fc.assert(fc.property(randomCase, randomQuery, fc.integer({ min: -25, max: 25 }), check), {
      numRuns: 250,
    });
    fc.assert(
      fc.property(lebaran2027, fc.integer({ min: -70, max: 70 }), (d, n) => check(nationalCase, d, n)),
      { numRuns: 60 },
    );
  });

  it('countWorkingDays names exactly the tentative days whose move would change the count', () => {
    const check = (c: Case, from: string, to: string): void => {
      const actual = countWorkingDays(from, to, c.calendar);
      const expected = expectedDays(c, (ref) => refCountWorkingDays(from, to, ref).days);
      expect(actual.tentativeDays).toEqual(expected);
      expect(actual.tentative).toBe(expected.length > 0);
    };
    fc.assert(fc.property(randomCase, randomQuery, randomQuery, check), { numRuns: 250 });
    fc.assert(
      fc.property(lebaran2027, lebaran2027, (from, to) => check(nationalCase, from, to)),
      { numRuns: 60 },
    );
  });

  it('describeDate names exactly the tentative days whose move would flip working / not working', () => {
    const check = (c: Case, d: string): void => {
      const actual = describeDate(d, c.calendar);
      const expected = expectedDays(c, (ref) => refIsWorking(d, ref));
      expect(actual.tentativeDays).toEqual(expected);
      expect(actual.tentative).toBe(expected.length > 0);
    };
    fc.assert(fc.property(randomCase, randomQuery, check), { numRuns: 250 });
    fc.assert(
      fc.property(lebaran2027, (d) => check(nationalCase, d)),
      { numRuns: 60 },
    );
  });

  it("refuses exactly the tentative results in { tentative: 'strict' } mode, and nothing else", () => {
    fc.assert(
      fc.property(randomCase, randomQuery, fc.integer({ min: -25, max: 25 }), (c, d, n) => {
        const marked = addWorkingDays(d, n, c.calendar);
        if (marked.tentative) {
          let error: unknown;
          try {
            addWorkingDays(d, n, c.calendar, { tentative: 'strict' });
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(CalendarTentativeError);
          expect((error as CalendarTentativeError).details.days).toEqual(marked.tentativeDays);
        } else {
          expect(addWorkingDays(d, n, c.calendar, { tentative: 'strict' })).toEqual(marked);
        }
        const working = isWorkingDay(d, c.calendar);
        if (describeDate(d, c.calendar).tentative) {
          expect(() => isWorkingDay(d, c.calendar, { tentative: 'strict' })).toThrow(CalendarTentativeError);
        } else {
          expect(isWorkingDay(d, c.calendar, { tentative: 'strict' })).toBe(working);
        }
      }),
      { numRuns: 200 },
    );
  });
});
