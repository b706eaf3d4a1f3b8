import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of src/sla (the deadline engine's refusals of its options and of a history,
 * `describeClock` and `formatClockSource`) in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const slaMessagesEn = {
  sla_options_expected: () => `expected { asOf, calendar?, zone?, warning?, coverage?, tentative? }`,
  sla_calendar_expected: () => `expected a working calendar, e.g. nationalCalendar`,
  expected_with_cause: (p: { readonly expected: LocalizedText; readonly reason: LocalizedText }) =>
    `${p.expected.en} (${p.reason.en})`,
  offset_instant_expected: () => `expected an ISO 8601 instant with an offset or Z`,
  iso_date_expected: () => `expected a YYYY-MM-DD date`,
  history_array_expected: () => `expected an array of events, oldest first`,
  event_object_expected: () => `expected an event object`,
  known_event_type_expected: () => `expected a known event type (see HISTORY_EVENT_TYPES)`,
  event_in_time_order: (p: { readonly index: string | number }) =>
    `expected no earlier than event [${p.index}]: the history must be in time order, oldest first`,
  unit_id_expected: () => `expected a unit id (string) for a per-unit clock`,
  engine_window_date_expected: (p: {
    readonly windowFirstYear: string | number;
    readonly windowLastYear: string | number;
  }) => `expected a date between ${p.windowFirstYear}-01-01 and ${p.windowLastYear}-12-31`,
  clock_expected: () => `expected one clock (\`clocks[i]\`) of an evaluateSla report`,
  clock_source_expected: () =>
    `expected an object with \`source: { instrument, article, status }\` (status verified, practice or inferred)`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const slaMessagesId: typeof slaMessagesEn = {
  sla_options_expected: () => `diharapkan { asOf, calendar?, zone?, warning?, coverage?, tentative? }`,
  sla_calendar_expected: () => `diharapkan kalender kerja, mis. nationalCalendar`,
  expected_with_cause: (p) => `${p.expected.id} (${p.reason.id})`,
  offset_instant_expected: () => `diharapkan waktu ISO 8601 dengan offset atau Z`,
  iso_date_expected: () => `diharapkan tanggal YYYY-MM-DD`,
  history_array_expected: () => `diharapkan daftar peristiwa, yang terlama lebih dahulu`,
  event_object_expected: () => `diharapkan objek peristiwa`,
  known_event_type_expected: () => `diharapkan jenis peristiwa yang dikenal (lihat HISTORY_EVENT_TYPES)`,
  event_in_time_order: (p) =>
    `diharapkan tidak lebih awal dari peristiwa [${p.index}]: riwayat harus urut waktu, yang terlama lebih dahulu`,
  unit_id_expected: () => `diharapkan id unit (teks) untuk jam per unit`,
  engine_window_date_expected: (p) =>
    `diharapkan tanggal antara ${p.windowFirstYear}-01-01 dan ${p.windowLastYear}-12-31`,
  clock_expected: () => `diharapkan satu jam tenggat (\`clocks[i]\`) dari laporan evaluateSla`,
  clock_source_expected: () =>
    `diharapkan objek dengan \`source: { instrument, article, status }\` (status verified, practice atau inferred)`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const slaText = /* @__PURE__ */ textsOf(slaMessagesEn, slaMessagesId);
