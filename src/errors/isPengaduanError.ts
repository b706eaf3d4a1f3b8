import { PENGADUAN_ERROR_BRAND, PengaduanError } from './PengaduanError.js';

/**
 * Whether a value is an error this library threw, from this copy of the package or another one (the
 * ESM and CommonJS builds mixed, or two versions installed), where `instanceof PengaduanError` says
 * `false`. Narrow further on `code`.
 *
 * @param value - anything caught
 * @returns `true` for a `PengaduanError` of any copy of pengaduan
 * @example
 * import { addWorkingDays, isPengaduanError, nationalCalendar } from 'pengaduan';
 *
 * try {
 *   addWorkingDays('2025-02-30', 1, nationalCalendar);
 * } catch (error) {
 *   if (isPengaduanError(error) && error.code === 'invalid_date') console.log(error.text.id);
 * }
 */
export function isPengaduanError(value: unknown): value is PengaduanError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // `instanceof` asks a proxy for its prototype, which a hostile proxy answers by throwing.
    if (value instanceof PengaduanError) return true;
    return (
      (value as { [PENGADUAN_ERROR_BRAND]?: unknown })[PENGADUAN_ERROR_BRAND] === true &&
      typeof (value as { code?: unknown }).code === 'string'
    );
  } catch {
    // A proxy whose traps throw is not one of ours.
    return false;
  }
}
