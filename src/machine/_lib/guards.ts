import type { RefusalReason } from '../../errors/TransitionRefusedError.js';
import type { CloseReason } from '../../history/types.js';
import type { LocalizedText } from '../../i18n/types.js';
import { EVENT_PERMISSIONS, REASON_PERMISSIONS } from '../permissions.js';
import type { ComplaintContext, ComplaintEvent, DeadlineEngine } from '../types.js';
import { dueAsOf, remindersFor, type Watch } from './due.js';
import {
  activeUnits,
  compensationPaidSinceDecision,
  escalationTargets,
  isActiveUnit,
  lastDecision,
  lastEventAt,
  unitsFollowedUp,
} from './facts.js';
import { compareInstants } from './instants.js';
import { eventLabel, roleLabel, valueLabel } from './labels.js';

/** Why a validation guard failed, in both languages. */
export interface Refusal {
  readonly reason: RefusalReason;
  readonly text: LocalizedText;
  readonly details?: Readonly<Record<string, unknown>>;
}

type Check = (context: ComplaintContext, event: ComplaintEvent, engine: DeadlineEngine) => Refusal | null;
type CheckName =
  | 'admissible'
  | 'unitIsNew'
  | 'unitHeldByActor'
  | 'withdrawalByComplainant'
  | 'withdrawalWhileWaiting'
  | 'closeAsAnswered'
  | 'closeAdministrative'
  | 'breachRecordable'
  | 'ombudsmanEscalated'
  | 'replyIsComment';

type Route = (context: ComplaintContext, event: ComplaintEvent, engine: DeadlineEngine) => boolean;

function refuse(reason: RefusalReason, id: string, en: string, details?: Record<string, unknown>): Refusal {
  return details === undefined ? { reason, text: { id, en } } : { reason, text: { id, en }, details };
}

function roleOf(event: ComplaintEvent): string {
  return event.type === 'sla.tick' ? 'system' : event.actor.role;
}

/**
 * Validation guards: when one fails the event is refused, and the failure is the refusal's reason.
 * Each guard of the machine with the same name is `check(...) === null`.
 */
