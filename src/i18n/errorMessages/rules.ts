import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of src/rules (validatePolicy and the presets) in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const rulesMessagesEn = {
  none_listed: () => `none`,
  unknown_key: (p: { readonly known: LocalizedText }) =>
    `unknown key (a misspelling?); the known keys are: ${p.known.en}`,
  unknown_where_field: (p: { readonly type: string | number; readonly fields: LocalizedText }) =>
    `not a text data field of ${p.type} events, so the condition could never match; the fields it can test are: ${p.fields.en}`,
  instant_field_kind: () => `an instant`,
  date_field_kind: () => `a date`,
  unknown_start_field: (p: {
    readonly kind: LocalizedText;
    readonly events: LocalizedText;
    readonly fields: LocalizedText;
  }) =>
    `not ${p.kind.en} field of the data of the events that start the clock (${p.events.en}), so day 0 would silently be counted from the event's time; the fields there are: ${p.fields.en}`,
  too_long: (p: { readonly max: string | number }) => `expected at most ${p.max} characters`,
  too_many: (p: { readonly max: string | number }) => `expected at most ${p.max} items`,
  per_unit_start: (p: { readonly eventTypes: string | number }) =>
    `a per-unit clock must start on an event that carries data.unitId: ${p.eventTypes}`,
  rule_id_expected: () =>
    `expected an id of letters, digits, dots, underscores, colons or hyphens, e.g. "uu25.response"`,
  starts_at_expected: () =>
    `expected { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }`,
  policy_options_expected: () =>
    `expected an object of strings, finite numbers, booleans or null, with non-blank keys`,
  bilingual_text_expected: () => `expected a text { id, en } with both languages filled in`,
  source_required: () => `every rule must cite its source { instrument, article, status }`,
  instrument_expected: () => `expected the instrument, e.g. "UU 25/2009"`,
  article_expected: () => `expected the article, e.g. "Pasal 44 ayat (3)"`,
  non_blank_text_expected: () => `expected a non-blank string`,
  where_expected: () => `expected an object { field: value | [value, …] } of strings`,
  event_list_expected: () => `expected a non-empty list of history events`,
  event_type_expected: () => `expected a known history event type (see HISTORY_EVENT_TYPES)`,
  in_not_in_expected: () => `expected { in?: [string], notIn?: [string] }`,
  sanction_expected: () => `expected { text, source }`,
  limit_expected: () => `expected { amount, unit }`,
  whole_number_expected: () => `expected a whole number ≥ 0`,
  rule_object_expected: () => `expected a rule object`,
  rule_id_unique: () => `rule ids must be unique within a policy`,
  scope_expected: () => `expected "complaint" or "per_unit"`,
  pause_expected: () => `expected { on, resumeOn }`,
  new_cycle_expected: () => `expected { on, startAt }`,
  new_cycle_start_expected: () => `expected "cycle_event" or "start_event"`,
  applies_to_expected: () => `expected { complaintType?, classification? }`,
  precondition_id_expected: () => `expected a non-empty, unique precondition id`,
  policy_object_expected: () => `expected a policy object`,
  policy_id_expected: () => `expected a non-empty policy id`,
  rule_list_expected: () => `expected a list of rules`,
  lapse_expected: (p: { readonly kinds: string | number }) => `expected { kind: ${p.kinds} }`,
  at_most_expected: (p: { readonly max: string | number }) => `expected at most ${p.max}`,
  basis_expected: (p: { readonly statuses: string | number }) => `expected { status: ${p.statuses}, note }`,
  warning_expected: () =>
    `expected { workingDaysBefore: n } or { calendarDaysBefore: n } (whole n ≥ 0) or { fraction: f } (0 < f ≤ 1)`,
  rule_id_prefixes_expected: () => `expected one prefix (a string) per policy, in the same order`,
  policy_list_expected: () => `expected a list of policies`,
  preset_options_expected: () => `expected an options object, e.g. { hari: "working_days" }`,
  receipt_days_expected: () => `expected a whole number ≥ 0, or null to leave the receipt clock out`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const rulesMessagesId: typeof rulesMessagesEn = {
  none_listed: () => `tidak ada`,
  unknown_key: (p) => `kunci tidak dikenal (salah ketik?); yang dikenal: ${p.known.id}`,
  unknown_where_field: (p) =>
    `bukan field data teks dari peristiwa ${p.type}, jadi syarat ini tidak akan pernah terpenuhi; yang dapat diuji: ${p.fields.id}`,
  instant_field_kind: () => `waktu (instant)`,
  date_field_kind: () => `tanggal`,
  unknown_start_field: (p) =>
    `bukan field ${p.kind.id} pada data peristiwa yang memulai jam (${p.events.id}), sehingga hari ke-0 akan diam-diam dihitung dari waktu peristiwa; yang ada: ${p.fields.id}`,
  too_long: (p) => `diharapkan paling banyak ${p.max} karakter`,
  too_many: (p) => `diharapkan paling banyak ${p.max} butir`,
  per_unit_start: (p) =>
    `jam per unit harus dimulai oleh peristiwa yang membawa data.unitId: ${p.eventTypes}`,
  rule_id_expected: () =>
    `diharapkan id berupa huruf, angka, titik, garis bawah, titik dua atau tanda hubung, mis. "uu25.response"`,
  starts_at_expected: () =>
    `diharapkan { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }`,
  policy_options_expected: () =>
    `diharapkan objek berisi teks, angka hingga, boolean atau null, dengan kunci yang tidak kosong`,
  bilingual_text_expected: () => `diharapkan teks { id, en } yang keduanya tidak kosong`,
  source_required: () => `setiap aturan wajib mencantumkan sumbernya { instrument, article, status }`,
  instrument_expected: () => `diharapkan nama peraturan, mis. "UU 25/2009"`,
  article_expected: () => `diharapkan pasal, mis. "Pasal 44 ayat (3)"`,
  non_blank_text_expected: () => `diharapkan teks yang tidak kosong`,
  where_expected: () => `diharapkan objek { field: nilai | [nilai, …] } berisi teks`,
  event_list_expected: () => `diharapkan daftar peristiwa riwayat yang tidak kosong`,
  event_type_expected: () => `diharapkan jenis peristiwa yang dikenal (lihat HISTORY_EVENT_TYPES)`,
  in_not_in_expected: () => `diharapkan { in?: [teks], notIn?: [teks] }`,
  sanction_expected: () => `diharapkan { text, source }`,
  limit_expected: () => `diharapkan { amount, unit }`,
  whole_number_expected: () => `diharapkan bilangan bulat ≥ 0`,
  rule_object_expected: () => `diharapkan objek aturan`,
  rule_id_unique: () => `id aturan harus unik dalam satu kebijakan`,
  scope_expected: () => `diharapkan "complaint" atau "per_unit"`,
  pause_expected: () => `diharapkan { on, resumeOn }`,
  new_cycle_expected: () => `diharapkan { on, startAt }`,
  new_cycle_start_expected: () => `diharapkan "cycle_event" atau "start_event"`,
  applies_to_expected: () => `diharapkan { complaintType?, classification? }`,
  precondition_id_expected: () => `diharapkan id prasyarat yang tidak kosong dan unik`,
  policy_object_expected: () => `diharapkan objek kebijakan`,
  policy_id_expected: () => `diharapkan id kebijakan yang tidak kosong`,
  rule_list_expected: () => `diharapkan daftar aturan`,
  lapse_expected: (p) => `diharapkan { kind: ${p.kinds} }`,
  at_most_expected: (p) => `diharapkan paling banyak ${p.max}`,
  basis_expected: (p) => `diharapkan { status: ${p.statuses}, note }`,
  warning_expected: () =>
    `diharapkan { workingDaysBefore: n } atau { calendarDaysBefore: n } (bilangan bulat ≥ 0) atau { fraction: f } (0 < f ≤ 1)`,
  rule_id_prefixes_expected: () =>
    `diharapkan satu awalan (teks) untuk setiap kebijakan, dalam urutan yang sama`,
  policy_list_expected: () => `diharapkan daftar kebijakan`,
  preset_options_expected: () => `diharapkan objek opsi, mis. { hari: "working_days" }`,
  receipt_days_expected: () => `diharapkan bilangan bulat ≥ 0, atau null untuk meniadakan jam tanda terima`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const rulesText = /* @__PURE__ */ textsOf(rulesMessagesEn, rulesMessagesId);
