import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnoseNik,
  InvalidPhoneNumberError,
  isPhoneNumber,
  NikSchema,
  normalizePhoneNumber,
  PhoneNumberSchema,
  RegionCodeSchema,
  safeParseWith,
} from '../../src/schema/index.js';

/** Kemendagri province codes, written out one by one (not as a pattern). */
const PROVINCES = new Set([
  ...[11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53],
  ...[61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96],
]);

/** A NIK checked the slow, obvious way: numbers and a calendar, no regular expression. */
function referenceNikIsValid(nik: string): boolean {
  if (nik.length !== 16 || [...nik].some((c) => c < '0' || c > '9')) return false;
  const part = (from: number, to: number) => Number(nik.slice(from, to));
  if (!PROVINCES.has(part(0, 2)) || part(2, 4) === 0 || part(4, 6) === 0 || part(12, 16) === 0) return false;
  const day = part(6, 8) > 40 ? part(6, 8) - 40 : part(6, 8);
  const month = part(8, 10);
  if (day < 1 || month < 1 || month > 12) return false;
  // 2000 is a leap year: the century is not in the NIK, so 29 February is always possible.
  const date = new Date(Date.UTC(2000, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
/** NIK-like strings, biased towards the edges: real provinces, days around 28-31 and 40-71, zeros. */
const nikLike = fc
  .tuple(
    fc.oneof(fc.constantFrom(...[...PROVINCES].map(String)), digits(2)),
    fc.oneof(fc.constantFrom('00', '01', '71', '99'), digits(2)),
    fc.oneof(fc.constantFrom('00', '01', '10'), digits(2)),
    fc.oneof(
      fc.integer({ min: 0, max: 80 }).map((d) => String(d).padStart(2, '0')),
      digits(2),
    ),
    fc.oneof(
      fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, '0')),
      digits(2),
    ),
    digits(2),
    fc.oneof(fc.constantFrom('0000', '0001', '9999'), digits(4)),
  )
  .map((parts) => parts.join(''));

describe('NIK', () => {
  it('agrees with a calendar-based reference on every part', () => {
    fc.assert(
      fc.property(nikLike, (nik) => {
        expect(NikSchema.safeParse(nik).success).toBe(referenceNikIsValid(nik));
        expect(diagnoseNik(nik) === undefined).toBe(referenceNikIsValid(nik));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['3273010101850001', undefined],
    ['3273014507850001', undefined],
    ['9973010101850001', { problem: 'province', code: '99' }],
    ['3200010101850001', { problem: 'regency' }],
    ['3273000101850001', { problem: 'district' }],
    ['3273013102850001', { problem: 'birthDate' }],
    ['3273017202850001', { problem: 'birthDate' }],
    ['3273010101850000', { problem: 'serial' }],
    ['327301010185000', { problem: 'shape' }],
    ['32730101018500O1', { problem: 'shape' }],
  ])('diagnoses %s as %j', (nik, expected) => {
    expect(diagnoseNik(nik)).toEqual(expected);
  });

  it('keeps the NIK as typed and derives nothing from it', () => {
    expect(NikSchema.parse('3273014507850001')).toBe('3273014507850001');
  });

  it('names the wrong part in both languages', () => {
    const id = safeParseWith(NikSchema, '3273010101850000', { scope: 'nik' });
    const en = safeParseWith(NikSchema, '3273013104850001', { scope: 'nik', locale: 'en' });
    expect(id.success ? null : id.issues[0]?.message).toBe(
      'NIK tidak valid: nomor urut (empat digit terakhir) tidak boleh 0000',
    );
    expect(en.success ? null : en.issues[0]?.message).toBe(
      'The NIK is not valid: digits 7 to 12 must be the birth date DDMMYY (women add 40 to the day)',
    );
  });
});

/** Indonesian numbers built from parts, written the ways people write them. */
const phoneParts = fc.record({
  prefix: fc.constantFrom('+62', '62', '0'),
  national: fc.oneof(
    // Mobile: 8, then 1-9, then 7 to 10 digits.
    fc
      .tuple(
        fc.constantFrom(...'123456789'),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 7, maxLength: 10 }),
      )
      .map(([second, rest]) => `8${second}${rest}`),
    // Fixed line: an area code starting 2-7 or 9, then 6 to 10 digits.
    fc
      .tuple(
        fc.constantFrom(...'2345679'),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 10 }),
      )
      .map(([first, rest]) => first + rest),
  ),
  separator: fc.constantFrom('', ' ', '-'),
  groups: fc.integer({ min: 2, max: 5 }),
});

function write(parts: { prefix: string; national: string; separator: string; groups: number }): string {
  const size = Math.ceil(parts.national.length / parts.groups);
  const groups = parts.national.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
  return `${parts.prefix}${parts.separator}${groups.join(parts.separator)}`;
}

describe('phone numbers', () => {
  it('normalises every written form to +62 and the national number', () => {
    fc.assert(
      fc.property(phoneParts, (parts) => {
        const written = write(parts);
        expect(isPhoneNumber(written)).toBe(true);
        const e164 = normalizePhoneNumber(written);
        expect(e164).toBe(`+62${parts.national}`);
        expect(e164).toMatch(/^\+62(?:8[1-9][0-9]{7,10}|[2-79][0-9]{6,10})$/);
        expect(e164.length - 1).toBeLessThanOrEqual(15);
        expect(normalizePhoneNumber(e164)).toBe(e164);
        expect(PhoneNumberSchema.parse(written)).toBe(e164);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 22 4234567', '+62224234567'],
    ['6281234567890', '+6281234567890'],
    ['0967 533 111', '+62967533111'],
  ])('writes %s as %s', (written, e164) => {
    expect(normalizePhoneNumber(written)).toBe(e164);
  });

  it.each([
    '1708',
    '+65 9123 4567',
    '08',
    '0812 3456',
    '0812 3456 7890 1234',
    '(022) 4234567',
    '+62 0812 3456 7890',
    '0800 1234 5678 90',
    '',
  ])('refuses %j with a typed error naming the value', (written) => {
    expect(() => normalizePhoneNumber(written)).toThrow(InvalidPhoneNumberError);
    try {
      normalizePhoneNumber(written);
    } catch (error) {
      expect((error as InvalidPhoneNumberError).code).toBe('invalid_phone_number');
      expect((error as InvalidPhoneNumberError).details.value).toBe(written);
      expect((error as InvalidPhoneNumberError).text.id).toContain('Nomor telepon');
    }
  });
});

describe('region codes', () => {
  it('accepts exactly the four levels with known provinces and no zero parts', () => {
    const code = fc.tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 1, max: 4 }),
    );
    fc.assert(
      fc.property(code, ([p, r, d, v, levels]) => {
        const parts = [
          String(p).padStart(2, '0'),
          String(r).padStart(2, '0'),
          String(d).padStart(2, '0'),
          String(v).padStart(4, '0'),
        ];
        const written = parts.slice(0, levels).join('.');
        const expected =
          PROVINCES.has(p) && (levels < 2 || r > 0) && (levels < 3 || d > 0) && (levels < 4 || v > 0);
        expect(RegionCodeSchema.safeParse(written).success).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});
