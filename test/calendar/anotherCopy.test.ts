import { describe, expect, it } from 'vitest';
import { CALENDAR_BRAND } from '../../src/calendar/_lib/internals.js';
import {
  addWorkingDays,
  countWorkingDays,
  InvalidArgumentError,
  isPengaduanError,
  isWorkingDay,
  nationalCalendar,
  type WorkingCalendar,
} from '../../src/index.js';

/**
 * A calendar as another copy of pengaduan makes it (the ESM and the CommonJS build mixed, or two
 * versions installed): the same fields and the brand every copy sets with `Symbol.for`, but not in
 * this copy's registry, under another layout number.
 */
function calendarOfAnotherCopy(): WorkingCalendar {
  const foreign = { ...nationalCalendar };
  Object.defineProperty(foreign, Symbol.for('pengaduan.WorkingCalendar'), { value: 999 });
  return Object.freeze(foreign);
}

function caught(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('expected an InvalidArgumentError');
}

describe('a calendar from another copy of pengaduan', () => {
  it('every calendar carries the brand under the Symbol.for key every copy knows', () => {
    expect(CALENDAR_BRAND).toBe(Symbol.for('pengaduan.WorkingCalendar'));
    expect(CALENDAR_BRAND in nationalCalendar).toBe(true);
    expect(CALENDAR_BRAND in nationalCalendar.extend({ dataVersion: 'x' })).toBe(true);
    expect(CALENDAR_BRAND in nationalCalendar.withZone('Asia/Jayapura')).toBe(true);
    // Not enumerable: a calendar still compares and serializes as before.
    expect(Object.keys(nationalCalendar)).not.toContain(CALENDAR_BRAND);
  });

  it('is refused with reason another_copy and a message naming the cause, in both languages', () => {
    const foreign = calendarOfAnotherCopy();
    for (const run of [
      () => addWorkingDays('2025-03-27', 1, foreign),
      () => isWorkingDay('2025-03-27', foreign),
      () => countWorkingDays('2025-03-01', '2025-03-31', foreign),
    ]) {
      const error = caught(run);
      expect(error.code).toBe('invalid_argument');
      expect(error.details.argument).toBe('calendar');
      expect(error.details.reason).toBe('another_copy');
      expect(error.message).toContain(
        'this calendar comes from another copy of pengaduan (e.g. the ESM and CJS builds mixed, or two versions installed)',
      );
      expect(error.text.id).toContain(
        'kalender ini berasal dari salinan lain paket pengaduan (mis. build ESM dan CJS tercampur, atau dua versi terpasang)',
      );
    }
  });

  it('keeps a plain copy of the fields (no brand) "not a calendar", without the another-copy reason', () => {
    const error = caught(() => isWorkingDay('2025-03-27', { ...nationalCalendar } as WorkingCalendar));
    expect(error.details.reason).toBeUndefined();
    expect(error.message).toContain('expected a working calendar made by createWorkingCalendar()');
  });

  it('interoperates when the other copy has the same layout: the registry is shared through Symbol.for', () => {
    const registries = Object.getOwnPropertySymbols(globalThis).filter((key) =>
      key.description?.startsWith('pengaduan.calendarData/'),
    );
    expect(registries).toHaveLength(1);
    const shared = (globalThis as unknown as Record<symbol, WeakMap<object, unknown>>)[registries[0]!]!;
    expect(shared.has(nationalCalendar)).toBe(true);
    // A calendar registered there by another copy of the same layout is accepted here.
    const twin = { ...nationalCalendar };
    Object.defineProperty(twin, CALENDAR_BRAND, { value: 2 });
    shared.set(twin, shared.get(nationalCalendar));
    expect(addWorkingDays('2025-03-27', 10, twin)).toEqual(
      addWorkingDays('2025-03-27', 10, nationalCalendar),
    );
  });

  it('isPengaduanError recognizes an error of another copy by its Symbol.for brand, instanceof does not', () => {
    const own = caught(() => isWorkingDay('2025-03-27', calendarOfAnotherCopy()));
    expect(isPengaduanError(own)).toBe(true);
    // An error thrown by another copy: another class, the same brand on its prototype.
    class OtherCopyError extends Error {
      readonly code = 'invalid_argument';
    }
    Object.defineProperty(OtherCopyError.prototype, Symbol.for('pengaduan.PengaduanError'), { value: true });
    const foreign = new OtherCopyError('x');
    expect(foreign instanceof InvalidArgumentError).toBe(false);
    expect(isPengaduanError(foreign)).toBe(true);
    expect(isPengaduanError(new Error('x'))).toBe(false);
    expect(isPengaduanError({ code: 'invalid_argument' })).toBe(false);
    expect(isPengaduanError(null)).toBe(false);
    expect(isPengaduanError('invalid_argument')).toBe(false);
  });
});
