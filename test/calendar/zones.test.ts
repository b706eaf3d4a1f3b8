import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDateOf,
  endOfCivilDay,
  formatInstant,
  startOfCivilDay,
  toEpochMilliseconds,
  ZONES,
} from '../../src/index.js';

describe('civilDateOf', () => {
  it('puts 2025-03-27T23:30:00+09:00 on 27 March in WIT, and in WITA and WIB too', () => {
    expect(civilDateOf('2025-03-27T23:30:00+09:00', ZONES.WIT)).toBe('2025-03-27');
    expect(civilDateOf('2025-03-27T23:30:00+09:00', ZONES.WITA)).toBe('2025-03-27'); // 22:30
    expect(civilDateOf('2025-03-27T23:30:00+09:00', ZONES.WIB)).toBe('2025-03-27'); // 21:30
  });

  it('puts 2025-03-27T17:30:00Z on 28 March in WIT (02:30), WITA (01:30) and WIB (00:30)', () => {
    expect(civilDateOf('2025-03-27T17:30:00Z', ZONES.WIT)).toBe('2025-03-28');
    expect(civilDateOf('2025-03-27T17:30:00Z', ZONES.WITA)).toBe('2025-03-28');
    expect(civilDateOf('2025-03-27T17:30:00Z', ZONES.WIB)).toBe('2025-03-28');
  });

  it('splits 27/28 March at midnight of each zone', () => {
    expect(civilDateOf('2025-03-27T16:59:59.999Z', ZONES.WIB)).toBe('2025-03-27');
    expect(civilDateOf('2025-03-27T17:00:00Z', ZONES.WIB)).toBe('2025-03-28');
    expect(civilDateOf('2025-03-27T15:59:59.999Z', ZONES.WITA)).toBe('2025-03-27');
    expect(civilDateOf('2025-03-27T16:00:00Z', ZONES.WITA)).toBe('2025-03-28');
    expect(civilDateOf('2025-03-27T14:59:59.999Z', ZONES.WIT)).toBe('2025-03-27');
    expect(civilDateOf('2025-03-27T15:00:00Z', ZONES.WIT)).toBe('2025-03-28');
  });

  it('reads offsets written in any form: Z, +07:00, -03:00, with or without fractions', () => {
    expect(civilDateOf('2025-03-27T20:00:00-03:00', ZONES.WIB)).toBe('2025-03-28');
    expect(civilDateOf('2025-03-27T23:59:59.999999999+07:00', ZONES.WIB)).toBe('2025-03-27');
    expect(civilDateOf('2025-03-27T23:59:00+07:00', 'UTC')).toBe('2025-03-27');
  });

  it('agrees with the zone offset that Intl reports, for random accepted instants (1970-2099)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.constantFrom(
          ZONES.WIB,
          ZONES.WITA,
          ZONES.WIT,
          'Pacific/Chatham',
          'America/St_Johns',
          'Europe/Berlin',
        ),
        (ms, zone) => {
          const instant = new Date(ms).toISOString();
          const local = new Date(ms + tzOffset(zone, new Date(ms)) * 60_000).toISOString().slice(0, 10);
          expect(civilDateOf(instant, zone)).toBe(local);
        },
      ),
    );
  });
});

describe('endOfCivilDay and startOfCivilDay', () => {
  it('ends 10 April 2025 at 23:59:59.999 with each zone’s offset', () => {
    expect(endOfCivilDay('2025-04-10', ZONES.WIB)).toBe('2025-04-10T23:59:59.999+07:00');
    expect(endOfCivilDay('2025-04-10', ZONES.WITA)).toBe('2025-04-10T23:59:59.999+08:00');
    expect(endOfCivilDay('2025-04-10', ZONES.WIT)).toBe('2025-04-10T23:59:59.999+09:00');
    expect(endOfCivilDay('2025-04-10', 'UTC')).toBe('2025-04-10T23:59:59.999+00:00');
  });

  it('ends a WIT day two hours before a WIB day of the same date', () => {
    const wit = toEpochMilliseconds(endOfCivilDay('2025-04-10', ZONES.WIT));
    const wib = toEpochMilliseconds(endOfCivilDay('2025-04-10', ZONES.WIB));
    expect(wib - wit).toBe(2 * 3_600_000);
  });

  it('starts a day at midnight in the zone, and the day after ends 1 ms before it', () => {
    expect(startOfCivilDay('2025-03-27', ZONES.WITA)).toBe('2025-03-27T00:00:00.000+08:00');
    const start = toEpochMilliseconds(startOfCivilDay('2025-03-28', ZONES.WIB));
    expect(toEpochMilliseconds(endOfCivilDay('2025-03-27', ZONES.WIB))).toBe(start - 1);
  });

  it('handles days that are not 24 hours long in daylight-saving zones abroad', () => {
    // Chile springs forward at midnight on 8 September 2024: the day starts at 01:00.
    expect(startOfCivilDay('2024-09-08', 'America/Santiago')).toBe('2024-09-08T01:00:00.000-03:00');
    expect(endOfCivilDay('2024-09-07', 'America/Santiago')).toBe('2024-09-07T23:59:59.999-04:00');
    // New Zealand's Chatham Islands move from +13:45 to +12:45 on 6 April 2025.
    expect(endOfCivilDay('2025-04-06', 'Pacific/Chatham')).toBe('2025-04-06T23:59:59.999+12:45');
    expect(startOfCivilDay('2025-04-06', 'Pacific/Chatham')).toBe('2025-04-06T00:00:00.000+13:45');
  });

  it('round-trips: the civil date of a day’s start and end is the day itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 2) / 86_400_000, max: Date.UTC(2099, 11, 30) / 86_400_000 }),
        fc.constantFrom(
          ZONES.WIB,
          ZONES.WITA,
          ZONES.WIT,
          'Pacific/Chatham',
          'America/St_Johns',
          'America/Santiago',
        ),
        (day, zone) => {
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(civilDateOf(startOfCivilDay(date, zone), zone)).toBe(date);
          expect(civilDateOf(endOfCivilDay(date, zone), zone)).toBe(date);
        },
      ),
    );
  });
});

describe('toEpochMilliseconds and formatInstant', () => {
  it('reads the same instant written in two zones as the same number', () => {
    expect(toEpochMilliseconds('2025-03-28T02:30:00+09:00')).toBe(
      toEpochMilliseconds('2025-03-27T17:30:00Z'),
    );
    expect(toEpochMilliseconds('2025-03-27T17:30:00Z')).toBe(Date.UTC(2025, 2, 27, 17, 30));
  });

  it('writes an instant in a zone’s local time with its offset', () => {
    const ms = Date.UTC(2025, 2, 27, 17, 30);
    expect(formatInstant(ms, ZONES.WIT)).toBe('2025-03-28T02:30:00.000+09:00');
    expect(formatInstant(ms, ZONES.WIB)).toBe('2025-03-28T00:30:00.000+07:00');
    expect(formatInstant(ms, 'America/St_Johns')).toBe('2025-03-27T15:00:00.000-02:30');
  });

  it('round-trips any instant through formatInstant and toEpochMilliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 2), max: Date.UTC(2099, 11, 30) }),
        fc.constantFrom(ZONES.WIB, ZONES.WITA, ZONES.WIT, 'Pacific/Chatham', 'America/St_Johns', 'UTC'),
        (ms, zone) => {
          expect(toEpochMilliseconds(formatInstant(ms, zone))).toBe(ms);
        },
      ),
    );
  });
});
