import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeDate,
  FIXED_DATE_HOLIDAYS,
  isWorkingDay,
  NATIONAL_COVERAGE,
  NATIONAL_DATA_VERSION,
  NATIONAL_DECREES,
  NATIONAL_NON_WORKING_DAYS,
  nationalCalendar,
} from '../../src/index.js';

interface FixtureHoliday {
  date: string;
  name_id: string;
  name_en: string;
  kind: 'national_holiday' | 'collective_leave';
  year: number;
  source: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/holidays-id.json', import.meta.url), 'utf8'),
) as FixtureHoliday[];
const fixtureDates = new Set(fixture.map((h) => h.date));
const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

function* daysOf(year: number): Generator<string> {
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day >= 1 && day <= 5;
}

/** Distinct Monday-Friday dates of the fixture in a year, computed from the fixture itself. */
function weekdayNonWorkingCount(year: number): number {
  return new Set(fixture.filter((h) => h.year === year && isWeekday(h.date)).map((h) => h.date)).size;
}

describe('the national calendar against the SKB fixture (2018-2026)', () => {
  it('ships every fixture entry, with the same date, kind, names and decree', () => {
    const shipped = NATIONAL_NON_WORKING_DAYS.filter((d) => d.date < '2027-01-01').map((d) => [
      d.date,
      d.kind,
      d.name.id,
      d.name.en,
      d.source,
    ]);
    const expected = fixture.map((h) => [h.date, h.kind, h.name_id, h.name_en, h.source]);
    const order = (a: unknown[], b: unknown[]): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
    expect([...shipped].sort(order)).toEqual([...expected].sort(order));
    expect(nationalCalendar.nonWorkingDays).toEqual(NATIONAL_NON_WORKING_DAYS);
    expect(nationalCalendar.nonWorkingDays).toHaveLength(214 + 26);
  });

  it.each(years)(
    'makes every weekday of the fixture in %i a non-working day and every other weekday a working day',
    (year) => {
      const wrong: string[] = [];
      for (const date of daysOf(year)) {
        const expected = isWeekday(date) && !fixtureDates.has(date);
        if (isWorkingDay(date, nationalCalendar) !== expected) wrong.push(date);
      }
      expect(wrong).toEqual([]);
    },
  );

  it('matches the per-year counts of weekday non-working days in holidays-id.md §1', () => {
    const fromDocs: Record<number, number> = {
      2018: 22,
      2019: 15,
      2020: 19,
      2021: 13,
      2022: 14,
      2023: 21,
      2024: 24,
      2025: 24,
      2026: 21,
    };
    for (const year of years) {
      const fromCalendar = [...daysOf(year)].filter(
        (d) => isWeekday(d) && !isWorkingDay(d, nationalCalendar),
      ).length;
      expect({ year, count: weekdayNonWorkingCount(year) }).toEqual({ year, count: fromDocs[year] });
      expect({ year, count: fromCalendar }).toEqual({ year, count: fromDocs[year] });
    }
  });

  it('records per-year decree counts that agree with the fixture', () => {
    expect(NATIONAL_DECREES.map((d) => d.year)).toEqual([...years, 2027]);
    for (const decree of NATIONAL_DECREES.filter((d) => d.year <= 2026)) {
      const ofYear = fixture.filter((h) => h.year === decree.year);
      expect({
        year: decree.year,
        nationalHolidays: ofYear.filter((h) => h.kind === 'national_holiday').length,
        collectiveLeave: ofYear.filter((h) => h.kind === 'collective_leave').length,
        weekdayNonWorkingDays: weekdayNonWorkingCount(decree.year),
      }).toEqual({
        year: decree.year,
        nationalHolidays: decree.nationalHolidays,
        collectiveLeave: decree.collectiveLeave,
        weekdayNonWorkingDays: decree.weekdayNonWorkingDays,
      });
    }
  });

  it('marks the 2018-2026 days as read in official lists, none of them tentative', () => {
    for (const decree of NATIONAL_DECREES.filter((d) => d.year <= 2026)) {
      expect({ year: decree.year, strength: decree.sourceStrength, pending: decree.pending }).toEqual({
        year: decree.year,
        strength: 'official_list',
        pending: [],
      });
    }
    expect(NATIONAL_NON_WORKING_DAYS.filter((d) => d.date < '2027-01-01' && d.tentative)).toEqual([]);
  });

  it('cites in every entry a decree that the per-year table names (an SKB number or a Keppres)', () => {
    for (const entry of NATIONAL_NON_WORKING_DAYS) {
      const decree = NATIONAL_DECREES.find((d) => d.year === Number(entry.date.slice(0, 4)));
      const skbNumbers = [decree?.baseSkb ?? '', ...(decree?.amendingSkbs ?? [])].map(
        (skb) => skb.match(/No\. (\d+\/\d{4})/)?.[1] ?? '∅',
      );
      const keppres = decree?.electionKeppres.map((k) => k.split(' (')[0] ?? '∅') ?? [];
      const cited = [...skbNumbers, ...keppres].some((citation) => entry.source.includes(citation));
      expect({ date: entry.date, cited }).toEqual({ date: entry.date, cited: true });
    }
  });

  it('has the five fixed-date holidays in every covered year, which is what uncovered years assume', () => {
    for (const year of [...years, 2027]) {
      for (const holiday of FIXED_DATE_HOLIDAYS) {
        const date = `${year}-${String(holiday.month).padStart(2, '0')}-${String(holiday.day).padStart(2, '0')}`;
        const kinds = describeDate(date, nationalCalendar).nonWorking.map((d) => d.kind);
        expect({ date, kinds }).toEqual({ date, kinds: ['national_holiday'] });
      }
    }
  });

  it('is versioned by the years it covers and a revision', () => {
    expect(NATIONAL_COVERAGE).toEqual({ fromYear: 2018, toYear: 2027 });
    expect(NATIONAL_DATA_VERSION).toBe('id-2018-2027.1');
    expect(nationalCalendar.dataVersion).toBe(NATIONAL_DATA_VERSION);
    expect(nationalCalendar.coverage).toEqual(NATIONAL_COVERAGE);
    expect(nationalCalendar.zone).toBe('Asia/Jakarta');
    expect(nationalCalendar.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists the entries sorted by date', () => {
    const dates = NATIONAL_NON_WORKING_DAYS.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
  });
});
