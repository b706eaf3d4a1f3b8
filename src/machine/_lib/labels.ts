import { describeValue } from '../../_lib/describeValue.js';
import type { RefusalNames } from '../../errors/TransitionRefusedError.js';
import type { ActorRole } from '../../history/types.js';
import type { LocalizedText } from '../../i18n/types.js';
import { COMPLAINT_STATES } from '../states.js';
import type { ComplaintEventType } from '../types.js';

/*
 * How the machine names roles, events and states in its messages: Indonesian messages carry the
 * words an officer uses, never the internal codes (`admin_instansi`, `screening`). The codes stay
 * in `details` for programs.
 */

export const ROLE_LABELS: Readonly<Record<ActorRole, LocalizedText>> = Object.freeze({
  complainant: { id: 'pengadu', en: 'complainant' },
  admin_instansi: { id: 'admin instansi', en: 'agency admin (admin_instansi)' },
  admin_penghubung: { id: 'admin penghubung', en: 'liaison admin (admin_penghubung)' },
  apip: { id: 'APIP (inspektorat)', en: 'APIP (inspectorate)' },
  supervisor: { id: 'atasan', en: 'supervisor' },
  system: { id: 'sistem', en: 'system' },
});

export const EVENT_LABELS: Readonly<Record<ComplaintEventType, LocalizedText>> = Object.freeze({
  'complaint.submitted': { id: 'pengajuan pengaduan', en: 'complaint.submitted' },
  'complaint.received': { id: 'penerimaan pengaduan', en: 'complaint.received' },
  'file.declared_complete': { id: 'pernyataan berkas lengkap', en: 'file.declared_complete' },
  'file.declared_incomplete': { id: 'pernyataan berkas belum lengkap', en: 'file.declared_incomplete' },
  'file.completed': { id: 'pelengkapan berkas', en: 'file.completed' },
  'complaint.held': { id: 'penundaan', en: 'complaint.held' },
  'complaint.resumed': { id: 'pelanjutan', en: 'complaint.resumed' },
  'complaint.referred': { id: 'pelimpahan (bukan wewenang)', en: 'complaint.referred' },
  'complaint.archived': { id: 'pengarsipan', en: 'complaint.archived' },
  'complaint.dispositioned': { id: 'disposisi', en: 'complaint.dispositioned' },
  'disposition.rejected': { id: 'penolakan disposisi', en: 'disposition.rejected' },
  'followup.posted': { id: 'tindak lanjut', en: 'followup.posted' },
  'examination.started': { id: 'pemeriksaan', en: 'examination.started' },
  'decision.made': { id: 'keputusan', en: 'decision.made' },
  'decision.notified': { id: 'pemberitahuan keputusan', en: 'decision.notified' },
  'compensation.paid': { id: 'pembayaran ganti rugi', en: 'compensation.paid' },
  'complainant.replied': { id: 'tanggapan pengadu', en: 'complainant.replied' },
  'admin.replied': { id: 'tanggapan admin', en: 'admin.replied' },
  'complaint.reopened': { id: 'pembukaan kembali', en: 'complaint.reopened' },
  'complaint.closed': { id: 'penutupan', en: 'complaint.closed' },
  'complaint.withdrawn': { id: 'pencabutan', en: 'complaint.withdrawn' },
  'complaint.escalated': { id: 'eskalasi', en: 'complaint.escalated' },
  'sla.breach_recorded': { id: 'pencatatan pelanggaran batas waktu', en: 'sla.breach_recorded' },
  'ombudsman.lhp_received': { id: 'penerimaan LHP Ombudsman', en: 'ombudsman.lhp_received' },
  'ombudsman.lhp_acted': { id: 'tindak lanjut LHP Ombudsman', en: 'ombudsman.lhp_acted' },
  'ombudsman.recommendation_received': {
    id: 'penerimaan Rekomendasi Ombudsman',
    en: 'ombudsman.recommendation_received',
  },
  'ombudsman.recommendation_reported': {
    id: 'laporan pelaksanaan Rekomendasi Ombudsman',
    en: 'ombudsman.recommendation_reported',
  },
  'sla.tick': { id: 'pemeriksaan batas waktu terjadwal', en: 'sla.tick' },
});

/** A code from untrusted input, bounded: as written when short and known-safe, else described. */
function bounded(value: unknown): string {
  return typeof value === 'string' && value.length <= 60 && /^[\w.:@#/+-]*$/.test(value)
    ? value
    : describeValue(value);
}

/** The label of an event type, or the bounded value when the type is not one the machine knows. */
export function eventLabel(type: unknown): LocalizedText {
  if (typeof type === 'string' && Object.hasOwn(EVENT_LABELS, type)) {
    return EVENT_LABELS[type as ComplaintEventType];
  }
  if (type === 'unknown' || type === 'none' || typeof type !== 'string') {
    return { id: 'tanpa jenis yang dikenal', en: 'unknown' };
  }
  const shown = bounded(type);
  return { id: `${shown} (jenis tidak dikenal)`, en: shown };
}

/** The label of a role, or the bounded value. */
export function roleLabel(role: unknown): LocalizedText {
  if (typeof role === 'string' && Object.hasOwn(ROLE_LABELS, role)) return ROLE_LABELS[role as ActorRole];
  const shown = bounded(role);
  return { id: shown, en: shown };
}

/** The label of a state (`"Diverifikasi"`), or the bounded value. */
export function stateLabel(state: unknown): LocalizedText {
  if (state === 'none') return { id: 'awal (sebelum pengajuan)', en: 'none' };
  if (typeof state === 'string' && Object.hasOwn(COMPLAINT_STATES, state)) {
    const { label } = COMPLAINT_STATES[state as keyof typeof COMPLAINT_STATES];
    return { id: `"${label.id}"`, en: state };
  }
  const shown = bounded(state);
  return { id: shown, en: shown };
}

/** How the machine's Indonesian texts name the values of event data (decision outcomes, reasons, targets). */
export const VALUE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  // decision outcomes (UU 25/2009 Pasal 50)
  upheld: 'pengaduan dikabulkan',
  partially_upheld: 'pengaduan dikabulkan sebagian',
  rejected: 'pengaduan ditolak',
  // archive reasons
  out_of_scope: 'di luar ruang lingkup',
  duplicate: 'duplikat',
  spam: 'spam',
  not_a_complaint: 'bukan pengaduan',
  other: 'lainnya',
  // close reasons
  accepted: 'pengadu menerima jawaban',
  no_reply: 'tidak ada tanggapan pengadu dalam batas waktu',
  settled: 'ganti rugi telah dibayar',
  administrative: 'ditutup secara administratif oleh atasan',
  // escalation targets
  atasan: 'atasan',
  pembina: 'pembina',
  ombudsman: 'Ombudsman',
  dpr: 'DPR',
  dprd: 'DPRD',
  ptun: 'PTUN',
  civil_court: 'pengadilan negeri (gugatan perdata)',
  police: 'kepolisian',
});

/** The Indonesian label of a data value the machine quotes, or the bounded value. */
export function valueLabel(value: unknown): string {
  return typeof value === 'string' && Object.hasOwn(VALUE_LABELS, value)
    ? (VALUE_LABELS[value] as string)
    : bounded(value);
}

/** The names a refusal message uses for the codes in its details. */
export function refusalNames(details: {
  readonly eventType: unknown;
  readonly state: unknown;
  readonly role?: unknown;
}): RefusalNames {
  return {
    event: eventLabel(details.eventType),
    state: stateLabel(details.state),
    ...(details.role === undefined ? {} : { role: roleLabel(details.role) }),
  };
}
