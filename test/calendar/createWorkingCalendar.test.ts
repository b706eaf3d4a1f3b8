import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarDataError,
  countWorkingDays,
  createWorkingCalendar,
  describeDate,
  InvalidArgumentError,
  isWorkingDay,
  type NonWorkingDay,
  nationalCalendar,
  nationalCalendarAsOf,
  PengaduanError,
  type WorkingCalendarOptions,
} from '../../src/index.js';

const hpi: NonWorkingDay = {
  date: '2025-02-05',
  name: { id: 'Hari Pekabaran Injil di Tanah Papua', en: 'Gospel Day in Papua' },
  kind: 'regional',
  region: 'Papua',
  source: 'SK Gubernur Papua No. 140 Tahun 2008',
};

const base: WorkingCalendarOptions = {
  id: 'test',
  dataVersion: 'test.1',
  coverage: { fromYear: 2025, toYear: 2025 },
};

function dataError(make: () => unknown): CalendarDataError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarDataError);
    expect(error).toBeInstanceOf(PengaduanError);
    return error as CalendarDataError;
  }
  throw new Error('expected a CalendarDataError');
}

describe('createWorkingCalendar', () => {
  it('defaults to Monday-Friday, Asia/Jakarta and the fixed_date_holidays assumption', () => {
    const calendar = createWorkingCalendar(base);
    expect(calendar.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
    expect(calendar.zone).toBe('Asia/Jakarta');
    expect(calendar.uncoveredYears).toBe('fixed_date_holidays');
    expect(calendar.nonWorkingDays).toEqual([]);
    expect(isWorkingDay('2025-03-29', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-31', calendar)).toBe(true); // no holidays given
  });

  it('supports a six-day week with a make-up Saturday marked as an extra working day elsewhere', () => {
    const sixDays = createWorkingCalendar({ ...base, workingWeekdays: [6, 1, 2, 3, 4, 5] });
    expect(sixDays.workingWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(isWorkingDay('2025-03-29', sixDays)).toBe(true);
    const aceh = createWorkingCalendar({
      ...base,
      extraWorkingDays: [
        {
          date: '2024-06-22',
          name: { id: 'Hari kerja pengganti', en: 'Make-up working day' },
          source: 'Kepgub Aceh 100.3.3.1/845/2024',
        },
      ],
      coverage: { fromYear: 2024, toYear: 2024 },
    });
    expect(isWorkingDay('2024-06-22', aceh)).toBe(true);
    expect(describeDate('2024-06-22', aceh).extraWorking?.source).toContain('845/2024');
  });

  it('keeps two different holidays on one date and sorts entries by date', () => {
    const calendar = createWorkingCalendar({
      ...base,
      nonWorkingDays: [
        { ...hpi, date: '2025-05-29', kind: 'national_holiday', name: { id: 'B', en: 'B' } },
        { ...hpi, date: '2025-05-01', kind: 'national_holiday', name: { id: 'A', en: 'A' } },
        { ...hpi, date: '2025-05-29', kind: 'national_holiday', name: { id: 'C', en: 'C' } },
      ],
    });
    expect(calendar.nonWorkingDays.map((d) => `${d.date} ${d.name.id}`)).toEqual([
      '2025-05-01 A',
      '2025-05-29 B',
      '2025-05-29 C',
    ]);
  });

  it('refuses the same holiday twice, naming both entries', () => {
    const error = dataError(() => createWorkingCalendar({ ...base, nonWorkingDays: [hpi, { ...hpi }] }));
    expect(error.code).toBe('calendar_data');
    expect(error.details.field).toBe('nonWorkingDays[1]');
    expect(error.message).toContain('2025-02-05');
    expect(error.message).toContain('nonWorkingDays[0]');
    expect(error.text.id).toContain('sudah ada');
  });

  it('refuses a malformed date in an entry, naming the field', () => {
    const error = dataError(() =>
      createWorkingCalendar({ ...base, nonWorkingDays: [{ ...hpi, date: '2025-02-30' }] }),
    );
    expect(error.details.field).toBe('nonWorkingDays[0].date');
    expect(error.message).toContain('2025-02 has 28 days');
    expect(error.details.entry).toEqual({ ...hpi, date: '2025-02-30' });
  });

  it('refuses an unknown kind', () => {
    const entry = { ...hpi, kind: 'holiday' } as unknown as NonWorkingDay;
    const error = dataError(() => createWorkingCalendar({ ...base, nonWorkingDays: [entry] }));
    expect(error.details.field).toBe('nonWorkingDays[0].kind');
    expect(error.message).toContain('national_holiday, collective_leave, regional, office_closure');
  });

  it('refuses a regional day without its region, and entries without name or source', () => {
    const { region: _region, ...noRegion } = hpi;
    expect(
      dataError(() => createWorkingCalendar({ ...base, nonWorkingDays: [noRegion] })).details.field,
    ).toBe('nonWorkingDays[0].region');
    const noSource = { ...hpi, source: ' ' };
    expect(
      dataError(() => createWorkingCalendar({ ...base, nonWorkingDays: [noSource] })).details.field,
    ).toBe('nonWorkingDays[0].source');
    const noEnglish = { ...hpi, name: { id: 'HPI' } } as unknown as NonWorkingDay;
    expect(
      dataError(() => createWorkingCalendar({ ...base, nonWorkingDays: [noEnglish] })).details.field,
    ).toBe('nonWorkingDays[0].name.en');
  });

  it('refuses an extra working day that is also a non-working day', () => {
    const error = dataError(() =>
      createWorkingCalendar({
        ...base,
        nonWorkingDays: [hpi],
        extraWorkingDays: [{ date: '2025-02-05', name: { id: 'x', en: 'x' }, source: 'y' }],
      }),
    );
    expect(error.details.field).toBe('extraWorkingDays[0]');
    expect(error.details.conflictsWith).toBe('nonWorkingDays[0]');
  });

  it('refuses a coverage whose fromYear is after its toYear, or outside 1900-2199', () => {
    const error = dataError(() =>
      createWorkingCalendar({ ...base, coverage: { fromYear: 2026, toYear: 2025 } }),
    );
    expect(error.details.field).toBe('coverage');
    expect(error.message).toContain('fromYear (2026) is after toYear (2025)');
    expect(() => createWorkingCalendar({ ...base, coverage: { fromYear: 1800, toYear: 2025 } })).toThrow(
      CalendarDataError,
    );
  });

  it('refuses bad working weeks, zones, ids and assumptions', () => {
    for (const workingWeekdays of [[], [0], [8], [1, 1], [1.5]]) {
      expect(() =>
        createWorkingCalendar({ ...base, workingWeekdays } as unknown as WorkingCalendarOptions),
      ).toThrow(CalendarDataError);
    }
    expect(dataError(() => createWorkingCalendar({ ...base, zone: 'Asia/Jakata' })).message).toContain(
      'Asia/Jakata',
    );
    expect(dataError(() => createWorkingCalendar({ ...base, zone: '+07:00' })).details.field).toBe('zone');
    expect(dataError(() => createWorkingCalendar({ ...base, id: '' })).details.field).toBe('id');
    const assumption = { ...base, uncoveredYears: 'guess' } as unknown as WorkingCalendarOptions;
    expect(dataError(() => createWorkingCalendar(assumption)).details.field).toBe('uncoveredYears');
  });
});

describe('immutability', () => {
  it('freezes the calendar, its lists and its entries', () => {
    const calendar = createWorkingCalendar({ ...base, nonWorkingDays: [hpi] });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.nonWorkingDays)).toBe(true);
    expect(Object.isFrozen(calendar.nonWorkingDays[0])).toBe(true);
    expect(Object.isFrozen(calendar.nonWorkingDays[0]?.name)).toBe(true);
    expect(Object.isFrozen(calendar.coverage)).toBe(true);
    expect(Object.isFrozen(calendar.workingWeekdays)).toBe(true);
    expect(Object.isFrozen(nationalCalendar)).toBe(true);
    // Results are fresh objects per call (not frozen: that would double the cost); their year lists are.
    expect(Object.isFrozen(addWorkingDays('2027-12-15', 60, nationalCalendar).uncoveredYears)).toBe(true);
    expect(Object.isFrozen(addWorkingDays('2027-03-05', 3, nationalCalendar).tentativeDays)).toBe(true);
  });

  it('neither mutates nor keeps the caller’s arrays', () => {
    const days = [{ ...hpi }];
    const snapshot = JSON.stringify(days);
    const calendar = createWorkingCalendar({ ...base, nonWorkingDays: days });
    expect(JSON.stringify(days)).toBe(snapshot);
    expect(Object.isFrozen(days[0])).toBe(false);
    days.push({ ...hpi, date: '2025-02-06' });
    expect(calendar.nonWorkingDays).toHaveLength(1);
  });

  it('survives a JSON round trip: the data is plain, and createWorkingCalendar accepts it back', () => {
    const copy = createWorkingCalendar(JSON.parse(JSON.stringify(nationalCalendar)));
    expect(copy.nonWorkingDays).toEqual(nationalCalendar.nonWorkingDays);
    expect(addWorkingDays('2025-03-27', 3, copy).date).toBe('2025-04-10');
  });
});

describe('calendar.extend', () => {
  it('adds a regional day off and returns a new calendar, leaving the original as it was', () => {
    const papua = nationalCalendar.extend({
      id: 'id-papua',
      dataVersion: 'id-2018-2027.1+papua.1',
      add: [hpi],
    });
    expect(papua).not.toBe(nationalCalendar);
    expect(papua.id).toBe('id-papua');
    expect(papua.dataVersion).toBe('id-2018-2027.1+papua.1');
    expect(isWorkingDay('2025-02-05', papua)).toBe(false);
    expect(isWorkingDay('2025-02-05', nationalCalendar)).toBe(true);
    expect(nationalCalendar.nonWorkingDays).toHaveLength(240);
    expect(papua.nonWorkingDays).toHaveLength(241);
  });

  it('moves a day: an amendment that cancels one date and adds another', () => {
    // What SKB 712/2021 did: Tahun Baru Islam 1443 H from 10 to 11 August 2021, replayed on the old data.
    const before = nationalCalendar.extend({
      dataVersion: 'replay',
      remove: ['2021-08-11'],
      add: [
        {
          date: '2021-08-10',
          name: { id: 'Tahun Baru Islam 1443 Hijriah', en: 'Islamic New Year' },
          kind: 'national_holiday',
          source: 'SKB No. 642/2020, 4/2020, 4/2020',
        },
      ],
    });
    expect(isWorkingDay('2021-08-10', before)).toBe(false);
    expect(isWorkingDay('2021-08-11', before)).toBe(true);
  });

  it('cancels only the entries matching kind or name on a date that has several', () => {
    const calendar = nationalCalendar.extend({
      dataVersion: 'x',
      remove: [{ date: '2021-05-13', name: 'Kenaikan Isa Al Masih' }],
    });
    expect(describeDate('2021-05-13', calendar).nonWorking.map((d) => d.name.id)).toEqual([
      'Hari Raya Idul Fitri 1442 Hijriah',
    ]);
    const noLeave = nationalCalendar.extend({
      dataVersion: 'x',
      remove: [{ date: '2025-08-18', kind: 'collective_leave' }],
    });
    expect(isWorkingDay('2025-08-18', noLeave)).toBe(true);
  });

  it('refuses to cancel a date that has no matching entry (a typo in the date)', () => {
    const error = dataError(() => nationalCalendar.extend({ dataVersion: 'x', remove: ['2025-08-19'] }));
    expect(error.details.field).toBe('patch.remove[0]');
    expect(error.message).toContain('2025-08-19');
  });

  it('widens coverage with next year’s SKB, and refuses a gap between the old and the new years', () => {
    const upTo2026 = nationalCalendarAsOf('2026-09-14');
    const next = upTo2026.extend({
      dataVersion: 'id-2018-2027.1',
      coverage: { fromYear: 2027, toYear: 2027 },
    });
    expect(next.coverage).toEqual({ fromYear: 2018, toYear: 2027 });
    expect(addWorkingDays('2026-12-30', 3, next).provisional).toBe(false);
    const error = dataError(() =>
      upTo2026.extend({ dataVersion: 'x', coverage: { fromYear: 2028, toYear: 2028 } }),
    );
    expect(error.details.field).toBe('patch.coverage');
  });

  it('adds and removes extra working days', () => {
    const make = nationalCalendar.extend({
      dataVersion: 'x',
      addExtraWorkingDays: [{ date: '2025-06-21', name: { id: 'Pengganti', en: 'Make-up' }, source: 's' }],
    });
    expect(isWorkingDay('2025-06-21', make)).toBe(true);
    const unmade = make.extend({ dataVersion: 'y', removeExtraWorkingDays: ['2025-06-21'] });
    expect(isWorkingDay('2025-06-21', unmade)).toBe(false);
    expect(() => unmade.extend({ dataVersion: 'z', removeExtraWorkingDays: ['2025-06-21'] })).toThrow(
      CalendarDataError,
    );
  });

  it('requires a new dataVersion and names patch fields in its errors', () => {
    expect(dataError(() => nationalCalendar.extend({} as never)).details.field).toBe('patch.dataVersion');
    const bad = dataError(() =>
      nationalCalendar.extend({ dataVersion: 'x', add: [{ ...hpi, date: '2025-13-01' }] }),
    );
    expect(bad.details.field).toBe('patch.add[0].date');
    const duplicate = dataError(() =>
      nationalCalendar.extend({ dataVersion: 'x', add: [nationalCalendar.nonWorkingDays[0]!] }),
    );
    expect(duplicate.details.field).toBe('patch.add[0]');
    expect(duplicate.details.duplicateOf).toBe('nonWorkingDays[0]');
  });

  it('can change the working week and the uncovered-year assumption', () => {
    const saturdays = nationalCalendar.extend({ dataVersion: 'x', workingWeekdays: [1, 2, 3, 4, 5, 6] });
    expect(isWorkingDay('2025-03-22', saturdays)).toBe(true);
    expect(isWorkingDay('2025-03-29', saturdays)).toBe(false); // Nyepi
    const plain = nationalCalendar.extend({ dataVersion: 'x', uncoveredYears: 'weekends_only' });
    expect(isWorkingDay('2028-08-17', plain)).toBe(true);
    expect(isWorkingDay('2028-08-17', nationalCalendar)).toBe(false);
  });
});

describe('calendar.withZone', () => {
  it('returns a calendar for another zone with the same days', () => {
    const wit = nationalCalendar.withZone('Asia/Jayapura');
    expect(wit).not.toBe(nationalCalendar);
    expect(wit.zone).toBe('Asia/Jayapura');
    expect(nationalCalendar.zone).toBe('Asia/Jakarta');
    expect(wit.nonWorkingDays).toBe(nationalCalendar.nonWorkingDays);
    expect(countWorkingDays('2025-01-01', '2025-12-31', wit)).toEqual(
      countWorkingDays('2025-01-01', '2025-12-31', nationalCalendar),
    );
    expect(wit.extend({ dataVersion: 'x' }).zone).toBe('Asia/Jayapura');
  });

  it('refuses an unknown zone with InvalidArgumentError naming it', () => {
    expect(() => nationalCalendar.withZone('Asia/Papua')).toThrow(InvalidArgumentError);
    expect(() => nationalCalendar.withZone('Asia/Papua')).toThrow(/"Asia\/Papua"/);
  });
});
