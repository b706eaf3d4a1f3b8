import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarDataError,
  describeDate,
  evaluateSla,
  InvalidArgumentError,
  isWorkingDay,
  nationalCalendar,
  nationalCalendarAsOf,
  PengaduanError,
  type RegionalDecree,
  sp4nLaporPolicy,
  withRegionalDays,
  ZONES,
} from '../../src/index.js';
import { ev } from '../fixtures/sla/_types.js';

// Example decrees for the tests: the Papua SK is the one the docs cite; the Bali circular's number is
// left open on purpose (the test is about the mechanism, not about that circular).
const papua: RegionalDecree = {
  id: 'id-papua',
  region: 'Papua',
  decree: 'SK Gubernur Papua No. 140 Tahun 2008',
  version: 'papua-hpi.1',
  zone: ZONES.WIT,
  days: [2025, 2026].map((year) => ({
    date: `${year}-02-05`,
    name: { id: 'Hari Pekabaran Injil di Tanah Papua', en: 'Gospel Day in Papua' },
  })),
};
const bali: RegionalDecree = {
  id: 'id-bali',
  region: '51',
  decree: 'Surat Edaran Gubernur Bali tentang Hari Suci Nyepi Tahun Baru Saka 1949 (example)',
  version: 'bali-2027.1',
  zone: ZONES.WITA,
  days: [
    { date: '2027-03-07', name: { id: 'Pengerupukan', en: 'Eve of Nyepi' } },
    { date: '2027-03-09', name: { id: 'Ngembak Geni', en: 'Day after Nyepi' } },
  ],
};

describe('regional days off layered on the national calendar (withRegionalDays)', () => {
  it('adds the days of a Papua decree in WIT, and leaves the national calendar as it was', () => {
    const calendar = withRegionalDays(nationalCalendar, papua);
    expect([calendar.id, calendar.zone, calendar.dataVersion]).toEqual([
      'id-papua',
      'Asia/Jayapura',
      'id-2018-2027.1+papua-hpi.1',
    ]);
    expect(isWorkingDay('2026-02-05', calendar)).toBe(false);
    expect(isWorkingDay('2026-02-05', nationalCalendar)).toBe(true);
    expect(describeDate('2026-02-05', calendar).nonWorking).toEqual([
      {
        date: '2026-02-05',
        name: { id: 'Hari Pekabaran Injil di Tanah Papua', en: 'Gospel Day in Papua' },
        kind: 'regional',
        region: 'Papua',
        source: 'SK Gubernur Papua No. 140 Tahun 2008',
      },
    ]);
    // The national data is shared, not forked: every national entry is still there, unchanged.
    expect(calendar.nonWorkingDays.filter((d) => d.kind !== 'regional')).toEqual(
      nationalCalendar.nonWorkingDays,
    );
    expect(nationalCalendar.nonWorkingDays.some((d) => d.kind === 'regional')).toBe(false);
  });

  it('ends a deadline at the end of the day in the region’s zone', () => {
    const calendar = withRegionalDays(nationalCalendar, papua);
    // Submitted Wed 4 Feb 2026, 20:00 WIT: 3 HK are 6, 9 and 10 Feb (5 Feb is off in Papua).
    const report = evaluateSla([ev('complaint.submitted', '2026-02-04T20:00:00+09:00')], sp4nLaporPolicy, {
      calendar,
      asOf: '2026-02-05T09:00:00+09:00',
    });
    expect(report.clocks.find((c) => c.ruleId === 'sp4n.verification')).toMatchObject({
      dueDate: '2026-02-10',
      dueAt: '2026-02-10T23:59:59.999+09:00',
    });
    expect(report.calendar).toEqual({ id: 'id-papua', dataVersion: 'id-2018-2027.1+papua-hpi.1' });
  });

  it('keeps a Bali day off whatever the isbat decides for the national cuti bersama on the same date', () => {
    const calendar = withRegionalDays(nationalCalendar, bali);
    expect(calendar.zone).toBe('Asia/Makassar');
    // Sunday 7 March is a weekend anyway; 9 March is national cuti bersama (tentative) and Ngembak Geni.
    expect(describeDate('2027-03-09', calendar).nonWorking.map((d) => d.kind)).toEqual([
      'collective_leave',
      'regional',
    ]);
    // Nationally, 9 March could be freed by the isbat (moved onto Nyepi); in Bali it stays off.
    expect(describeDate('2027-03-09', nationalCalendar).tentativeDays).toContain('2027-03-09');
    expect(describeDate('2027-03-09', calendar).tentativeDays).not.toContain('2027-03-09');
    expect(addWorkingDays('2027-03-05', 1, calendar).tentativeDays).not.toContain('2027-03-09');
  });

  it('layers on the calendar as known on a date too, naming both versions', () => {
    const calendar = withRegionalDays(nationalCalendarAsOf('2025-08-01'), papua);
    expect(calendar.dataVersion).toBe('id-2018-2027.1@2024-11-21+papua-hpi.1');
    expect(isWorkingDay('2025-08-18', calendar)).toBe(true);
    expect(isWorkingDay('2025-02-05', calendar)).toBe(false);
  });

  it('refuses a bad decree with typed errors, and any JSON value without a TypeError', () => {
    const field = (decree: unknown): unknown => {
      try {
        withRegionalDays(nationalCalendar, decree as RegionalDecree);
      } catch (error) {
        if (error instanceof CalendarDataError) return error.details.field;
        throw error;
      }
      return undefined;
    };
    expect(field({ ...papua, region: '' })).toBe('decree.region');
    expect(field({ ...papua, days: [{ date: '2026-02-30', name: papua.days[0]!.name }] })).toBe(
      'patch.add[0].date',
    );
    expect(field({ ...papua, days: [papua.days[0], papua.days[0]] })).toBe('patch.add[1]');
    expect(() => withRegionalDays(nationalCalendar, { ...papua, zone: 'WIT' })).toThrow(InvalidArgumentError);
    expect(() => withRegionalDays({} as never, papua)).toThrow(InvalidArgumentError);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          withRegionalDays(nationalCalendar, value as never);
        } catch (error) {
          expect(error).toBeInstanceOf(PengaduanError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
