import { describe, expect, it } from 'vitest';
import {
  describeClock,
  evaluateSla,
  formatClockSource,
  InvalidArgumentError,
  nationalCalendar,
  uu25Policy,
} from '../../src/index.js';
import {
  HistorySchema,
  safeParseComplaint,
  safeParseHistory,
  safeParseHistoryEvent,
  safeParseWith,
} from '../../src/schema/index.js';

const throwing = Object.defineProperty({}, 'type', {
  enumerable: true,
  get() {
    throw new Error('boom');
  },
});
const proxy = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
  },
);
const cyclic: Record<string, unknown> = { type: 'complaint.submitted' };
cyclic.data = cyclic;

describe('parse functions documented never to throw do not throw', () => {
  const hostile = [
    new Uint8Array(4),
    new Float64Array(2),
    new Map([['type', 'complaint.submitted']]),
    new Set([1]),
    throwing,
    proxy,
    cyclic,
    [new Uint8Array(2)],
    {
      type: 'complaint.submitted',
      at: '2025-03-27T10:00:00+07:00',
      actor: { role: 'complainant' },
      data: new Uint8Array(2),
    },
  ];
  for (const [name, parse] of Object.entries({
    safeParseComplaint,
    safeParseHistory,
    safeParseHistoryEvent,
  })) {
    it(`${name} returns a failure for typed arrays, Map, Set, throwing getters, proxies and cycles`, () => {
      for (const value of hostile) {
        const result = parse(value);
        expect(result.success).toBe(false);
      }
    });
  }

  it('safeParseWith survives options whose getters throw, and keeps the caller’s input unfrozen', () => {
    const options = Object.defineProperty({}, 'locale', {
      get() {
        throw new Error('boom');
      },
    });
    expect(safeParseWith(HistorySchema, [], options as never).success).toBe(true);
    const input = { not: 'a history' };
    expect(HistorySchema.safeParse(input).success).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
  });
});

describe('describeClock and formatClockSource on an unknown locale', () => {
  const report = evaluateSla(
    [
      {
        type: 'complaint.submitted',
        at: '2025-03-21T10:00:00+07:00',
        actor: { role: 'complainant' },
        data: {},
      },
    ],
    uu25Policy,
    { calendar: nationalCalendar, asOf: '2025-04-01T09:00:00+07:00' },
  );
  const clock = report.clocks.find((c) => c.ruleId === 'uu25.response')!;

  it('falls back to Bahasa Indonesia, as messagesFor does', () => {
    expect(describeClock(clock, { locale: 'fr' as never })).toBe(describeClock(clock));
    expect(formatClockSource(clock, { locale: '__proto__' as never })).toBe('UU 25/2009 Pasal 44 ayat (3)');
  });

  it('refuses what is not a clock with InvalidArgumentError', () => {
    expect(() => describeClock(null as never)).toThrow(InvalidArgumentError);
    expect(() => describeClock({ ...clock, status: 'nope' } as never)).toThrow(InvalidArgumentError);
    expect(() => formatClockSource({} as never)).toThrow(InvalidArgumentError);
  });

  it('rewrites an article of 10^5 spaces in linear time', () => {
    const start = performance.now();
    formatClockSource(
      { source: { instrument: 'X', article: `Pasal 1${' '.repeat(100_000)}x`, status: 'verified' } },
      { locale: 'en' },
    );
    expect(performance.now() - start).toBeLessThan(200);
  });
});
