import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of the refusals of an instant (src/_lib/instantDefinition.ts), read by the schema too in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const instantMessagesEn = {
  instant_expected: (p: {
    readonly firstInstantYear: string | number;
    readonly lastInstantYear: string | number;
    readonly maxFractionDigits: string | number;
  }) =>
    `an ISO 8601 time with seconds and an explicit offset or Z, e.g. 2025-03-27T16:30:00+07:00, in the years ${p.firstInstantYear}-${p.lastInstantYear}, offset at most ±14:00, at most ${p.maxFractionDigits} fraction digits`,
  instant_form_expected: (p: { readonly expected: LocalizedText }) => `expected ${p.expected.en}`,
  instant_no_such_time: (p: { readonly expected: LocalizedText }) =>
    `that date or time does not exist; ${p.expected.en}`,
  instant_year_out_of_range: (p: {
    readonly firstInstantYear: string | number;
    readonly lastInstantYear: string | number;
    readonly expected: LocalizedText;
  }) =>
    `the year is outside ${p.firstInstantYear}-${p.lastInstantYear}, the span whose deadlines can be computed; ${p.expected.en}`,
  instant_offset_out_of_range: (p: { readonly expected: LocalizedText }) =>
    `the offset is outside -14:00 … +14:00; ${p.expected.en}`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const instantMessagesId: typeof instantMessagesEn = {
  instant_expected: (p) =>
    `waktu ISO 8601 dengan detik dan zona waktu eksplisit (offset atau Z), mis. 2025-03-27T16:30:00+07:00, tahun ${p.firstInstantYear}-${p.lastInstantYear}, offset paling jauh ±14:00, pecahan detik paling banyak ${p.maxFractionDigits} digit`,
  instant_form_expected: (p) => `diharapkan ${p.expected.id}`,
  instant_no_such_time: (p) => `tanggal atau jam itu tidak ada; ${p.expected.id}`,
  instant_year_out_of_range: (p) =>
    `tahun di luar ${p.firstInstantYear}-${p.lastInstantYear}, rentang yang tenggatnya dapat dihitung; ${p.expected.id}`,
  instant_offset_out_of_range: (p) => `offset zona waktu di luar -14:00 … +14:00; ${p.expected.id}`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const instantText = /* @__PURE__ */ textsOf(instantMessagesEn, instantMessagesId);
