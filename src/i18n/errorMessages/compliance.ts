import type { LocalizedText } from '../types.js';
import { textsOf } from './textsOf.js';

/**
 * The messages of src/compliance (findings and argument errors) in English, in a table of their own so that a bundle takes only the
 * messages of the layers it uses. Keyed by problem, like `./en.ts`.
 */
export const complianceMessagesEn = {
  clock_late_open: (p: {
    readonly where: LocalizedText;
    readonly unit: string | number;
    readonly dueDate: string | number;
    readonly asOf: string | number;
    readonly late: LocalizedText;
  }) => `${p.where.en}${p.unit}: due ${p.dueDate}, not done as of ${p.asOf}; ${p.late.en} late.`,
  clock_late_done: (p: {
    readonly where: LocalizedText;
    readonly unit: string | number;
    readonly dueDate: string | number;
    readonly stoppedAt: string | number;
    readonly late: LocalizedText;
  }) => `${p.where.en}${p.unit}: due ${p.dueDate}, done ${p.stoppedAt}; ${p.late.en} late.`,
  late_filing: (p: {
    readonly where: LocalizedText;
    readonly dueDate: string | number;
    readonly filedAt: string | number;
    readonly late: LocalizedText;
  }) =>
    `${p.where.en}: window ended ${p.dueDate}, filed ${p.filedAt}; ${p.late.en} after it (the law names no consequence).`,
  completion_lapsed_unrecorded: (p: { readonly where: LocalizedText; readonly dueDate: string | number }) =>
    `${p.where.en}: the limit to complete the file (${p.dueDate}) ran out without completion, but no deemed withdrawal is recorded.`,
  completion_lapsed_handled: (p: {
    readonly where: LocalizedText;
    readonly dueDate: string | number;
    readonly eventType: string | number;
    readonly at: string | number;
  }) =>
    `${p.where.en}: the limit to complete the file (${p.dueDate}) ran out, yet handling went on (${p.eventType} at ${p.at}) without recording a deemed withdrawal.`,
  event_left_out: (p: { readonly index: string | number; readonly why: LocalizedText }) =>
    `Event [${p.index}] ${p.why.en}; left out.`,
  event_out_of_order: (p: {
    readonly index: string | number;
    readonly eventType: string | number;
    readonly at: string | number;
    readonly lastAt: string | number;
  }) =>
    `Event [${p.index}] ${p.eventType} is dated ${p.at}, before the event recorded before it (${p.lastAt}); left out.`,
  state_does_not_accept: (p: { readonly state: string | number; readonly eventType: string | number }) =>
    `state ${p.state} does not accept ${p.eventType}`,
  event_refused_by_lifecycle: (p: {
    readonly index: string | number;
    readonly eventType: string | number;
    readonly role: string | number;
    readonly at: string | number;
    readonly state: string | number;
    readonly why: LocalizedText;
  }) =>
    `Event [${p.index}] ${p.eventType} by ${p.role} at ${p.at} is refused by the lifecycle (state ${p.state}): ${p.why.en}`,
  history_not_submitted_first: (p: { readonly eventType: string | number }) =>
    `The history does not start with complaint.submitted (first event: ${p.eventType}); the lifecycle cannot be replayed.`,
  submitted_by_roles: (p: { readonly roles: string | number }) => `a complaint is submitted by: ${p.roles}`,
  incomplete_notice_unrecorded: (p: { readonly at: string | number; readonly noticeAt: string | number }) =>
    `The complaint was deemed withdrawn at ${p.at}, but when the complainant received the incompleteness response (${p.noticeAt}) is not recorded; the 30 days of Pasal 44(4) count from that receipt.`,
  confidential_to_reported_unit: (p: { readonly at: string | number; readonly unitId: string | number }) =>
    `A confidential or anonymous complaint was dispositioned at ${p.at} to the unit it is about (${p.unitId}).`,
  supervision_to_opd: (p: { readonly at: string | number; readonly unitId: string | number }) =>
    `A complaint about supervision matters (berkadar pengawasan / whistleblowing) was dispositioned at ${p.at} to OPD ${p.unitId}, not to APIP.`,
  aggregate_expected: () =>
    `expected an aggregate from createAggregator (kind "pengaduan.aggregate", version 1)`,
  audit_result_expected: () => `expected a result of auditHistory`,
  aggregate_basis_differs: (p: { readonly key: string | number; readonly value: string | number }) =>
    `another ${p.key} (${p.value}); aggregates only combine audits with the same ${p.key}`,
  group_by_expected: (p: { readonly allowed: string | number }) => `expected one of: ${p.allowed}`,
  aggregate_grouped_otherwise: (p: {
    readonly groupBy: string | number;
    readonly expectedGroupBy: string | number;
  }) => `the aggregate is grouped by ${p.groupBy}, not ${p.expectedGroupBy}`,
  group_by_or_aggregate_expected: () => `expected { groupBy } or an aggregate`,
  percentile_expected: () => `expected a number 0 < p ≤ 1`,
  histogram_expected: () => `expected a histogram { days: count } of whole numbers ≥ 0`,
  audit_options_expected: () => `expected an options object with asOf`,
  audit_failed: () => `The history could not be evaluated (unexpected error).`,
  history_unauditable: () => `The history could not be audited.`,
  history_empty: () => `The history is empty: nothing to audit.`,
  not_a_history: () =>
    `The input is not a complaint history (expected an array of events or { history: [...] }).`,
  no_valid_event: (p: { readonly asOf: string | number }) => `No valid event at or before ${p.asOf}.`,
  iterable_expected: () => `expected an iterable (array, generator, stream) of histories`,
  history_schema_mismatch: (p: { readonly detail: LocalizedText }) =>
    `does not match the history schema${p.detail.en}`,
  amount_calendar_days: (p: { readonly amount: number }) =>
    `${p.amount} ${p.amount === 1 ? 'calendar day' : 'calendar days'}`,
  amount_working_days: (p: { readonly amount: number }) =>
    `${p.amount} ${p.amount === 1 ? 'working day' : 'working days'}`,
  amount_months: (p: { readonly amount: number }) => `${p.amount} ${p.amount === 1 ? 'month' : 'months'}`,
  amount_years: (p: { readonly amount: number }) => `${p.amount} ${p.amount === 1 ? 'year' : 'years'}`,
};

