import { complianceText } from '../../i18n/errorMessages/compliance.js';
import type { LimitUnit } from '../../rules/types.js';

const KEYS = {
  calendar_days: 'amount_calendar_days',
  working_days: 'amount_working_days',
  months: 'amount_months',
  years: 'amount_years',
} as const;

/** A count with its unit, in both languages: `8 hari` / `8 calendar days`. */
export function amountOf(amount: number, unit: LimitUnit): { readonly id: string; readonly en: string } {
  return complianceText(KEYS[unit], { amount });
}
