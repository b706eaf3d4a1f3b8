import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUBLIC_SCHEMAS } from '../../src/schema/_lib/publicSchemas.js';
import {
  ComplaintSchema,
  HistoryEventSchema,
  PolicySchema,
  SCHEMA_LIMITS,
  safeParseComplaint,
  safeParseHistoryEvent,
  safeParseWith,
} from '../../src/schema/index.js';
import { readFixtures } from './_lib/fixtures.js';

const formal = readFixtures('complaint.json').valid[1]?.value as Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('untrusted input', () => {
  it('refuses __proto__ and constructor keys with an issue and pollutes nothing', () => {
    const json = JSON.stringify({ ...formal, complainant: { ...(formal.complainant as object) } }).replace(
      '"complainant":{',
      '"complainant":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const input = JSON.parse(`{"__proto__":{"polluted":true},${json.slice(1)}`) as unknown;
    const result = safeParseComplaint(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['complainant.__proto__', 'unknown_key'],
      ['complainant.constructor', 'unknown_key'],
      ['__proto__', 'unknown_key'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('returns plain objects with the ordinary prototype, and leaves the input untouched', () => {
    const input = deepFreeze(structuredClone(formal));
    const before = JSON.stringify(input);
    const result = ComplaintSchema.safeParse(input);
    expect(result.success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    if (!result.success) return;
    expect(result.data).not.toBe(input);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(result.data.filing === 'formal' && Object.getPrototypeOf(result.data.complainant)).toBe(
      Object.prototype,
    );
  });

  it('bounds every text: a 10 MB description is refused quickly as too long', () => {
    const huge = 'a'.repeat(10_000_000);
    const input = { ...formal, service: { name: 'x', description: huge } };
    let result: ReturnType<typeof safeParseComplaint> | undefined;
    const ms = timed(() => {
      result = safeParseComplaint(input);
    });
    expect(result?.success).toBe(false);
    if (result === undefined || result.success) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ path: ['service', 'description'], code: 'too_long' }),
    ]);
    expect(ms).toBeLessThan(500);
  });

  it.each([
    [
      'a NIK of ten million digits',
      { complainant: { name: 'x', address: 'y', nik: '1'.repeat(10_000_000) } },
    ],
    [
      'a phone number of digits and separators',
      { complainant: { name: 'x', address: 'y', phone: `0${'8 '.repeat(5_000_000)}` } },
    ],
    [
      'an e-mail local part without an at sign',
      { complainant: { name: 'x', address: 'y', email: 'a.'.repeat(5_000_000) } },
    ],
    ['a blank text of white space only', { requestedRemedy: ' '.repeat(10_000_000) }],
    ['a region code of dots and digits', { location: { villageCode: '32.'.repeat(3_000_000) } }],
  ])('finishes fast on adversarial input: %s', (_, patch) => {
    const input = { ...formal, ...patch };
    const ms = timed(() => {
      expect(safeParseComplaint(input).success).toBe(false);
    });
    expect(ms).toBeLessThan(500);
  });

  it('runs its patterns in linear time even on the longest accepted inputs', () => {
    // The patterns run only on inputs within their length limit; try the worst shapes at that limit.
    const attempts = [
      { complainant: { name: 'x', address: 'y', email: `${'a'.repeat(64)}@${'a-'.repeat(94)}` } },
      { complainant: { name: 'x', address: 'y', phone: '0-8-1-2-3-4-5-6-7-8-9-0' } },
      { attachments: [{ fileName: 'x', mediaType: `${'a'.repeat(127)}/${'a'.repeat(127)}!`, sizeBytes: 1 }] },
      {
        attachments: [{ fileName: 'x', mediaType: 'a/b', sizeBytes: 1, url: `https://${'a'.repeat(2030)} ` }],
      },
    ];
    for (const patch of attempts) {
      const ms = timed(() => {
        for (let i = 0; i < 100; i++) ComplaintSchema.safeParse({ ...formal, ...patch });
      });
      expect(ms).toBeLessThan(500);
    }
  });

  it('refuses deep nesting without recursion into it', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const result = safeParseComplaint({ ...formal, location: deep });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ path: ['location', 'a'], code: 'unknown_key' }),
    ]);
  });

  it('caps lists: a million attachments is refused as too many', () => {
    const attachments = Array.from({ length: 1_000_000 }, () => ({
      fileName: 'x',
      mediaType: 'a/b',
      sizeBytes: 1,
    }));
    const result = safeParseComplaint({ ...formal, attachments });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ path: ['attachments'], code: 'too_many' });
    expect(SCHEMA_LIMITS.attachments).toBe(20);
  });
});

describe('fuzzing every public schema', () => {
  const entries = Object.entries(PUBLIC_SCHEMAS);
  const hostile = fc.oneof(
    fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
    fc.jsonValue(),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'filing', 'data'),
      fc.jsonValue(),
    ),
  );

  it.each(entries)('%s never throws: it returns data or issues with messages', (_, entry) => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('id' as const, 'en' as const), (value, locale) => {
        const result = safeParseWith(
          entry.schema,
          value,
          entry.scope === undefined ? { locale } : { locale, scope: entry.scope },
        );
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('mutated valid events fail with issues or still parse, never crash', () => {
    const events = readFixtures('history-event.json').valid.map((f) => f.value as Record<string, unknown>);
    fc.assert(
      fc.property(
        fc.constantFrom(...events),
        fc.constantFrom('type', 'at', 'actor', 'data', 'id', 'extra'),
        fc.oneof(fc.jsonValue(), fc.string({ maxLength: 50 })),
        (event, key, value) => {
          const result = safeParseHistoryEvent({ ...event, [key]: value }, { locale: 'en' });
          if (!result.success) expect(result.issues.every((i) => i.message.length > 0)).toBe(true);
          else expect(HistoryEventSchema.safeParse(result.data).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles a policy of a hundred thousand rules by refusing it, quickly', () => {
    const rules = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}` }));
    const ms = timed(() => {
      expect(PolicySchema.safeParse({ id: 'p', title: { id: 'P', en: 'P' }, rules }).success).toBe(false);
    });
    expect(ms).toBeLessThan(2000);
  });
});