/** The same messages in Bahasa Indonesia: the same keys and parameters. */
export const complianceMessagesId: typeof complianceMessagesEn = {
  clock_late_open: (p) =>
    `${p.where.id}${p.unit}: jatuh tempo ${p.dueDate}, belum dilakukan per ${p.asOf}; terlambat ${p.late.id}.`,
  clock_late_done: (p) =>
    `${p.where.id}${p.unit}: jatuh tempo ${p.dueDate}, dilakukan ${p.stoppedAt}; terlambat ${p.late.id}.`,
  late_filing: (p) =>
    `${p.where.id}: batas ${p.dueDate}, diajukan ${p.filedAt}; lewat ${p.late.id} (undang-undang tidak menyebut akibatnya).`,
  completion_lapsed_unrecorded: (p) =>
    `${p.where.id}: batas melengkapi berkas ${p.dueDate} lewat tanpa kelengkapan, tetapi pengaduan belum dicatat dianggap dicabut.`,
  completion_lapsed_handled: (p) =>
    `${p.where.id}: batas melengkapi berkas ${p.dueDate} lewat, tetapi penanganan berlanjut (${p.eventType} pada ${p.at}) tanpa mencatat anggapan dicabut.`,
  event_left_out: (p) => `Peristiwa [${p.index}] ${p.why.id}; tidak dihitung.`,
  event_out_of_order: (p) =>
    `Peristiwa [${p.index}] ${p.eventType} bertanggal ${p.at}, sebelum peristiwa sebelumnya (${p.lastAt}); tidak dihitung.`,
  state_does_not_accept: (p) => `status ${p.state} tidak menerima ${p.eventType}`,
  event_refused_by_lifecycle: (p) =>
    `Peristiwa [${p.index}] ${p.eventType} oleh ${p.role} pada ${p.at} ditolak siklus pengaduan (status ${p.state}): ${p.why.id}`,
  history_not_submitted_first: (p) =>
    `Riwayat tidak dimulai dengan complaint.submitted (peristiwa pertama: ${p.eventType}); siklus tidak dapat diputar ulang.`,
  submitted_by_roles: (p) => `pengaduan diajukan oleh: ${p.roles}`,
  incomplete_notice_unrecorded: (p) =>
    `Pengaduan dianggap dicabut pada ${p.at}, tetapi tidak tercatat kapan pengadu menerima tanggapan ketidaklengkapan (${p.noticeAt}); 30 hari Pasal 44 ayat (4) dihitung dari penerimaan itu.`,
  confidential_to_reported_unit: (p) =>
    `Pengaduan rahasia/anonim didisposisikan pada ${p.at} kepada unit yang diadukan (${p.unitId}).`,
  supervision_to_opd: (p) =>
    `Pengaduan berkadar pengawasan/whistleblowing didisposisikan pada ${p.at} kepada OPD ${p.unitId}, bukan APIP.`,
  aggregate_expected: () => `diharapkan agregat dari createAggregator (kind "pengaduan.aggregate", versi 1)`,
  audit_result_expected: () => `diharapkan hasil auditHistory`,
  aggregate_basis_differs: (p) =>
    `${p.key} berbeda (${p.value}); agregat hanya digabung untuk audit dengan ${p.key} yang sama`,
  group_by_expected: (p) => `diharapkan salah satu dari: ${p.allowed}`,
  aggregate_grouped_otherwise: (p) =>
    `agregat dikelompokkan menurut ${p.groupBy}, bukan ${p.expectedGroupBy}`,
  group_by_or_aggregate_expected: () => `diharapkan { groupBy } atau agregat`,
  percentile_expected: () => `diharapkan bilangan 0 < p ≤ 1`,
  histogram_expected: () => `diharapkan histogram { hari: jumlah } dengan bilangan bulat ≥ 0`,
  audit_options_expected: () => `diharapkan objek opsi dengan asOf`,
  audit_failed: () => `Riwayat tidak dapat dievaluasi (kesalahan tak terduga).`,
  history_unauditable: () => `Riwayat tidak dapat diaudit.`,
  history_empty: () => `Riwayat kosong: tidak ada yang dapat diaudit.`,
  not_a_history: () =>
    `Masukan bukan riwayat pengaduan (diharapkan larik peristiwa atau { history: [...] }).`,
  no_valid_event: (p) => `Tidak ada peristiwa valid pada atau sebelum ${p.asOf}.`,
  iterable_expected: () => `diharapkan iterable (larik, generator, stream) riwayat`,
  history_schema_mismatch: (p) => `tidak sesuai skema riwayat${p.detail.id}`,
  amount_calendar_days: (p) => `${p.amount} hari`,
  amount_working_days: (p) => `${p.amount} hari kerja`,
  amount_months: (p) => `${p.amount} bulan`,
  amount_years: (p) => `${p.amount} tahun`,
};

/** The text of one of these messages in Bahasa Indonesia and English. */
export const complianceText = /* @__PURE__ */ textsOf(complianceMessagesEn, complianceMessagesId);
