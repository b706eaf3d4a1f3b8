import type { ActorRole, CloseReason, HistoryEventOf } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import { SOURCES } from './_lib/sources.js';
import type { ComplaintEventType } from './types.js';

/** Which roles may send one event type, and why. */
export interface EventPermission {
  /** The roles that may send the event. */
  readonly roles: readonly ActorRole[];
  /** Where the permission comes from. */
  readonly source: LegalSource;
  /** What the permission means in practice, or how it is narrowed further (by reason, by unit). */
  readonly note?: LocalizedText;
}

function permit(roles: readonly ActorRole[], source: LegalSource, note?: LocalizedText): EventPermission {
  return Object.freeze(
    note === undefined
      ? { roles: Object.freeze([...roles]), source }
      : { roles: Object.freeze([...roles]), source, note: Object.freeze(note) },
  );
}

/**
 * Who may do what: for every event type, the roles that may send it, with the rule behind it. An
 * event whose `actor.role` is not listed is refused (`TransitionRefusedError`, reason
 * `role_not_permitted`). `sla.tick` has no actor: it is the host's scheduler (`system`).
 *
 * Some permissions are narrowed further by the event's content: see `REASON_PERMISSIONS` (who may
 * close or withdraw with which reason) and the unit rule (an actor with a `unitId` may only act for
 * that unit).
 *
 * @example
 * ```ts
 * import { EVENT_PERMISSIONS } from 'pengaduan/machine';
 * EVENT_PERMISSIONS['followup.posted'].roles;
 * //=> ['admin_penghubung', 'apip']
 * ```
 * @see UU 25/2009 Pasal 42, 44, 45, 47, 50; SP4N-LAPOR! roles (admin instansi, admin penghubung)
 */
export const EVENT_PERMISSIONS: Readonly<Record<ComplaintEventType, EventPermission>> = Object.freeze({
  'complaint.submitted': permit(['complainant', 'admin_instansi', 'system'], SOURCES.filing, {
    id: 'Pengadu atau kuasanya; admin mencatat pengaduan lisan/surat; sistem untuk kanal terintegrasi.',
    en: 'The complainant or their representative; an admin records oral or written complaints; the system for integrated channels.',
  }),
  'complaint.received': permit(['admin_instansi', 'system'], SOURCES.receipt, {
    id: 'Tanda terima oleh petugas, atau otomatis (nomor pelacakan).',
    en: 'Receipt by an officer, or automatic (tracking number).',
  }),
  'file.declared_complete': permit(['admin_instansi'], SOURCES.screening),
  'file.declared_incomplete': permit(['admin_instansi'], SOURCES.screening),
  'file.completed': permit(['complainant', 'admin_instansi'], SOURCES.completion, {
    id: 'Admin dapat mencatat kelengkapan yang diserahkan langsung oleh pengadu.',
    en: 'An admin may record material the complainant handed in at the counter.',
  }),
  'complaint.held': permit(['admin_instansi'], SOURCES.hold),
  'complaint.resumed': permit(['admin_instansi'], SOURCES.hold),
  'complaint.referred': permit(['admin_instansi'], SOURCES.notOurAuthority),
  'complaint.archived': permit(['admin_instansi'], SOURCES.archive),
  'complaint.dispositioned': permit(['admin_instansi'], SOURCES.disposition),
  'disposition.rejected': permit(['admin_penghubung', 'apip'], SOURCES.disposition, {
    id: 'Hanya untuk unitnya sendiri bila aktor membawa unitId.',
    en: 'Only for the actor’s own unit when the actor carries a unitId.',
  }),
  'followup.posted': permit(['admin_penghubung', 'apip'], SOURCES.followUp, {
    id: 'Hanya untuk unitnya sendiri bila aktor membawa unitId.',
    en: 'Only for the actor’s own unit when the actor carries a unitId.',
  }),
  'examination.started': permit(['admin_instansi', 'admin_penghubung', 'apip'], SOURCES.examination),
  'decision.made': permit(['admin_instansi', 'apip', 'supervisor'], SOURCES.decision, {
    id: 'Undang-undang mewajibkan penyelenggara memutuskan; peran yang mencatat keputusan adalah praktik.',
    en: 'The law puts the decision on the provider; which role records it is practice.',
  }),
  'decision.notified': permit(['admin_instansi', 'system'], SOURCES.notification),
  'compensation.paid': permit(['admin_instansi', 'supervisor'], SOURCES.compensation),
  'complainant.replied': permit(['complainant'], SOURCES.reply),
  'admin.replied': permit(['admin_instansi', 'admin_penghubung'], SOURCES.reply),
  'complaint.reopened': permit(['admin_instansi', 'supervisor'], SOURCES.reopen),
  'complaint.closed': permit(['admin_instansi', 'supervisor', 'system'], SOURCES.closedAdministrative, {
    id: 'Dipersempit per alasan: lihat REASON_PERMISSIONS.',
    en: 'Narrowed by reason: see REASON_PERMISSIONS.',
  }),
  'complaint.withdrawn': permit(['complainant', 'admin_instansi', 'system'], SOURCES.deemedWithdrawn, {
    id: 'Dipersempit per alasan: lihat REASON_PERMISSIONS.',
    en: 'Narrowed by reason: see REASON_PERMISSIONS.',
  }),
  'complaint.escalated': permit(
    ['complainant', 'admin_instansi', 'supervisor', 'system'],
    SOURCES.escalation,
    {
      id: 'Sistem mengeskalasi hanya bila pelanggaran batas waktu diatur untuk dieskalasi.',
      en: 'The system escalates only when breaches are set to escalate.',
    },
  ),
  'sla.breach_recorded': permit(['system'], SOURCES.breach),
  'ombudsman.lhp_received': permit(['admin_instansi', 'supervisor'], SOURCES.ombudsmanLhp),
  'ombudsman.lhp_acted': permit(['admin_instansi', 'supervisor'], SOURCES.ombudsmanLhp),
  'ombudsman.recommendation_received': permit(
    ['admin_instansi', 'supervisor'],
    SOURCES.ombudsmanRecommendation,
  ),
  'ombudsman.recommendation_reported': permit(['supervisor'], SOURCES.ombudsmanRecommendation, {
    id: 'Laporan pelaksanaan Rekomendasi adalah kewajiban atasan Terlapor.',
    en: 'Reporting on the Rekomendasi is the duty of the atasan Terlapor.',
  }),
  'sla.tick': permit(['system'], SOURCES.timer),
});

