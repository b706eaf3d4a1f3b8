import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countWorkingDays,
  describeDate,
  isWorkingDay,
  listNonWorkingDays,
  NATIONAL_CALENDAR_DATA,
  NATIONAL_DECREES,
  nationalCalendar,
  nationalCalendarAsOf,
} from '../../src/index.js';

// The research table, copied row by row into a fixture that shares nothing with the data file.
interface ResearchRow {
  date: string;
  day: string;
  kind: 'libur nasional' | 'cuti bersama';
  name: string;
}
const research = (
  JSON.parse(readFileSync(new URL('../fixtures/skb-2027-research.json', import.meta.url), 'utf8')) as {
    rows: ResearchRow[];
  }
).rows;
const KIND = { 'libur nasional': 'national_holiday', 'cuti bersama': 'collective_leave' } as const;
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function* daysOf2027(): Generator<string> {
  for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}
const weekdayOf = (date: string): string => WEEKDAY[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
const researchDates = new Set(research.map((r) => r.date));

describe('2027 (SKB 1205/2026, 3/2026, 2/2026 of 15 September 2026) against the research table', () => {
  it('has every row of the table, date by date, with its kind and name, and nothing else', () => {
    const shipped = listNonWorkingDays('2027-01-01', '2027-12-31', nationalCalendar).map((d) => ({
      date: d.date,
      kind: d.kind,
      name: d.name.id,
    }));
    expect(shipped).toEqual(research.map((r) => ({ date: r.date, kind: KIND[r.kind], name: r.name })));
    for (const row of research) {
      expect({ date: row.date, day: weekdayOf(row.date) }).toEqual({ date: row.date, day: row.day });
    }
  });

  it('counts 18 libur nasional, 8 cuti bersama and 19 weekday non-working days', () => {
    expect(research.filter((r) => r.kind === 'libur nasional')).toHaveLength(18);
    expect(research.filter((r) => r.kind === 'cuti bersama')).toHaveLength(8);
    const weekdaysOff = [...daysOf2027()].filter(
      (d) => !['Sat', 'Sun'].includes(weekdayOf(d)) && !isWorkingDay(d, nationalCalendar),
    );
    expect(weekdaysOff).toEqual(
      research.map((r) => r.date).filter((d) => !['Sat', 'Sun'].includes(weekdayOf(d))),
    );
    expect(weekdaysOff).toHaveLength(19);
    const decrees = NATIONAL_DECREES.find((d) => d.year === 2027);
    expect(decrees).toMatchObject({ nationalHolidays: 18, collectiveLeave: 8, weekdayNonWorkingDays: 19 });
  });

  it('makes every other weekday of 2027 a working day', () => {
    for (const date of daysOf2027()) {
      const expected = !['Sat', 'Sun'].includes(weekdayOf(date)) && !researchDates.has(date);
      expect({ date, working: isWorkingDay(date, nationalCalendar) }).toEqual({ date, working: expected });
    }
  });

  it('marks Idulfitri and Iduladha 1448 H and the cuti bersama around them tentative, and only those', () => {
    const tentative = nationalCalendar.nonWorkingDays.filter((d) => d.tentative).map((d) => d.date);
    expect(tentative).toEqual([
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-15',
      '2027-05-17',
      '2027-05-18',
    ]);
    // Isra Mikraj and Maulid are not reserved to the isbat; 1 Ramadan is not a holiday at all.
    expect(describeDate('2027-01-05', nationalCalendar).nonWorking[0]?.tentative).toBeUndefined();
    expect(describeDate('2027-08-15', nationalCalendar).nonWorking[0]?.tentative).toBeUndefined();
    expect(describeDate('2027-03-10', nationalCalendar).nonWorking[0]?.tentative?.decidedBy).toContain(
      'isbat',
    );
  });

  it('carries the strength of its source as data: secondary, with what is still pending', () => {
    const skb = NATIONAL_CALENDAR_DATA.decrees.find((d) => d.id === 'skb-2027');
    expect(skb).toMatchObject({ issued: '2026-09-15', sourceStrength: 'secondary', type: 'skb', year: 2027 });
    expect(skb?.title).toContain('1205/2026, 3/2026, 2/2026');
    const year = NATIONAL_DECREES.find((d) => d.year === 2027)!;
    expect(year.sourceStrength).toBe('secondary');
    expect(year.asnKeppres).toEqual([]);
    expect(year.pending.some((p) => p.includes('Keppres') && p.includes('ASN'))).toBe(true);
    for (const day of listNonWorkingDays('2027-01-01', '2027-12-31', nationalCalendar)) {
      expect(day.source).toContain('1205/2026');
    }
  });

  it('was not known before 15 September 2026: the calendar as known then stops at 2026', () => {
    expect(nationalCalendarAsOf('2026-09-14').coverage).toEqual({ fromYear: 2018, toYear: 2026 });
    expect(nationalCalendarAsOf('2026-09-15').coverage).toEqual({ fromYear: 2018, toYear: 2027 });
  });
});

describe('a deadline through Lebaran 2027', () => {
  it('is computed, not provisional: 60 hari kerja from 15 December 2026', () => {
    // The same question as known before the SKB: weekends and 1 January assumed, provisional.
    const before = addWorkingDays('2026-12-15', 60, nationalCalendarAsOf('2026-09-14'));
    expect(before).toMatchObject({ date: '2027-03-12', provisional: true, uncoveredYears: [2027] });
    // With the SKB: 5 Jan (Isra Mikraj), 5 Feb (cuti bersama Imlek), 8 Mar (Nyepi) and Lebaran
    // (9-12 and 15 Mar) are days off too. Counted by hand: 10 working days in December 2026, 19 in
    // January, 19 in February, 5 in 1-5 March, then 16-19 and 22-24 March: the 60th is 24 March.
    const after = addWorkingDays('2026-12-15', 60, nationalCalendar, { coverage: 'strict' });
    expect(after).toMatchObject({ date: '2027-03-24', provisional: false, uncoveredYears: [] });
    // Lebaran lies inside the span. Each of its days, moved by one day onto a neighbour that is off
    // anyway (Nyepi, another Lebaran day, the weekend), frees itself: the 60th day would come a day
    // earlier. So the answer names them all.
    expect(after.tentative).toBe(true);
    expect(after.tentativeDays).toEqual([
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-15',
    ]);
  });

  it('is tentative only where an isbat date could change it', () => {
    // Ends before Lebaran: nothing the isbat decides is in the span or next to it.
    expect(addWorkingDays('2027-02-15', 10, nationalCalendar)).toMatchObject({
      date: '2027-03-01',
      tentative: false,
      tentativeDays: [],
    });
    // Ends on Friday 5 March: 8 March (Nyepi) separates it from the first tentative day (9 March),
    // so a move of 9 March to 8 March changes nothing within the span.
    expect(addWorkingDays('2027-02-15', 14, nationalCalendar)).toMatchObject({
      date: '2027-03-05',
      tentative: false,
    });
    // One more working day and the answer (16 March) depends on Lebaran.
    expect(addWorkingDays('2027-02-15', 15, nationalCalendar)).toMatchObject({
      date: '2027-03-16',
      tentative: true,
    });
    // Iduladha: 10 working days from 10 May end on 28 May and depend on 17-18 May.
    expect(addWorkingDays('2027-05-10', 10, nationalCalendar)).toMatchObject({
      date: '2027-05-28',
      tentativeDays: ['2027-05-17', '2027-05-18'],
    });
    // Spans all of Lebaran: each of its days can move onto a neighbour that is off anyway and free
    // itself, so the count would change and every one of them is named.
    const across = countWorkingDays('2027-03-01', '2027-03-31', nationalCalendar);
    expect(across.tentative).toBe(true);
    expect(across.tentativeDays).toEqual([
      '2027-03-09',
      '2027-03-10',
      '2027-03-11',
      '2027-03-12',
      '2027-03-15',
    ]);
    // A count that ends before 9 March or starts after 16 March is not tentative.
    expect(countWorkingDays('2027-03-16', '2027-04-30', nationalCalendar).tentative).toBe(false);
    // After Lebaran and after Iduladha: certain again.
    expect(addWorkingDays('2027-05-20', 10, nationalCalendar)).toMatchObject({ tentative: false });
    // In strict mode the tentative deadline is refused, the certain one is not.
    expect(() => addWorkingDays('2026-12-15', 60, nationalCalendar, { tentative: 'strict' })).toThrow(
      /isbat/,
    );
    expect(addWorkingDays('2027-02-15', 10, nationalCalendar, { tentative: 'strict' }).date).toBe(
      '2027-03-01',
    );
  });
});
