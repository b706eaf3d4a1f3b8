import type { LocalizedText } from '../i18n/types.js';
import type { FindingKind, FindingSeverity } from './types.js';

/** What a finding kind means, and its usual severity (a finding may be milder, e.g. `low` when not yet acted on). */
export interface FindingKindInfo {
  /** A short title, in Bahasa Indonesia and English (`'Keputusan terlambat'` / `'Late decision'`). */
  readonly title: LocalizedText;
  /** The kind's usual severity. */
  readonly severity: FindingSeverity;
}

const kind = (id: string, en: string, severity: FindingSeverity): FindingKindInfo =>
  Object.freeze({ title: Object.freeze({ id, en }), severity });

/**
 * Every finding kind with its title and usual severity, for reports and filters. The rule and the
 * legal source are on each finding: they depend on the policy the history was audited with.
 *
 * @example
 * ```ts
 * import { FINDING_KINDS } from 'pengaduan/compliance';
 * FINDING_KINDS.late_decision.title.en;
 * //=> 'Late decision'
 * ```
 */
export const FINDING_KINDS: Readonly<Record<FindingKind, FindingKindInfo>> = Object.freeze({
  missing_receipt: kind('Tanda terima tidak diberikan', 'Missing receipt', 'high'),
  late_receipt: kind('Tanda terima terlambat', 'Late receipt', 'high'),
  late_response: kind('Tanggapan kelengkapan terlambat', 'Late response on completeness', 'high'),
  late_forwarding: kind('Verifikasi dan penerusan terlambat', 'Late verification and forwarding', 'medium'),
  late_followup: kind('Tindak lanjut unit terlambat', 'Late follow-up by the unit', 'medium'),
  late_decision: kind('Keputusan terlambat', 'Late decision', 'high'),
  late_notification: kind('Penyampaian keputusan terlambat', 'Late notification of the decision', 'high'),
  late_resolution: kind(
    'Penyelesaian melewati standar daerah',
    'Resolution past the local standard',
    'medium',
  ),
  late_ombudsman_action: kind(
    'Tindak lanjut produk Ombudsman terlambat',
    "Late action on the Ombudsman's findings",
    'high',
  ),
  late_duty: kind('Kewajiban lewat batas waktu', 'Duty done late', 'medium'),
  late_filing: kind('Pengaduan diajukan lewat batas waktu', 'Complaint filed after the window', 'info'),
  deemed_withdrawal_not_applied: kind(
    'Anggapan dicabut tidak diterapkan',
    'Deemed withdrawal not applied',
    'medium',
  ),
  deemed_withdrawal_too_early: kind(
    'Anggapan dicabut diterapkan terlalu dini',
    'Deemed withdrawal applied too early',
    'high',
  ),
  missing_incomplete_notice: kind(
    'Pemberitahuan ketidaklengkapan tidak terbukti',
    'Notice of an incomplete file not shown',
    'high',
  ),
  role_not_permitted: kind(
    'Peristiwa oleh peran yang tidak berwenang',
    'Event by a role not permitted',
    'medium',
  ),
  event_not_allowed: kind(
    'Peristiwa tidak mungkin dalam siklus',
    'Event impossible in the lifecycle',
    'medium',
  ),
  event_out_of_order: kind('Peristiwa tidak berurutan', 'Event out of order', 'low'),
  invalid_event: kind('Peristiwa tidak valid', 'Invalid event', 'low'),
  confidentiality_at_risk: kind('Kerahasiaan berisiko', 'Confidentiality at risk', 'high'),
  unauditable_history: kind('Riwayat tidak dapat diaudit', 'History cannot be audited', 'medium'),
});
