import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarDataError,
  type CalendarDataFile,
  calendarFromData,
  InvalidArgumentError,
  InvalidDateError,
  isWorkingDay,
  NATIONAL_CALENDAR_DATA,
  NATIONAL_DATA_VERSION,
  nationalCalendar,
  nationalCalendarAsOf,
  PengaduanError,
} from '../../src/index.js';

const dataUrl = new URL('../../src/holidays/data/national-calendar.json', import.meta.url);
const dataText = readFileSync(dataUrl, 'utf8');
const file = JSON.parse(dataText) as CalendarDataFile;
const schema = JSON.parse(
  readFileSync(new URL('../../src/holidays/data/calendar-data.schema.json', import.meta.url), 'utf8'),
) as object;

type Entry = Record<string, unknown>;
interface Editable extends Entry {
  decrees: Entry[];
  days: Entry[];
}

/** A deep copy of the file with a change, for the error tests. */
function edited(change: (data: Editable) => void): unknown {
  const copy = JSON.parse(dataText) as Editable;
  change(copy);
  return copy;
}

function dataError(data: unknown): CalendarDataError {
  try {
    calendarFromData(data);
  } catch (error) {
    if (error instanceof CalendarDataError) return error;
    throw error;
  }
  throw new Error('expected a CalendarDataError');
}

describe('the national data file (pengaduan/data/national-calendar.json)', () => {
  it('is what the built-in data was generated from: same content, and its sha256 in the header', () => {
    expect(NATIONAL_CALENDAR_DATA).toEqual(file);
    const generated = readFileSync(new URL('../../src/holidays/nationalData.ts', import.meta.url), 'utf8');
    expect(/Input sha256: ([0-9a-f]{64})/.exec(generated)?.[1]).toBe(
      createHash('sha256').update(dataText).digest('hex'),
    );
  });

  it('builds, through calendarFromData, exactly the shipped nationalCalendar', () => {
    const loaded = calendarFromData(file);
    expect(loaded.nonWorkingDays).toEqual(nationalCalendar.nonWorkingDays);
    expect(loaded.coverage).toEqual(nationalCalendar.coverage);
    expect(loaded.dataVersion).toBe(NATIONAL_DATA_VERSION);
    expect(loaded.zone).toBe('Asia/Jakarta');
    expect(addWorkingDays('2026-12-15', 60, loaded)).toEqual(
      addWorkingDays('2026-12-15', 60, nationalCalendar),
    );
  });

  it('is valid against its JSON Schema (draft-07, ajv strict), which refuses a misspelt field', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(edited((d) => (d.days[0]!.adedBy = 'skb-2018')))).toBe(false);
    expect(validate(edited((d) => (d.decrees[0]!.sourceStrength = 'rumour')))).toBe(false);
  });

  it('reads the deprecated kebab-case spellings of 0.x data (skb-amendment, official-list) as snake_case', () => {
    const old = edited((d) => {
      for (const decree of d.decrees) {
        if (decree.type === 'skb_amendment') decree.type = 'skb-amendment';
        if (decree.sourceStrength === 'official_list') decree.sourceStrength = 'official-list';
      }
    });
    expect(JSON.stringify(old)).toContain('"skb-amendment"');
    expect(JSON.stringify(old)).toContain('"official-list"');
    const loaded = calendarFromData(old);
    expect(loaded.nonWorkingDays).toEqual(nationalCalendar.nonWorkingDays);
    expect(loaded.coverage).toEqual(nationalCalendar.coverage);
    expect(loaded.uncoveredYears).toBe('fixed_date_holidays');
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    expect(validate(old), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is consistent at every point of its history (the calendar as known on each decree’s day builds)', () => {
    for (const decree of file.decrees) {
      const calendar = calendarFromData(file, { asOf: decree.issued });
      expect(calendar.coverage.toYear).toBeGreaterThanOrEqual(2018);
    }
  });

  it('names every decree a day refers to, and never removes a day before it was added', () => {
    const issued = new Map(file.decrees.map((d) => [d.id, d.issued]));
    for (const day of file.days) {
      expect(issued.has(day.addedBy)).toBe(true);
      if (day.removedBy !== undefined)
        expect(issued.get(day.removedBy)! > issued.get(day.addedBy)!).toBe(true);
    }
  });
});

