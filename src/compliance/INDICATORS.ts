import type { LegalSource } from '../rules/types.js';
import type { IndicatorDefinition, IndicatorUnit } from './types.js';

// Where the indicators come from (research-2026-12.md §4). None of these instruments publishes an
// indicator's formula that we could read: each indicator below is the plain reading of what the
// evaluation names, and says so in its source note.
const MONEV: LegalSource = Object.freeze({
  instrument: 'KemenPANRB, monitoring dan evaluasi SP4N-LAPOR!',
  article: '% laporan ditindaklanjuti; % berstatus selesai vs dalam proses',
  status: 'practice',
  note: 'Reported in KemenPANRB evaluation news (2020); the formula is not published: counted here from the history.',
});
const KEMENDAGRI: LegalSource = Object.freeze({
  instrument: 'Kemendagri, Evaluasi Kinerja Pengelolaan Pengaduan oleh Pemerintah Daerah 2024',
  article: 'aspek pemanfaatan kanal pengaduan; efektivitas tindak lanjut',
  status: 'practice',
  note: 'Known from secondary reports; indicator weights and thresholds were not found.',
});
const OMBUDSMAN: LegalSource = Object.freeze({
  instrument: 'Peraturan Ombudsman 61/2025',
  article: 'dimensi pengaduan (budaya dan kecepatan penanganan pengaduan)',
  status: 'practice',
  note: 'Title and Pasal 1 read; the indicator-level text was not: the speed measure here is our reading.',
});

function indicator(
  id: string,
  label: readonly [string, string],
  definition: readonly [string, string],
  unit: IndicatorUnit,
  source: LegalSource | 'ours',
  perClock = false,
): IndicatorDefinition {
  return Object.freeze({
    id,
    label: Object.freeze({ id: label[0], en: label[1] }),
    definition: Object.freeze({ id: definition[0], en: definition[1] }),
    unit,
    ...(perClock ? { perClock: true } : {}),
    source,
  });
}

/** The backlog age buckets, in calendar days since submission: `[from, to]`, `to` inclusive (`null`: no upper end). */
export const BACKLOG_BUCKETS: readonly (readonly [number, number | null])[] = Object.freeze([
  Object.freeze([0, 14] as const),
  Object.freeze([15, 30] as const),
  Object.freeze([31, 60] as const),
  Object.freeze([61, 90] as const),
  Object.freeze([91, null] as const),
]);

const bucketId = ([from, to]: readonly [number, number | null]): string =>
  to === null ? `backlog_over_${from - 1}` : `backlog_${from}_${to}`;

/**
 * Every performance indicator `indicatorsOf` computes, defined once as data: its id, label, plain
 * definition, unit, and where it comes from (an evaluation instrument, or `'ours'` where no instrument
 * defines it). Medians and 90th percentiles are nearest-rank percentiles of exact day histograms.
 *
 * @see research-2026-12.md §4 (Kemendagri 2024, KemenPANRB monev SP4N-LAPOR!, Peraturan Ombudsman 61/2025)
 * @example
 * ```ts
 * import { INDICATORS } from 'pengaduan/compliance';
 * INDICATORS.find((i) => i.id === 'completion_rate')?.label.id;
 * //=> 'Persentase laporan selesai'
 * ```
 */
