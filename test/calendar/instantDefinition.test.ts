import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_INSTANT_YEAR, LAST_INSTANT_YEAR, readInstant } from '../../src/_lib/instantDefinition.js';
import { parseInstant } from '../../src/_lib/parseInstant.js';
import {
  civilDateOf,
  evaluateSla,
  InvalidDateError,
  nationalCalendar,
  ombudsmanPolicy,
  parseCivilDate,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  toEpochMilliseconds,
  uu25Policy,
  ZONES,
} from '../../src/index.js';
import type { Policy } from '../../src/rules/types.js';
import { CivilDateSchema, InstantSchema, safeParseHistoryEvent } from '../../src/schema/index.js';

/**
 * Every reader of instants in the package (the SLA engine and the machine read through `parseInstant`),
 * as accept (the epoch milliseconds) or refuse (`null`). */
function readers(value: unknown): Record<string, number | null | 'other error'> {
  const attempt = (read: () => number): number | null | 'other error' => {
    try {
      return read();
    } catch (error) {
      return error instanceof InvalidDateError ? null : 'other error';
    }
  };
  const schema = InstantSchema.safeParse(value).success;
  return {
    schema: schema ? Date.parse(value as string) : null,
    parseInstant: attempt(() => parseInstant(value)),
    calendar: attempt(() => toEpochMilliseconds(value as string)),
  };
}

function expectAllAgree(value: string, accepted: boolean): void {
  const results = readers(value);
  const expected = accepted ? Date.parse(value) : null;
  expect(results, value).toEqual({
    schema: expected,
    parseInstant: expected,
    calendar: expected,
  });
}

const ACCEPTED = [
  '1970-01-01T00:00:00Z',
  '1970-01-01T00:00:00+14:00', // 1969-12-31T10:00Z: the written year counts
  '2099-12-31T23:59:59.999999999-14:00',
  '2099-12-31T23:59:59Z',
  '2025-03-27T16:30:00+07:00',
  '2025-03-27T16:30:00.123+07:00',
  '2025-03-27T16:30:00.1+05:45',
  '2025-03-27T16:30:00-14:00',
  '2025-03-27T16:30:00-00:00',
  '2024-02-29T00:00:00Z',
];

const REFUSED = [
  '1969-12-31T23:59:59Z',
  '1969-12-31T23:59:59-14:00',
  '2100-01-01T00:00:00Z',
  '2200-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '1899-12-31T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2025-03-27T16:30:00+14:01',
  '2025-03-27T16:30:00-14:30',
  '2025-03-27T16:30:00+23:59',
  '2025-03-27T16:30:00+07:60',
  '2025-03-27T16:30:00.1234567891Z', // ten fraction digits
  '2025-03-27T16:30+07:00', // no seconds
  '2025-03-27T16:30:00+07:00:00', // offset with seconds
  '2025-03-27T16:30:00', // no offset
  '2025-03-27t16:30:00z',
  '2025-02-29T00:00:00Z',
  '2025-03-27T24:00:00Z',
  '2025-03-27T16:30:60Z',
  '2025-03-27T16:30:00+0700',
  '',
];

