import type { HistoryEventType } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';

/**
 * How sure we are of a rule:
 * - `verified`: read in the regulation's own text;
 * - `practice`: documented operating practice (SP4N-LAPOR! app and FAQ, local service standards);
 * - `inferred`: our reading where the text is silent or could not be read. Always an option with a
 *   documented default, never a silent assumption.
 */
export type SourceStatus = 'verified' | 'practice' | 'inferred';

/** Where a rule comes from, quoted in reports: "UU 25/2009 Pasal 44 ayat (3)". */
export interface LegalSource {
  /** The instrument, e.g. `'UU 25/2009'`, `'PO 58/2023'`, `'SP4N-LAPOR! (KemenPANRB app listing)'`. */
  readonly instrument: string;
  /** The article, e.g. `'Pasal 44 ayat (3)'`. */
  readonly article: string;
  readonly status: SourceStatus;
  /** Why the status is what it is, or which reading was chosen. */
  readonly note?: string;
}

export type LimitUnit = 'calendar_days' | 'working_days' | 'months' | 'years';

export interface Limit {
  /** A whole number ≥ 0. */
  readonly amount: number;
  readonly unit: LimitUnit;
}

/** A sanction of UU 25/2009 Pasal 54 (or another instrument) attached to a breach. */
export interface Sanction {
  readonly text: LocalizedText;
  readonly source: LegalSource;
}

/**
 * What happens when a clock runs out:
 * - `breach`: a duty of the provider was not met on time (with its sanction, where the law gives one);
 * - `deemed_withdrawn`: the complaint is deemed withdrawn (UU 25/2009 Pasal 44 ayat (5));
 * - `auto_close`: the complaint is deemed finished (SP4N-LAPOR! 10 hari kerja without a reply);
 * - `window_closed`: a filing window closed (late filing; the law states no consequence).
 */
export type LapseEffect =
  | { readonly kind: 'breach'; readonly sanction?: Sanction }
  | { readonly kind: 'deemed_withdrawn' }
  | { readonly kind: 'auto_close' }
  | { readonly kind: 'window_closed' };
