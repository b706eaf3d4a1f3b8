import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  nationalCalendar as cal,
  countWorkingDays,
  describeDate,
  isWorkingDay,
  listNonWorkingDays,
  nextWorkingDay,
} from '../../src/index.js';

const working = (date: string): boolean => isWorkingDay(date, cal);

describe('Lebaran 2025 (Idul Fitri 1446 H)', () => {
  it('puts 3 hari kerja after Thursday 27 March 2025 on Thursday 10 April 2025', () => {
    expect(addWorkingDays('2025-03-27', 3, cal)).toEqual({
      date: '2025-04-10',
      provisional: false,
      uncoveredYears: [],
      tentative: false,
      tentativeDays: [],
    });
  });

  it('skips cuti bersama 28 Mar, Nyepi 29 Mar, Idul Fitri 31 Mar-1 Apr and cuti bersama 2-4 and 7 Apr', () => {
    const off = listNonWorkingDays('2025-03-28', '2025-04-07', cal).map((d) => [d.date, d.kind]);
    expect(off).toEqual([
      ['2025-03-28', 'collective_leave'],
      ['2025-03-29', 'national_holiday'],
      ['2025-03-31', 'national_holiday'],
      ['2025-04-01', 'national_holiday'],
      ['2025-04-02', 'collective_leave'],
      ['2025-04-03', 'collective_leave'],
      ['2025-04-04', 'collective_leave'],
      ['2025-04-07', 'collective_leave'],
    ]);
    expect(['2025-04-08', '2025-04-09', '2025-04-10'].map(working)).toEqual([true, true, true]);
  });

  it('counts 0 working days between Friday 28 March and Monday 7 April 2025', () => {
    expect(countWorkingDays('2025-03-27', '2025-04-07', cal).days).toBe(0);
    expect(nextWorkingDay('2025-03-27', cal).date).toBe('2025-04-08');
  });
});

describe('Lebaran 2024 (Idul Fitri 1445 H)', () => {
  it('closes offices from Monday 8 to Monday 15 April 2024', () => {
    const days = ['2024-04-08', '2024-04-09', '2024-04-10', '2024-04-11', '2024-04-12', '2024-04-15'];
    expect(days.map(working)).toEqual([false, false, false, false, false, false]);
    expect(working('2024-04-05')).toBe(true);
    expect(working('2024-04-16')).toBe(true);
  });

  it('puts 5 hari kerja after Thursday 4 April 2024 on Friday 19 April 2024', () => {
    // 5 Apr, then 16, 17, 18, 19 Apr: the fifth working day is Friday 19 April.
    expect(addWorkingDays('2024-04-04', 5, cal).date).toBe('2024-04-19');
    expect(addWorkingDays('2024-04-04', 6, cal).date).toBe('2024-04-22');
  });
});