describe('calendars as known on a date (nationalCalendarAsOf)', () => {
  it('2024: the Pemilu (Keppres 10/2024 of 6 Feb) and Pilkada (Keppres 33/2024 of 21 Nov) holidays', () => {
    const before = nationalCalendarAsOf('2024-02-05');
    const march = nationalCalendarAsOf('2024-03-01');
    const december = nationalCalendarAsOf('2024-12-01');
    expect(isWorkingDay('2024-02-14', before)).toBe(true);
    expect(isWorkingDay('2024-02-14', march)).toBe(false);
    expect(isWorkingDay('2024-11-27', march)).toBe(true);
    expect(isWorkingDay('2024-11-27', december)).toBe(false);
    // A 5-hari-kerja deadline from 12 Feb 2024, computed on 5 Feb and on 1 Mar.
    expect(addWorkingDays('2024-02-12', 5, before).date).toBe('2024-02-19');
    expect(addWorkingDays('2024-02-12', 5, march).date).toBe('2024-02-20');
    expect([before.dataVersion, march.dataVersion, december.dataVersion]).toEqual([
      'id-2018-2027.1@2023-09-12',
      'id-2018-2027.1@2024-02-06',
      'id-2018-2027.1@2024-11-21',
    ]);
  });

  it('2025: 18 August became cuti bersama by the amending SKB 933/2025 of 7 August', () => {
    expect(isWorkingDay('2025-08-18', nationalCalendarAsOf('2025-08-06'))).toBe(true);
    expect(isWorkingDay('2025-08-18', nationalCalendarAsOf('2025-08-07'))).toBe(false);
    expect(addWorkingDays('2025-08-15', 1, nationalCalendarAsOf('2025-08-01')).date).toBe('2025-08-18');
    expect(addWorkingDays('2025-08-15', 1, nationalCalendarAsOf('2025-08-07')).date).toBe('2025-08-19');
  });

  it('keeps the days later cancelled or moved: Idul Adha 2022, Tahun Baru Islam 2021, Lebaran 2020', () => {
    expect(isWorkingDay('2022-07-08', nationalCalendarAsOf('2022-07-06'))).toBe(true);
    expect(describeDates('2022-07-09', '2022-07-06')).toEqual(['Hari Raya Idul Adha 1443 Hijriah']);
    expect(describeDates('2022-07-09', '2022-07-07')).toEqual([]);
    expect(describeDates('2022-07-10', '2022-07-07')).toEqual(['Hari Raya Idul Adha 1443 Hijriah']);
    expect(isWorkingDay('2021-08-10', nationalCalendarAsOf('2021-06-17'))).toBe(false);
    expect(isWorkingDay('2021-08-10', nationalCalendarAsOf('2021-06-18'))).toBe(true);
    // 2020: 26-29 May cuti bersama from March to April, 28-30 Dec from April to 1 December.
    expect(isWorkingDay('2020-05-28', nationalCalendarAsOf('2020-03-08'))).toBe(true);
    expect(isWorkingDay('2020-05-28', nationalCalendarAsOf('2020-03-09'))).toBe(false);
    expect(isWorkingDay('2020-05-28', nationalCalendarAsOf('2020-04-12'))).toBe(true);
    expect(isWorkingDay('2020-12-29', nationalCalendarAsOf('2020-11-30'))).toBe(false);
    expect(isWorkingDay('2020-12-29', nationalCalendarAsOf('2020-12-01'))).toBe(true);
  });

  it('covers only the years whose SKB was signed by then', () => {
    expect(nationalCalendarAsOf('2017-09-22').coverage).toEqual({ fromYear: 2018, toYear: 2018 });
    expect(nationalCalendarAsOf('2024-03-01').coverage).toEqual({ fromYear: 2018, toYear: 2024 });
    expect(addWorkingDays('2024-12-20', 10, nationalCalendarAsOf('2024-03-01')).provisional).toBe(true);
  });

  it('is the shipped calendar from the last decree on, and one shared calendar per state of knowledge', () => {
    expect(nationalCalendarAsOf('2026-12-01')).toBe(nationalCalendar);
    expect(nationalCalendarAsOf('2026-09-15')).toBe(nationalCalendar);
    expect(nationalCalendarAsOf('2024-03-01')).toBe(nationalCalendarAsOf('2024-10-13'));
    expect(nationalCalendarAsOf('2024-03-01')).not.toBe(nationalCalendarAsOf('2024-10-14'));
  });

  it('refuses a date before the first SKB, and anything that is not a date', () => {
    expect(() => nationalCalendarAsOf('2017-09-21')).toThrow(InvalidArgumentError);
    expect(() => nationalCalendarAsOf('2024-02-30')).toThrow(InvalidDateError);
    expect(() => nationalCalendarAsOf(20240301 as unknown as string)).toThrow(InvalidDateError);
  });
});

