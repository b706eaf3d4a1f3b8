import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarCoverageError,
  countWorkingDays,
  describeDate,
  isWorkingDay,
  nationalCalendar,
  nationalCalendarAsOf,
  nextWorkingDay,
} from '../../src/index.js';

// The national calendar as known on 14 September 2026, the day before the 2027 SKB was signed: it
// covers 2018-2026, so 2027 is the uncovered year these tests reach into.
const cal = nationalCalendarAsOf('2026-09-14');
const CERTAIN = { provisional: false, uncoveredYears: [], tentative: false, tentativeDays: [] } as const;

describe('results that reach years without official data', () => {
  it('marks 60 working days from 15 December 2026 as provisional because they reach into 2027', () => {
    const result = addWorkingDays('2026-12-15', 60, cal);
    expect(result.provisional).toBe(true);
    expect(result.uncoveredYears).toEqual([2027]);
    // Weekends plus 1 January 2027 (a fixed-date holiday) are assumed: 12 March 2027.
    expect(result.date).toBe('2027-03-12');
  });

  it('is not provisional when the whole span lies inside 2018-2026', () => {
    expect(addWorkingDays('2026-12-01', 16, cal)).toEqual({ date: '2026-12-23', ...CERTAIN });
    // 24 Dec cuti bersama, 25 Dec Natal, then the weekend: the 17th working day is Monday 28 December.
    expect(addWorkingDays('2026-12-01', 17, cal).date).toBe('2026-12-28');
  });

  it('counts the touched days only: a result on 31 December 2026 is certain, one on 1 January 2027 is not', () => {
    expect(addWorkingDays('2026-12-30', 1, cal)).toEqual({ date: '2026-12-31', ...CERTAIN });
    expect(nextWorkingDay('2026-12-31', cal)).toEqual({
      date: '2027-01-04',
      ...CERTAIN,
      provisional: true,
      uncoveredYears: [2027],
    });
  });

  it('flags spans that start before 2018 too, listing every uncovered year', () => {
    expect(addWorkingDays('2018-01-05', -300, cal).uncoveredYears).toEqual([2016, 2017]);
    expect(countWorkingDays('2016-06-01', '2028-06-01', cal).uncoveredYears).toEqual([
      2016, 2017, 2027, 2028,
    ]);
    expect(countWorkingDays('2028-06-01', '2016-06-01', cal).uncoveredYears).toEqual([
      2016, 2017, 2027, 2028,
    ]);
  });

  it('treats an empty span as certain even in an uncovered year', () => {
    expect(countWorkingDays('2030-05-01', '2030-05-01', cal)).toEqual({ days: 0, ...CERTAIN });
    expect(addWorkingDays('2030-05-01', 0, cal).provisional).toBe(false);
  });

  it('says in describeDate that an uncovered date rests on the fixed-date assumption', () => {
    const independence = describeDate('2027-08-17', cal);
    expect(independence.working).toBe(false);
    expect(independence.provisional).toBe(true);
    expect(independence.nonWorking).toEqual([]);
    expect(independence.assumedHoliday?.name.id).toBe('Hari Kemerdekaan Republik Indonesia');
    expect(describeDate('2025-08-17', cal).assumedHoliday).toBeUndefined();
  });

  it('reads the deprecated kebab-case assumptions (weekends-only, fixed-date-holidays) as snake_case', () => {
    const legacy = (value: string) =>
      cal.extend({ dataVersion: 'x', uncoveredYears: value as 'weekends_only' }).uncoveredYears;
    expect(legacy('weekends-only')).toBe('weekends_only');
    expect(legacy('fixed-date-holidays')).toBe('fixed_date_holidays');
    expect(
      isWorkingDay(
        '2027-01-01',
        cal.extend({ dataVersion: 'x', uncoveredYears: 'weekends-only' as 'weekends_only' }),
      ),
    ).toBe(true);
    expect(() => legacy('weekends only')).toThrow(/weekends_only/);
  });

  it('assumes only weekends under uncoveredYears: weekends_only', () => {
    const plain = cal.extend({ dataVersion: 'x', uncoveredYears: 'weekends_only' });
    expect(isWorkingDay('2027-01-01', plain)).toBe(true);
    expect(addWorkingDays('2026-12-31', 1, plain)).toEqual({
      date: '2027-01-01',
      ...CERTAIN,
      provisional: true,
      uncoveredYears: [2027],
    });
  });
});

describe("strict mode ({ coverage: 'strict' })", () => {
  it('throws CalendarCoverageError naming the years and how to fix it', () => {
    let error: unknown;
    try {
      addWorkingDays('2026-12-15', 60, cal, { coverage: 'strict' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarCoverageError);
    const coverage = error as CalendarCoverageError;
    expect(coverage.code).toBe('calendar_coverage');
    expect(coverage.details.years).toEqual([2027]);
    expect(coverage.details.coverage).toEqual({ fromYear: 2018, toYear: 2026 });
    expect(coverage.details.dataVersion).toBe('id-2018-2027.1@2025-09-19');
    expect(coverage.message).toContain('2027');
    expect(coverage.message).toContain('calendar.extend');
    expect(coverage.text.id).toContain('SKB');
  });

  it('throws from every function that would answer provisionally, and answers when covered', () => {
    const strict = { coverage: 'strict' } as const;
    expect(() => isWorkingDay('2027-03-01', cal, strict)).toThrow(CalendarCoverageError);
    expect(() => countWorkingDays('2026-12-01', '2027-01-10', cal, strict)).toThrow(CalendarCoverageError);
    // From Sunday 31 December 2017 the computation looks at 1 and 2 January 2018 only.
    expect(nextWorkingDay('2017-12-31', cal, strict).date).toBe('2018-01-02');
    expect(() => nextWorkingDay('2017-12-30', cal, strict)).toThrow(CalendarCoverageError);
    expect(() => describeDate('2017-12-31', cal, strict)).toThrow(CalendarCoverageError);
    expect(addWorkingDays('2025-03-27', 3, cal, strict).date).toBe('2025-04-10');
  });

  it('stops throwing once next year’s SKB widens the coverage', () => {
    const next = cal.extend({ dataVersion: 'id-2018-2027.1', coverage: { fromYear: 2027, toYear: 2027 } });
    expect(addWorkingDays('2026-12-15', 60, next, { coverage: 'strict' }).provisional).toBe(false);
    // The shipped calendar has the 2027 SKB: the same deadline is computed, not provisional.
    expect(addWorkingDays('2026-12-15', 60, nationalCalendar, { coverage: 'strict' }).provisional).toBe(
      false,
    );
  });
});