export const CHECKS: { readonly [K in CheckName]: Check } = {
  /** The actor's role may send this type (EVENT_PERMISSIONS), and the event is not older than the history. */
  admissible(context, event) {
    const role = roleOf(event);
    const permission = EVENT_PERMISSIONS[event.type];
    if (!permission.roles.includes(role as never)) {
      return refuse(
        'role_not_permitted',
        `peran ${roleLabel(role).id} tidak boleh mengirim ${eventLabel(event.type).id}; yang boleh: ${permission.roles.map((r) => roleLabel(r).id).join(', ')}`,
        `role ${role} may not send ${event.type}; allowed: ${permission.roles.join(', ')}`,
        { permittedRoles: permission.roles },
      );
    }
    const last = lastEventAt(context.history);
    if (compareInstants(event.at, last) < 0) {
      return refuse(
        'out_of_order',
        `waktu peristiwa ${event.at} lebih awal dari peristiwa terakhir (${last}); riwayat hanya bertambah ke depan`,
        `the event's instant ${event.at} is before the last event (${last}); the history only grows forward`,
        { at: event.at, lastEventAt: last },
      );
    }
    return null;
  },

  unitIsNew(context, event) {
    if (event.type !== 'complaint.dispositioned') return null;
    if (!isActiveUnit(context.history, event.data.unitId)) return null;
    return refuse(
      'unit_already_active',
      `unit ${event.data.unitId} sudah memegang disposisi ini`,
      `unit ${event.data.unitId} already holds this disposition`,
      { unitId: event.data.unitId },
    );
  },

  unitHeldByActor(context, event) {
    if (event.type !== 'disposition.rejected' && event.type !== 'followup.posted') return null;
    const { unitId } = event.data;
    if (event.actor.unitId !== undefined && event.actor.unitId !== unitId) {
      return refuse(
        'unit_mismatch',
        `aktor bertindak untuk unit ${event.actor.unitId}, bukan ${unitId}`,
        `the actor acts for unit ${event.actor.unitId}, not ${unitId}`,
        { unitId, actorUnitId: event.actor.unitId },
      );
    }
    if (!isActiveUnit(context.history, unitId)) {
      const active = activeUnits(context.history).map((u) => u.unitId);
      return refuse(
        'unit_not_active',
        `unit ${unitId} tidak memegang disposisi; unit aktif: ${active.join(', ') || '-'}`,
        `unit ${unitId} holds no disposition; active units: ${active.join(', ') || '-'}`,
        { unitId, activeUnits: active },
      );
    }
    return null;
  },

  withdrawalByComplainant(_context, event) {
    if (event.type !== 'complaint.withdrawn') return null;
    if (event.data.reason !== 'by_complainant') {
      return refuse(
        'reason_not_allowed',
        'anggapan dicabut hanya berlaku saat menunggu kelengkapan berkas (UU 25/2009 Pasal 44 ayat (5))',
        'reason deemed_lapsed only applies while waiting for the file to be completed (UU 25/2009 Pasal 44(5))',
        { reasonGiven: event.data.reason },
      );
    }
    const roles = REASON_PERMISSIONS['complaint.withdrawn'].by_complainant;
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        `pencabutan oleh pengadu dicatat oleh: ${roles.map((r) => roleLabel(r).id).join(', ')}`,
        `a withdrawal by the complainant is recorded by: ${roles.join(', ')}`,
        { permittedRoles: roles },
      );
    }
    return null;
  },

  /** While waiting for completion: by the complainant, or deemed withdrawn once the limit ran out. */
  withdrawalWhileWaiting(context, event, engine) {
    if (event.type !== 'complaint.withdrawn') return null;
    if (event.data.reason === 'by_complainant') return CHECKS.withdrawalByComplainant(context, event, engine);
    const roles = REASON_PERMISSIONS['complaint.withdrawn'].deemed_lapsed;
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        `anggapan dicabut hanya dicatat oleh: ${roles.map((r) => roleLabel(r).id).join(', ')}`,
        `a deemed withdrawal is only recorded by: ${roles.join(', ')}`,
        { permittedRoles: roles },
      );
    }
    if (dueAsOf(engine, context, event.at).lapse === undefined) {
      return refuse(
        'not_due',
        `batas waktu melengkapi berkas (Pasal 44 ayat (4)) belum lewat pada ${event.at}`,
        `the limit to complete the file (Pasal 44(4)) has not run out at ${event.at}`,
        { at: event.at },
      );
    }
    return null;
  },

  closeAsAnswered(context, event, engine) {
    if (event.type !== 'complaint.closed') return null;
    const reason: CloseReason = event.data.reason;
    const roles = REASON_PERMISSIONS['complaint.closed'][reason];
    if (reason === 'settled') {
      return refuse(
        'reason_not_allowed',
        'aduan dengan ganti rugi selesai melalui pembayaran ganti rugi, bukan penutupan',
        'a complaint with compensation is settled by compensation.paid, not complaint.closed',
        { reasonGiven: reason },
      );
    }
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        `penutupan dengan alasan "${valueLabel(reason)}" hanya oleh: ${roles.map((r) => roleLabel(r).id).join(', ')}`,
        `closing with reason ${reason} is only for: ${roles.join(', ')}`,
        { permittedRoles: roles, reasonGiven: reason },
      );
    }
    if (reason === 'no_reply' && dueAsOf(engine, context, event.at).autoClose === undefined) {
      return refuse(
        'not_due',
        `batas waktu tanpa balasan belum lewat pada ${event.at}`,
        `the no-reply limit has not run out at ${event.at}`,
        { at: event.at },
      );
    }
    return null;
  },

  closeAdministrative(_context, event) {
    if (event.type !== 'complaint.closed') return null;
    if (event.data.reason !== 'administrative') {
      return refuse(
        'reason_not_allowed',
        'aduan yang dibantah hanya dapat ditutup secara administratif oleh atasan',
        'a disputed complaint can only be closed administratively by a supervisor (reason administrative)',
        { reasonGiven: event.data.reason },
      );
    }
    const roles = REASON_PERMISSIONS['complaint.closed'].administrative;
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        `penutupan administratif hanya oleh: ${roles.map((r) => roleLabel(r).id).join(', ')}`,
        `administrative closure is only for: ${roles.join(', ')}`,
        { permittedRoles: roles },
      );
    }
    return null;
  },

  breachRecordable(context, event, engine) {
    if (event.type !== 'sla.breach_recorded') return null;
    const { clockKey } = event.data;
    if (context.history.some((e) => e.type === 'sla.breach_recorded' && e.data.clockKey === clockKey)) {
      return refuse(
        'already_recorded',
        `pelanggaran ${clockKey} sudah tercatat`,
        `the breach of ${clockKey} is already recorded`,
        { clockKey },
      );
    }
    if (!dueAsOf(engine, context, event.at).breaches.some((c) => c.key === clockKey)) {
      return refuse(
        'not_due',
        `jam ${clockKey} tidak terlanggar pada ${event.at} menurut kebijakan yang dipakai`,
        `clock ${clockKey} is not breached at ${event.at} under policy ${context.policyId}`,
        { clockKey, at: event.at },
      );
    }
    return null;
  },

  ombudsmanEscalated(context) {
    if (escalationTargets(context.history).includes('ombudsman')) return null;
    return refuse(
      'no_ombudsman_escalation',
      'catat dulu eskalasi ke Ombudsman',
      'record the escalation to the Ombudsman first (complaint.escalated with to: ombudsman)',
    );
  },

  replyIsComment(_context, event) {
    if (event.type !== 'complainant.replied' || event.data.kind === 'comment') return null;
    return refuse(
      'reason_not_allowed',
      `balasan yang menerima atau membantah hanya berlaku setelah tindak lanjut atau keputusan disampaikan; di sini hanya komentar`,
      `a reply of kind ${event.data.kind} only applies once a follow-up or decision was delivered; here only comment`,
      { kindGiven: event.data.kind },
    );
  },
};