describe('Lebaran 2026 (Idul Fitri 1447 H on Saturday 21 March)', () => {
  it('has Idul Fitri on 21-22 March and cuti bersama on 20, 23 and 24 March', () => {
    const off = listNonWorkingDays('2026-03-20', '2026-03-24', cal).map((d) => [d.date, d.kind]);
    expect(off).toEqual([
      ['2026-03-20', 'collective_leave'],
      ['2026-03-21', 'national_holiday'],
      ['2026-03-22', 'national_holiday'],
      ['2026-03-23', 'collective_leave'],
      ['2026-03-24', 'collective_leave'],
    ]);
  });

  it('treats the WFA days 16-17 and 25-27 March 2026 as working days', () => {
    expect(['2026-03-16', '2026-03-17', '2026-03-25', '2026-03-26', '2026-03-27'].map(working)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('puts 3 hari kerja after Tuesday 17 March 2026 on Friday 27 March 2026', () => {
    // 18 Mar cuti bersama Nyepi, 19 Mar Nyepi, 20-24 Mar Lebaran: 25, 26, 27 Mar remain.
    expect(addWorkingDays('2026-03-17', 3, cal).date).toBe('2026-03-27');
  });
});

describe('Nyepi and Christmas', () => {
  it('closes offices on Nyepi 2024 (Monday 11 March) and its cuti bersama (Tuesday 12 March)', () => {
    expect([working('2024-03-11'), working('2024-03-12'), working('2024-03-13')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('closes offices on Nyepi 2023 (Wednesday 22 March) and cuti bersama 23 March', () => {
    expect([working('2023-03-22'), working('2023-03-23'), working('2023-03-24')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('keeps 24 December 2026 as cuti bersama before Christmas, and 24 December 2024 as a working day', () => {
    expect(describeDate('2026-12-24', cal).nonWorking.map((d) => d.kind)).toEqual(['collective_leave']);
    expect(working('2026-12-24')).toBe(false);
    expect(working('2024-12-24')).toBe(true);
    expect(working('2024-12-26')).toBe(false);
  });

  it('counts 2 working days from Monday 22 to Friday 26 December 2025 (Christmas and cuti bersama 26 Dec)', () => {
    expect(countWorkingDays('2025-12-22', '2025-12-26', cal).days).toBe(2);
  });
});

describe('election days declared national holidays by Keppres', () => {
  it.each([
    ['2019-04-17', 'Keppres No. 10/2019'],
    ['2024-02-14', 'Keppres No. 10/2024'],
    ['2024-11-27', 'Keppres No. 33/2024'],
    ['2018-06-27', 'Keppres No. 15/2018'],
    ['2020-12-09', 'Keppres No. 22/2020'],
  ])('closes offices on %s (%s)', (date, keppres) => {
    const described = describeDate(date, cal);
    expect(described.working).toBe(false);
    expect(described.nonWorking).toHaveLength(1);
    expect(described.nonWorking[0]?.source).toContain(keppres);
  });

  it('puts 1 hari kerja after Tuesday 13 February 2024 on Thursday 15 February 2024', () => {
    expect(addWorkingDays('2024-02-13', 1, cal).date).toBe('2024-02-15');
  });
});

describe('amendments', () => {
  it('includes cuti bersama 18 August 2025 added by SKB 933/2025', () => {
    const [day] = describeDate('2025-08-18', cal).nonWorking;
    expect(day?.kind).toBe('collective_leave');
    expect(day?.source).toContain('933/2025');
    expect(addWorkingDays('2025-08-15', 1, cal).date).toBe('2025-08-19');
  });

  it('has Idul Adha 2022 on Sunday 10 July (moved from 9 July by SKB 678/2022)', () => {
    expect(describeDate('2022-07-10', cal).nonWorking[0]?.source).toContain('678/2022');
    expect(describeDate('2022-07-09', cal).nonWorking).toEqual([]);
  });

  it('keeps 28-30 December 2020 as working days (cancelled by SKB 744/2020) and 31 December off', () => {
    expect(['2020-12-28', '2020-12-29', '2020-12-30', '2020-12-31'].map(working)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('moves Tahun Baru Islam 2021 to 11 August: 10 August is a working day, 11 August is not', () => {
    expect(working('2021-08-10')).toBe(true);
    expect(working('2021-08-11')).toBe(false);
    expect(working('2021-10-19')).toBe(true);
    expect(working('2021-10-20')).toBe(false);
  });

  it('has no cuti bersama on 26 December 2022 nor on 24 December 2021', () => {
    expect(working('2022-12-26')).toBe(true);
    expect(working('2021-12-24')).toBe(true);
  });
});

describe('two holidays on one date', () => {
  it('lists both Kenaikan Isa Al Masih and Idul Fitri on 13 May 2021', () => {
    const names = describeDate('2021-05-13', cal).nonWorking.map((d) => d.name.id);
    expect(names).toEqual(['Hari Raya Idul Fitri 1442 Hijriah', 'Kenaikan Isa Al Masih']);
  });

  it('counts the date once: 12-14 May 2021 remove 3 working days, not 4', () => {
    expect(countWorkingDays('2021-05-11', '2021-05-17', cal).days).toBe(1);
  });
});
