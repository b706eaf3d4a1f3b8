import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/_lib/dayNumber.js';
import { parseInstant } from '../../src/_lib/parseInstant.js';
import { dayNumberInZone, formatInstantInZone, wallTimeToEpochMs } from '../../src/_lib/zones.js';
import { workingDaysOf } from '../../src/calendar/_lib/workingDaysOf.js';
import {
  addWorkingDays,
  countWorkingDays,
  createWorkingCalendar,
  fromDayNumber,
  isWorkingDay,
  toDayNumber,
} from '../../src/calendar/index.js';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import {
  addWorking,
  countWorking,
  isWorking,
  touchesUncovered,
} from '../../src/sla/_lib/workingDayArithmetic.js';
import { zoneDaysOf } from '../../src/sla/_lib/zoneDays.js';

// The engine's fast paths must agree with the calendar layer and the shared helpers exactly.

describe('the engine’s working-day arithmetic', () => {
  const day = fc.integer({ min: daysFromCivil(1995, 1, 1), max: daysFromCivil(2035, 12, 31) });
  const saturdays = createWorkingCalendar({
    id: 'sabtu',
    dataVersion: 't.1',
    coverage: { fromYear: 2024, toYear: 2025 },
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    nonWorkingDays: [
      { date: '2025-03-31', name: { id: 'Idul Fitri', en: 'Eid' }, kind: 'national_holiday', source: 'SKB' },
    ],
  });

  for (const [name, calendar] of [
    ['the national calendar', nationalCalendar],
    ['a six-day calendar', saturdays],
  ] as const) {
    it(`adds and counts working days exactly as the calendar layer does, on ${name}`, () => {
      const days = workingDaysOf(calendar);
      fc.assert(
        fc.property(day, fc.integer({ min: -400, max: 400 }), (d, n) => {
          const date = fromDayNumber(d);
          expect(addWorking(days, d, n)).toBe(toDayNumber(addWorkingDays(date, n, calendar).date));
          const to = d + Math.abs(n);
          expect(countWorking(days, d, to)).toBe(countWorkingDays(date, fromDayNumber(to), calendar).days);
          expect(isWorking(days, d)).toBe(isWorkingDay(date, calendar));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('says a span is provisional exactly when the calendar does', () => {
    const days = workingDaysOf(nationalCalendar);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const result = addWorkingDays(fromDayNumber(d), n, nationalCalendar);
        expect(touchesUncovered(days, d + 1, toDayNumber(result.date))).toBe(result.provisional);
      }),
      { numRuns: 500 },
    );
  });
  it('refuses near and past 1900 and 2199 with the date it has always named', () => {
    const days = workingDaysOf(nationalCalendar);
    // Found with the engine's earlier index, whose search refused the first guess past the window,
    // even when the answer lay inside it (1 December 2199 + 20 working days).
    const refused = (day: string, n: number, value: string) =>
      expect(() => addWorking(days, toDayNumber(day), n), `${day} ${n}`).toThrow(
        expect.objectContaining({ code: 'invalid_argument', details: expect.objectContaining({ value }) }),
      );
    refused('2199-12-01', 20, '2200-01-17');
    refused('1900-01-20', -10, '1899-12-22');
    refused('2090-01-01', 100_000, '2363-10-18');
    refused('2200-01-05', 3, '2200-01-08');
    refused('1899-12-30', -3, '1899-12-26');
    expect(fromDayNumber(addWorking(days, toDayNumber('2199-11-01'), 20))).toBe('2199-11-29');
    expect(() => countWorking(days, toDayNumber('1899-12-31'), toDayNumber('2000-01-01'))).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ value: '1899-12-31' }) }),
    );
  });
});

describe('the engine’s zone days', () => {
  const zones = [
    'Asia/Jakarta',
    'Asia/Makassar',
    'Asia/Jayapura',
    'UTC',
    'Asia/Singapore',
    'America/Santiago',
  ];

  it('finds the civil day of an instant and the start and end of a day as the shared helpers do', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) }),
        (zone, ms) => {
          const z = zoneDaysOf(zone);
          const d = dayNumberInZone(ms, zone);
          expect(z.dayOf(ms)).toBe(d);
          const start = wallTimeToEpochMs(d * 86_400_000, zone);
          expect(z.startMs(d)).toBe(start);
          expect(z.startIso(d)).toBe(formatInstantInZone(start, zone));
          expect(z.endIso(d)).toBe(
            formatInstantInZone(wallTimeToEpochMs((d + 1) * 86_400_000, zone) - 1, zone),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the shared instant reader on the forms hosts write', () => {
  // `parseInstant` reads these character by character and everything else through the pattern of
  // src/_lib/instantDefinition.ts; the two paths must give the same millisecond and the same refusals.
  it('reads every common form to the millisecond written, in the years 1970-2099 only', () => {
    const offsets = ['Z', '+07:00', '+08:00', '+09:00', '-03:30', '+05:45', '+14:00', '-00:00'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2120, 11, 31) }),
        fc.constantFrom(...offsets),
        fc.boolean(),
        (ms, offset, withMillis) => {
          const minutes =
            offset === 'Z'
              ? 0
              : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
          const wall = new Date(ms + minutes * 60_000).toISOString();
          const body = withMillis ? wall.slice(0, 23) : wall.slice(0, 19);
          if (!/^\d{4}/.test(body)) return;
          const text = `${body}${offset}`;
          const year = Number(body.slice(0, 4));
          if (year >= 1970 && year <= 2099) {
            expect(parseInstant(text, 'at')).toBe(withMillis ? ms : ms - (((ms % 1000) + 1000) % 1000));
          } else {
            expect(() => parseInstant(text, 'at')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses near misses of the common forms with InvalidDateError', () => {
    for (const bad of [
      '2025-02-30T10:00:00+07:00',
      '2025-02-10T24:00:00+07:00',
      '2025-02-10T10:60:00Z',
      '2025-02-10T10:00:00',
      '2025-02-10 10:00:00+07:00',
      '2025-02-10T10:00:00+7:00',
      '2025-02-10T10:00:00+07:60',
      '2025-02-10T10:00:00+14:01',
      '2025-02-10T1a:00:00Z',
      '2025-02-10T10:00:00.1a3Z',
      '20250210T100000Z',
      '',
      42,
    ]) {
      expect(() => parseInstant(bad, 'at'), String(bad)).toThrow(
        expect.objectContaining({ code: 'invalid_date' }),
      );
    }
  });

  it('accepts the rarer forms through the pattern', () => {
    expect(parseInstant('2025-02-10T10:00:00Z', 'at')).toBe(Date.UTC(2025, 1, 10, 10));
    expect(parseInstant('2025-02-10T10:00:00.123456+05:45', 'at')).toBe(Date.UTC(2025, 1, 10, 4, 15, 0, 123));
    expect(parseInstant('2025-02-10T10:00:00.5+07:00', 'at')).toBe(Date.UTC(2025, 1, 10, 3, 0, 0, 500));
  });
});