export type ValidationGuard = CheckName;

/** Routing guards choose between targets; their failure is never a refusal. */
export const ROUTES = {
  /** After this follow-up, every unit holding a disposition has posted one in this cycle. */
  allUnitsAnswered(context, event) {
    if (event.type !== 'followup.posted') return false;
    const done = new Set(unitsFollowedUp(context.history));
    done.add(event.data.unitId);
    return activeUnits(context.history).every((unit) => done.has(unit.unitId));
  },
  /** After this rejection, other units still hold the disposition. */
  otherUnitsRemain(context, event) {
    if (event.type !== 'disposition.rejected') return false;
    return activeUnits(context.history).some((unit) => unit.unitId !== event.data.unitId);
  },
  /** The last decision grants compensation (Pasal 50(3)). */
  compensationGranted(context) {
    return lastDecision(context.history)?.data.compensation !== undefined;
  },
  /** With this payment, the compensation granted is paid in full. */
  paidInFull(context, event) {
    if (event.type !== 'compensation.paid') return false;
    const granted = lastDecision(context.history)?.data.compensation?.amount ?? 0;
    return compensationPaidSinceDecision(context.history) + event.data.amount >= granted;
  },
  /** Some unit holds a disposition (a reopened complaint goes back to it). */
  hasActiveUnits(context) {
    return activeUnits(context.history).length > 0;
  },
  replyIsAccept(_context, event) {
    return event.type === 'complainant.replied' && event.data.kind === 'accept';
  },
  replyIsDispute(_context, event) {
    return event.type === 'complainant.replied' && event.data.kind === 'dispute';
  },
  /** Tick: the Pasal 44(4) limit ran out. */
  completionLapsedAtTick(context, event, engine) {
    return event.type === 'sla.tick' && dueAsOf(engine, context, event.at).lapse !== undefined;
  },
  /** Tick: the no-reply limit ran out. */
  silenceElapsedAtTick(context, event, engine) {
    return event.type === 'sla.tick' && dueAsOf(engine, context, event.at).autoClose !== undefined;
  },
} satisfies Record<string, Route>;

/** Tick: a breach to record, or a reminder the state watches for. */
export function somethingDueAtTick(
  context: ComplaintContext,
  event: ComplaintEvent,
  engine: DeadlineEngine,
  watch: Watch,
): boolean {
  if (event.type !== 'sla.tick') return false;
  const due = dueAsOf(engine, context, event.at);
  return due.breaches.length > 0 || remindersFor(due, watch).length > 0;
}

export type RoutingGuard = keyof typeof ROUTES | 'somethingDueAtTick';
export type GuardName = ValidationGuard | RoutingGuard;

/** Whether a guard name is a validation guard (its failure refuses the event). */
export function isValidationGuard(name: string): name is ValidationGuard {
  return Object.hasOwn(CHECKS, name);
}