describe('one definition of a valid instant', () => {
  it(`accepts years ${FIRST_INSTANT_YEAR}-${LAST_INSTANT_YEAR}, offsets to ±14:00 and 9 fraction digits everywhere`, () => {
    for (const value of ACCEPTED) expectAllAgree(value, true);
  });

  it('refuses everything else everywhere: the schema with an issue, the readers with InvalidDateError', () => {
    for (const value of REFUSED) expectAllAgree(value, false);
  });

  it('agrees between schema, calendar and engine on random instant-shaped strings', () => {
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const instant = fc
      .tuple(
        fc.integer({ min: 1890, max: 2210 }),
        twoDigits,
        twoDigits,
        twoDigits,
        twoDigits,
        twoDigits,
        fc.option(fc.stringMatching(/^[0-9]{1,11}$/), { nil: undefined }),
        fc.oneof(
          fc.constant('Z'),
          fc.tuple(fc.constantFrom('+', '-'), twoDigits, twoDigits).map(([s, h, m]) => `${s}${h}:${m}`),
        ),
      )
      .map(
        ([y, mo, d, h, mi, s, f, o]) =>
          `${y}-${mo}-${d}T${h}:${mi}:${s}${f === undefined ? '' : `.${f}`}${o}`,
      );
    fc.assert(
      fc.property(instant, (value) => {
        const results = readers(value);
        const values = new Set(Object.values(results));
        expect(values.size, `${value}: ${JSON.stringify(results)}`).toBe(1);
        expect(values.has('other error')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses out-of-range instants in safeParseHistoryEvent with a message naming the range in Bahasa Indonesia', () => {
    const result = safeParseHistoryEvent({
      type: 'complaint.submitted',
      at: '2200-01-01T00:00:00Z',
      actor: { role: 'complainant' },
      data: {},
    });
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.issues[0]?.message).toContain('tahun 1970-2099');
    expect(result.success ? '' : result.issues[0]?.message).toContain('±14:00');
  });

  it('says why in the InvalidDateError: year, offset or form', () => {
    expect(() => parseInstant('2200-01-01T00:00:00Z')).toThrow(/year is outside 1970-2099/);
    expect(() => parseInstant('2025-01-01T00:00:00+14:30')).toThrow(/offset is outside -14:00/);
    expect(() => parseInstant('2025-02-30T00:00:00Z')).toThrow(/does not exist/);
    expect(readInstant({})).toBeNaN();
  });

  it('gives a civil date the library accepts for every accepted instant, in every zone', () => {
    const ms = fc.integer({
      min: Date.parse('1969-12-31T10:00:00Z'),
      max: Date.parse('2100-01-01T13:59:59Z'),
    });
    fc.assert(
      fc.property(
        ms,
        fc.constantFrom(ZONES.WIB, ZONES.WITA, ZONES.WIT, 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
        (t, zone) => {
          const value = new Date(t).toISOString();
          if (!InstantSchema.safeParse(value).success) return;
          const date = civilDateOf(value, zone);
          expect(CivilDateSchema.safeParse(date).success).toBe(true);
          expect(() => parseCivilDate(date)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
    expect(civilDateOf('1970-01-01T00:00:00+14:00', ZONES.WIB)).toBe('1969-12-31');
    expect(civilDateOf('2099-12-31T23:59:59-14:00', 'Pacific/Kiritimati')).toBe('2100-01-02');
  });

  it('lets the engine compute every preset clock from the first and the last accepted instant', () => {
    const presets: Policy[] = [uu25Policy, sp4nLaporPolicy, tieredLocalPolicy, ombudsmanPolicy];
    for (const at of ['1970-01-01T00:00:00+14:00', '2099-12-31T23:59:59-14:00']) {
      for (const policy of presets) {
        for (const rule of policy.rules) {
          for (const matcher of rule.startOn) {
            const type = typeof matcher === 'string' ? matcher : matcher.type;
            const data: Record<string, unknown> = { unitId: 'opd-1' };
            if (typeof matcher !== 'string') {
              for (const [field, value] of Object.entries(matcher.where))
                data[field] = Array.isArray(value) ? value[0] : value;
            }
            const history = [
              { type: 'complaint.submitted', at, actor: { role: 'complainant' }, data: {} },
              ...(type === 'complaint.submitted' ? [] : [{ type, at, actor: { role: 'system' }, data }]),
            ];
            // biome-ignore lint/suspicious/noExplicitAny: histories built from rule data
            const report = evaluateSla(history as any, policy, {
              calendar: nationalCalendar,
              asOf: at,
              zone: ZONES.WIB,
            });
            expect(report.clocks.length, `${policy.id} ${rule.id} ${at}`).toBeGreaterThan(0);
            // biome-ignore lint/suspicious/noExplicitAny: histories built from rule data
            evaluateSla(history as any, policy, {
              calendar: nationalCalendar,
              asOf: '2099-12-31T23:59:59-14:00',
              zone: ZONES.WIT,
            });
          }
        }
      }
    }
  });
});