type WithdrawnReason = HistoryEventOf<'complaint.withdrawn'>['data']['reason'];

/** Which roles may close or withdraw a complaint with which reason. */
export interface ReasonPermissions {
  /** The roles that may close a complaint, by close reason. */
  readonly 'complaint.closed': Readonly<Record<CloseReason, readonly ActorRole[]>>;
  /** The roles that may withdraw a complaint, by withdrawal reason. */
  readonly 'complaint.withdrawn': Readonly<Record<WithdrawnReason, readonly ActorRole[]>>;
}

/**
 * The reason-level narrowing of `EVENT_PERMISSIONS`:
 * - `complaint.closed`: `accepted` is recorded by an admin (or the system) when the complainant
 *   accepted by another channel; `no_reply` only by the system, after the silence limit; `administrative`
 *   only by a supervisor; `settled` never: a complaint is settled by `compensation.paid`.
 * - `complaint.withdrawn`: `by_complainant` by the complainant or an admin recording it;
 *   `deemed_lapsed` only by the system, after the Pasal 44(4) limit.
 *
 * @see UU 25/2009 Pasal 44 ayat (5), Penjelasan Pasal 50 ayat (8); SP4N-LAPOR! 10 hari kerja
 */
export const REASON_PERMISSIONS: ReasonPermissions = Object.freeze({
  'complaint.closed': Object.freeze({
    accepted: Object.freeze(['admin_instansi', 'system'] as const),
    no_reply: Object.freeze(['system'] as const),
    administrative: Object.freeze(['supervisor'] as const),
    settled: Object.freeze([] as const),
  }),
  'complaint.withdrawn': Object.freeze({
    by_complainant: Object.freeze(['complainant', 'admin_instansi'] as const),
    deemed_lapsed: Object.freeze(['system'] as const),
  }),
});

/**
 * Whether a role may send an event type at all (before state, reason and unit rules).
 *
 * @param type - the event type
 * @param role - the actor's role
 * @returns `true` when `EVENT_PERMISSIONS[type]` lists the role
 */
export function mayRoleSend(type: ComplaintEventType, role: ActorRole): boolean {
  // `type` may come from untrusted JSON at run time: an unknown type is simply not permitted.
  return typeof type === 'string' && Object.hasOwn(EVENT_PERMISSIONS, type)
    ? EVENT_PERMISSIONS[type].roles.includes(role)
    : false;
}