export const INDICATORS: readonly IndicatorDefinition[] = Object.freeze([
  indicator(
    'received',
    ['Laporan masuk', 'Complaints received'],
    [
      'Pengaduan dengan complaint.submitted pada atau sebelum asOf.',
      'Complaints submitted at or before asOf.',
    ],
    'count',
    MONEV,
  ),
  indicator(
    'followed_up',
    ['Laporan ditindaklanjuti', 'Complaints followed up'],
    [
      'Pengaduan dengan sedikitnya satu tindak lanjut unit (followup.posted) atau keputusan (decision.made).',
      'Complaints with at least one unit follow-up (followup.posted) or decision (decision.made).',
    ],
    'count',
    MONEV,
  ),
  indicator(
    'follow_up_rate',
    ['Persentase laporan ditindaklanjuti', 'Share of complaints followed up'],
    ['followed_up / received.', 'followed_up / received.'],
    'ratio',
    MONEV,
  ),
  indicator(
    'completed',
    ['Laporan selesai', 'Complaints completed'],
    [
      'Pengaduan yang berakhir selesai (closed) atau selesai dengan ganti rugi (settled).',
      'Complaints that ended closed, or settled with compensation.',
    ],
    'count',
    MONEV,
  ),
  indicator(
    'completion_rate',
    ['Persentase laporan selesai', 'Share of complaints completed'],
    ['completed / received.', 'completed / received.'],
    'ratio',
    MONEV,
  ),
  indicator(
    'in_process',
    ['Laporan dalam proses', 'Complaints in process'],
    ['Pengaduan yang belum berakhir pada asOf.', 'Complaints not ended as of asOf.'],
    'count',
    MONEV,
  ),
  indicator(
    'on_time_rate',
    ['Persentase tepat waktu', 'On-time rate'],
    [
      'Per jam: met / (met + breached), jam yang sudah berakhir atau sudah terlanggar.',
      'Per clock rule: met / (met + breached), over clocks that ended or are already breached.',
    ],
    'ratio',
    KEMENDAGRI,
    true,
  ),
  indicator(
    'first_response_median_days',
    ['Median waktu tanggapan pertama (hari)', 'Median time to first response (days)'],
    [
      'Hari kalender dari pengajuan sampai jawaban pertama penyelenggara (kelengkapan, rujukan, arsip, tindak lanjut, keputusan, balasan admin).',
      "Calendar days from submission to the provider's first answer (completeness, referral, archive, follow-up, decision, admin reply).",
    ],
    'calendar_days',
    OMBUDSMAN,
  ),
  indicator(
    'first_response_p90_days',
    ['Persentil 90 waktu tanggapan pertama (hari)', '90th percentile time to first response (days)'],
    ['Seperti di atas, persentil 90.', 'As above, 90th percentile.'],
    'calendar_days',
    OMBUDSMAN,
  ),
  indicator(
    'first_response_median_working_days',
    ['Median waktu tanggapan pertama (hari kerja)', 'Median time to first response (working days)'],
    ['Seperti di atas, dalam hari kerja.', 'As above, in working days.'],
    'working_days',
    OMBUDSMAN,
  ),
  indicator(
    'first_response_p90_working_days',
    [
      'Persentil 90 waktu tanggapan pertama (hari kerja)',
      '90th percentile time to first response (working days)',
    ],
    ['Seperti di atas, persentil 90, dalam hari kerja.', 'As above, 90th percentile, in working days.'],
    'working_days',
    OMBUDSMAN,
  ),
  indicator(
    'decision_median_days',
    ['Median waktu sampai keputusan (hari)', 'Median time to decision (days)'],
    [
      'Hari kalender dari pengajuan sampai keputusan pertama (decision.made). Pasal 50 ayat (1) menghitung dari berkas lengkap; ini dari sisi pengadu.',
      "Calendar days from submission to the first decision (decision.made). Pasal 50(1) counts from the complete file; this is the complainant's view.",
    ],
    'calendar_days',
    'ours',
  ),
  indicator(
    'decision_p90_days',
    ['Persentil 90 waktu sampai keputusan (hari)', '90th percentile time to decision (days)'],
    ['Seperti di atas, persentil 90.', 'As above, 90th percentile.'],
    'calendar_days',
    'ours',
  ),
  indicator(
    'decision_median_working_days',
    ['Median waktu sampai keputusan (hari kerja)', 'Median time to decision (working days)'],
    ['Seperti di atas, dalam hari kerja.', 'As above, in working days.'],
    'working_days',
    'ours',
  ),
  indicator(
    'decision_p90_working_days',
    ['Persentil 90 waktu sampai keputusan (hari kerja)', '90th percentile time to decision (working days)'],
    ['Seperti di atas, persentil 90, dalam hari kerja.', 'As above, 90th percentile, in working days.'],
    'working_days',
    'ours',
  ),
  ...BACKLOG_BUCKETS.map((bucket) => {
    const [from, to] = bucket;
    const range = to === null ? `> ${from - 1}` : `${from}-${to}`;
    return indicator(
      bucketId(bucket),
      [`Tunggakan berumur ${range} hari`, `Backlog aged ${range} days`],
      [
        `Pengaduan belum berakhir yang diajukan ${range} hari kalender sebelum asOf.`,
        `Complaints not ended, submitted ${range} calendar days before asOf.`,
      ],
      'count',
      'ours',
    );
  }),
  indicator(
    'deemed_withdrawn',
    ['Dianggap dicabut', 'Deemed withdrawn'],
    [
      'Pengaduan yang dianggap dicabut karena berkas tidak dilengkapi (UU 25/2009 Pasal 44 ayat (5)).',
      'Complaints deemed withdrawn because the file was not completed (UU 25/2009 Pasal 44(5)).',
    ],
    'count',
    'ours',
  ),
  indicator(
    'reopen_rate',
    ['Persentase dibuka kembali', 'Reopen rate'],
    [
      'Pengaduan yang dibuka kembali sedikitnya sekali / pengaduan yang sudah diputuskan.',
      'Complaints reopened at least once / complaints with a decision.',
    ],
    'ratio',
    'ours',
  ),
  indicator(
    'escalated',
    ['Dieskalasi', 'Escalated'],
    [
      'Pengaduan dengan sedikitnya satu complaint.escalated.',
      'Complaints with at least one complaint.escalated.',
    ],
    'count',
    'ours',
  ),
  indicator(
    'escalated_ombudsman',
    ['Dieskalasi ke Ombudsman', 'Escalated to the Ombudsman'],
    ['Pengaduan yang dieskalasi ke Ombudsman.', 'Complaints escalated to the Ombudsman.'],
    'count',
    OMBUDSMAN,
  ),
  indicator(
    'dispositioned_to_apip',
    ['Didisposisikan ke APIP', 'Dispositioned to APIP'],
    [
      'Pengaduan yang didisposisikan ke APIP (inspektorat), biasanya berkadar pengawasan.',
      'Complaints dispositioned to APIP (the inspectorate), usually about supervision matters.',
    ],
    'count',
    'ours',
  ),
  indicator(
    'satisfaction_rate',
    ['Persentase pengadu menerima', 'Share of complainants accepting'],
    [
      'Di antara pengaduan dengan balasan terima atau bantah dari pengadu: yang terakhir menerima.',
      'Among complaints whose complainant replied accept or dispute: those whose last such reply accepts.',
    ],
    'ratio',
    'ours',
  ),
  indicator(
    'rating_mean',
    ['Rata-rata penilaian kepuasan', 'Mean satisfaction rating'],
    [
      'Rata-rata penilaian 1-5 yang diberikan host bersama pengaduan (AuditInput.rating).',
      'Mean of the 1-5 ratings the host passed with the complaints (AuditInput.rating).',
    ],
    'score',
    'ours',
  ),
  indicator(
    'compliance_rate',
    ['Persentase tanpa temuan berat', 'Share without serious findings'],
    [
      'Audit tanpa temuan berkeparahan sedang atau tinggi / semua audit.',
      'Audits with no finding of severity medium or high / all audits.',
    ],
    'ratio',
    'ours',
  ),
]);
