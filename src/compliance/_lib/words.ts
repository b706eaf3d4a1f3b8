import type { LimitUnit } from '../../rules/types.js';

/** A count with its unit, in both languages: `8 hari` / `8 calendar days`. */
export function amountOf(amount: number, unit: LimitUnit): { readonly id: string; readonly en: string } {
  const words: Record<LimitUnit, readonly [string, string, string]> = {
    calendar_days: ['hari', 'calendar day', 'calendar days'],
    working_days: ['hari kerja', 'working day', 'working days'],
    months: ['bulan', 'month', 'months'],
    years: ['tahun', 'year', 'years'],
  };
  const [id, one, many] = words[unit];
  return { id: `${amount} ${id}`, en: `${amount} ${amount === 1 ? one : many}` };
}