function describeDates(date: string, asOf: string): string[] {
  return nationalCalendarAsOf(asOf)
    .nonWorkingDays.filter((d) => d.date === date)
    .map((d) => d.name.id);
}

describe('calendarFromData: a host’s own data', () => {
  it('takes a decision after the isbat: a confirmed day is no longer tentative from the decision on', () => {
    const confirmed = edited((d) => {
      d.dataVersion = 'id-2018-2027.2';
      d.decrees.push({
        id: 'kma-idulfitri-1448',
        type: 'kma',
        year: 2027,
        title: 'Keputusan Menteri Agama tentang Penetapan 1 Syawal 1448 H (example)',
        issued: '2027-03-08',
        sourceStrength: 'official_list',
      });
      for (const day of d.days) {
        if (day.date === '2027-03-10' || day.date === '2027-03-11') day.confirmedBy = 'kma-idulfitri-1448';
      }
    });
    const before = calendarFromData(confirmed, { asOf: '2027-03-07' });
    const after = calendarFromData(confirmed);
    const marks = (calendar: typeof after): string[] =>
      calendar.nonWorkingDays.filter((day) => day.tentative).map((day) => day.date);
    expect(marks(before)).toContain('2027-03-10');
    expect(marks(after)).toEqual(['2027-03-09', '2027-03-12', '2027-03-15', '2027-05-17', '2027-05-18']);
    expect(after.dataVersion).toBe('id-2018-2027.2');
    expect(before.dataVersion).toBe('id-2018-2027.2@2026-09-15');
  });

  it('refuses inconsistent data with CalendarDataError naming the field', () => {
    expect(dataError(null).details.field).toBe('data');
    expect(dataError(edited((d) => (d.format = 'v2'))).details.field).toBe('format');
    expect(dataError(edited((d) => (d.zone = 'WIB'))).details.field).toBe('zone');
    expect(dataError(edited((d) => (d.decrees = []))).details.field).toBe('decrees');
    expect(dataError(edited((d) => (d.decrees[1]!.id = 'skb-2018'))).details.field).toBe('decrees[1].id');
    expect(dataError(edited((d) => (d.decrees[0]!.type = 'perpres'))).details.field).toBe('decrees[0].type');
    expect(dataError(edited((d) => (d.decrees[0]!.issued = '2017-02-30'))).details.field).toBe(
      'decrees[0].issued',
    );
    expect(dataError(edited((d) => (d.decrees[1]!.amends = 'skb-2099'))).details.field).toBe(
      'decrees[1].amends',
    );
    expect(dataError(edited((d) => (d.days[0]!.addedBy = 'skb-2099'))).details.field).toBe('days[0].addedBy');
    expect(dataError(edited((d) => delete d.days[0]!.addedBy)).details.field).toBe('days[0].addedBy');
    expect(dataError(edited((d) => (d.days[0]!.removedBy = 'skb-2018'))).details.field).toBe(
      'days[0].removedBy',
    );
    expect(dataError(edited((d) => (d.days[0]!.confirmedBy = 'skb-2018'))).details.field).toBe(
      'days[0].confirmedBy',
    );
    expect(dataError(edited((d) => (d.days[0]!.kind = 'holiday'))).details.field).toBe('days[0].kind');
    expect(dataError(edited((d) => (d.days[0]!.tentative = 'isbat'))).details.field).toBe(
      'days[0].tentative',
    );
    expect(dataError(edited((d) => (d.days[0]!.date = '2031-01-01'))).details.field).toBe('days[0].date');
    // The same holiday twice in force at once.
    expect(dataError(edited((d) => d.days.push({ ...d.days[0]! }))).details.field).toMatch(/^days\[\d+\]$/);
    // A gap in the yearly SKBs.
    expect(dataError(edited((d) => (d.decrees.find((x) => x.id === 'skb-2020')!.year = 2031))).code).toBe(
      'calendar_data',
    );
  });

  it('answers any JSON value with a typed error or a calendar, never a TypeError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          calendarFromData(value);
        } catch (error) {
          expect(error).toBeInstanceOf(PengaduanError);
        }
        try {
          calendarFromData(file, { asOf: value as string });
        } catch (error) {
          expect(error).toBeInstanceOf(PengaduanError);
        }
      }),
      { numRuns: 200 },
    );
    expect(() => calendarFromData(file, 'x' as never)).toThrow(CalendarDataError);
  });

  it('never changes its input', () => {
    const input = JSON.parse(dataText) as unknown;
    const frozenCopy = JSON.stringify(input);
    calendarFromData(input, { asOf: '2024-03-01' });
    expect(JSON.stringify(input)).toBe(frozenCopy);
  });
});
