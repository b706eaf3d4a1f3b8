import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  CalendarCoverageError,
  CalendarTentativeError,
  civilDateOf,
  countWorkingDays,
  describeDate,
  endOfCivilDay,
  formatInstant,
  InvalidArgumentError,
  InvalidDateError,
  isWorkingDay,
  listNonWorkingDays,
  nationalCalendar,
  PengaduanError,
  startOfCivilDay,
  toDayNumber,
  toEpochMilliseconds,
  type WorkingCalendar,
} from '../../src/index.js';

function caught(run: () => unknown): PengaduanError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PengaduanError);
    return error as PengaduanError;
  }
  throw new Error('expected an error');
}

describe('bad civil dates', () => {
  it.each([
    ['2025-02-30', '2025-02 has 28 days', '2025-02 hanya memiliki 28 hari'],
    ['2024-02-30', '2024-02 has 29 days', '2024-02 hanya memiliki 29 hari'],
    ['2025-04-31', '2025-04 has 30 days', '2025-04 hanya memiliki 30 hari'],
    ['2025-13-01', 'there is no month 13', 'bulan 13 tidak ada'],
    ['2025-00-10', 'there is no month 0', 'bulan 0 tidak ada'],
    ['0000-01-01', 'between 0001 and 9999', 'antara 0001 dan 9999'],
    ['27/03/2025', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['2025-3-7', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['2025-03-07 ', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['2025-03-27T00:00:00Z', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['2025/03/27', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['+2025-03-2', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD', 'YYYY-MM-DD'],
  ])('refuses %j with InvalidDateError naming the value and why', (value, en, id) => {
    const error = caught(() => toDayNumber(value));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.name).toBe('InvalidDateError');
    expect(error.code).toBe('invalid_date');
    expect(error.details.value).toBe(value);
    expect(error.message).toContain(JSON.stringify(value));
    expect(error.message).toContain(en);
    expect(error.text.en).toBe(error.message);
    expect(error.text.id).toContain(JSON.stringify(value));
    expect(error.text.id).toContain(id);
  });

  it.each([
    [20250327, '20250327'],
    [null, 'null'],
    [undefined, 'undefined'],
    [new Date(0), 'a Date (1970-01-01T00:00:00.000Z): a Date without a time zone'],
    [new Date(Number.NaN), 'an Invalid Date'],
  ])('refuses a non-string (%s) and says what it got', (value, shown) => {
    const error = caught(() => toDayNumber(value as unknown as string));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.message).toContain(shown);
  });

  it('checks dates in every function that takes one', () => {
    const bad = '2025-02-30';
    const calls: (() => unknown)[] = [
      () => isWorkingDay(bad, nationalCalendar),
      () => addWorkingDays(bad, 1, nationalCalendar),
      () => countWorkingDays('2025-01-01', bad, nationalCalendar),
      () => countWorkingDays(bad, '2025-01-01', nationalCalendar),
      () => listNonWorkingDays(bad, '2025-12-31', nationalCalendar),
      () => describeDate(bad, nationalCalendar),
      () => addCalendarDays(bad, 1),
      () => endOfCivilDay(bad, 'Asia/Jakarta'),
      () => startOfCivilDay(bad, 'Asia/Jakarta'),
    ];
    for (const call of calls) expect(call).toThrow(InvalidDateError);
    expect(caught(() => countWorkingDays('2025-01-01', bad, nationalCalendar)).details.argument).toBe('to');
  });
});

describe('bad numbers of days', () => {
  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], ['3']])(
    'refuses n = %s with InvalidArgumentError',
    (n) => {
      const error = caught(() => addWorkingDays('2025-03-27', n as number, nationalCalendar));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.code).toBe('invalid_argument');
      expect(error.details.argument).toBe('n');
      expect(error.message).toContain('whole number of days');
      expect(error.text.id).toContain('bilangan bulat');
    },
  );

  it('refuses a result beyond 2199-12-31, the span the tables cover', () => {
    const error = caught(() => addWorkingDays('2025-03-27', 100_000, nationalCalendar));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toContain('2199-12-31');
    expect(() => addWorkingDays('1900-01-02', -5, nationalCalendar)).toThrow(InvalidArgumentError);
  });

  it('refuses dates outside 1900-2199 in working-day arithmetic, naming the date', () => {
    const error = caught(() => isWorkingDay('1899-12-31', nationalCalendar));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toContain('"1899-12-31"');
    expect(() => countWorkingDays('2025-01-01', '2200-01-01', nationalCalendar)).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('bad calendars, zones, instants and options', () => {
  it('refuses an object that is not a calendar made by this library', () => {
    const fake = { ...nationalCalendar } as WorkingCalendar;
    const error = caught(() => isWorkingDay('2025-03-27', fake));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.details.argument).toBe('calendar');
    expect(() => addWorkingDays('2025-03-27', 1, undefined as unknown as WorkingCalendar)).toThrow(
      InvalidArgumentError,
    );
  });

  it.each(['Asia/Jakata', 'WIB', '+07:00', '', 'Jakarta'])('refuses the zone %j', (zone) => {
    const error = caught(() => civilDateOf('2025-03-27T10:00:00+07:00', zone));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.details.argument).toBe('zone');
    expect(error.message).toContain(JSON.stringify(zone));
    expect(error.text.id).toContain('zona waktu IANA');
    expect(() => endOfCivilDay('2025-03-27', zone)).toThrow(InvalidArgumentError);
  });

  it.each([
    '2025-03-27 10:00',
    '2025-03-27T10:00',
    '2025-03-27T10:00:00',
    '2025-03-27',
    '2025-03-27T24:00:00Z',
    '2025-02-29T10:00:00Z',
    '2025-03-27T10:00:00+25:00',
    '27/03/2025 10:00 WIB',
  ])('refuses the instant %j: an instant must carry a valid offset', (instant) => {
    const error = caught(() => civilDateOf(instant, 'Asia/Jakarta'));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.message).toContain(JSON.stringify(instant));
    expect(error.message).toContain('offset');
    expect(() => toEpochMilliseconds(instant)).toThrow(InvalidDateError);
  });

  it('refuses an unknown coverage mode', () => {
    const options = { coverage: 'lenient' } as unknown as { coverage: 'strict' };
    const error = caught(() => addWorkingDays('2025-03-27', 3, nationalCalendar, options));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toContain('"lenient"');
  });

  it('refuses a list whose end is before its start', () => {
    expect(() => listNonWorkingDays('2025-12-31', '2025-01-01', nationalCalendar)).toThrow(
      InvalidArgumentError,
    );
  });

  it('refuses epoch milliseconds that are not integers', () => {
    expect(() => formatInstant(1.5, 'Asia/Jakarta')).toThrow(InvalidArgumentError);
    expect(() => formatInstant(Number.NaN, 'Asia/Jakarta')).toThrow(InvalidArgumentError);
  });

  it('makes every error class a PengaduanError and an Error with its own name', () => {
    const coverage = caught(() => addWorkingDays('2027-12-15', 60, nationalCalendar, { coverage: 'strict' }));
    expect(coverage).toBeInstanceOf(CalendarCoverageError);
    expect(coverage).toBeInstanceOf(Error);
    expect(coverage.name).toBe('CalendarCoverageError');
    expect(String(coverage)).toContain('CalendarCoverageError');
    const tentative = caught(() =>
      addWorkingDays('2027-03-05', 3, nationalCalendar, { tentative: 'strict' }),
    );
    expect(tentative).toBeInstanceOf(CalendarTentativeError);
    expect(tentative).toBeInstanceOf(PengaduanError);
    expect(tentative.name).toBe('CalendarTentativeError');
    expect(tentative.code).toBe('calendar_tentative');
  });

  it('refuses an unknown tentative mode', () => {
    const options = { tentative: 'lenient' } as unknown as { tentative: 'strict' };
    expect(() => addWorkingDays('2025-03-27', 3, nationalCalendar, options)).toThrow(InvalidArgumentError);
    expect(() => countWorkingDays('2025-03-27', '2025-04-10', nationalCalendar, options)).toThrow(
      InvalidArgumentError,
    );
    expect(() => isWorkingDay('2025-03-27', nationalCalendar, options)).toThrow(InvalidArgumentError);
    expect(() => describeDate('2025-03-27', nationalCalendar, options)).toThrow(InvalidArgumentError);
  });
});
