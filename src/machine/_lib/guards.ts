import type { RefusalReason } from '../../errors/TransitionRefusedError.js';
import type { CloseReason } from '../../history/types.js';
import { machineText } from '../../i18n/errorMessages/machine.js';
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
import { eventLabel, roleLabel, rolesNames, valueNames } from './labels.js';

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

function refuse(reason: RefusalReason, text: LocalizedText, details?: Record<string, unknown>): Refusal {
  return details === undefined ? { reason, text } : { reason, text, details };
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
        machineText('role_may_not_send_permitted', {
          role: roleLabel(role),
          event: eventLabel(event.type),
          permitted: rolesNames(permission.roles),
        }),
        { permittedRoles: permission.roles },
      );
    }
    const last = lastEventAt(context.history);
    if (compareInstants(event.at, last) < 0) {
      return refuse('out_of_order', machineText('out_of_order', { at: event.at, lastAt: last }), {
        at: event.at,
        lastEventAt: last,
      });
    }
    return null;
  },

  unitIsNew(context, event) {
    if (event.type !== 'complaint.dispositioned') return null;
    if (!isActiveUnit(context.history, event.data.unitId)) return null;
    return refuse('unit_already_active', machineText('unit_already_active', { unitId: event.data.unitId }), {
      unitId: event.data.unitId,
    });
  },

  unitHeldByActor(context, event) {
    if (event.type !== 'disposition.rejected' && event.type !== 'followup.posted') return null;
    const { unitId } = event.data;
    if (event.actor.unitId !== undefined && event.actor.unitId !== unitId) {
      return refuse(
        'unit_mismatch',
        machineText('unit_mismatch', { unitId, actorUnitId: event.actor.unitId }),
        { unitId, actorUnitId: event.actor.unitId },
      );
    }
    if (!isActiveUnit(context.history, unitId)) {
      const active = activeUnits(context.history).map((u) => u.unitId);
      return refuse(
        'unit_not_active',
        machineText('unit_not_active', { unitId, active: active.join(', ') }),
        { unitId, activeUnits: active },
      );
    }
    return null;
  },

  withdrawalByComplainant(_context, event) {
    if (event.type !== 'complaint.withdrawn') return null;
    if (event.data.reason !== 'by_complainant') {
      return refuse('reason_not_allowed', machineText('deemed_lapsed_only_while_waiting'), {
        reasonGiven: event.data.reason,
      });
    }
    const roles = REASON_PERMISSIONS['complaint.withdrawn'].by_complainant;
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        machineText('withdrawal_recorded_by', { permitted: rolesNames(roles) }),
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
        machineText('deemed_withdrawal_recorded_by', { permitted: rolesNames(roles) }),
        { permittedRoles: roles },
      );
    }
    if (dueAsOf(engine, context, event.at).lapse === undefined) {
      return refuse('not_due', machineText('completion_limit_not_due', { at: event.at }), { at: event.at });
    }
    return null;
  },

  closeAsAnswered(context, event, engine) {
    if (event.type !== 'complaint.closed') return null;
    const reason: CloseReason = event.data.reason;
    const roles = REASON_PERMISSIONS['complaint.closed'][reason];
    if (reason === 'settled') {
      return refuse('reason_not_allowed', machineText('settled_by_compensation'), { reasonGiven: reason });
    }
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        machineText('close_reason_roles', { reason: valueNames(reason), permitted: rolesNames(roles) }),
        { permittedRoles: roles, reasonGiven: reason },
      );
    }
    if (reason === 'no_reply' && dueAsOf(engine, context, event.at).autoClose === undefined) {
      return refuse('not_due', machineText('no_reply_limit_not_due', { at: event.at }), { at: event.at });
    }
    return null;
  },

  closeAdministrative(_context, event) {
    if (event.type !== 'complaint.closed') return null;
    if (event.data.reason !== 'administrative') {
      return refuse('reason_not_allowed', machineText('disputed_close_administrative'), {
        reasonGiven: event.data.reason,
      });
    }
    const roles = REASON_PERMISSIONS['complaint.closed'].administrative;
    if (!roles.includes(event.actor.role)) {
      return refuse(
        'role_not_permitted',
        machineText('administrative_closure_roles', { permitted: rolesNames(roles) }),
        { permittedRoles: roles },
      );
    }
    return null;
  },

  breachRecordable(context, event, engine) {
    if (event.type !== 'sla.breach_recorded') return null;
    const { clockKey } = event.data;
    if (context.history.some((e) => e.type === 'sla.breach_recorded' && e.data.clockKey === clockKey)) {
      return refuse('already_recorded', machineText('breach_already_recorded', { clockKey }), { clockKey });
    }
    if (!dueAsOf(engine, context, event.at).breaches.some((c) => c.key === clockKey)) {
      return refuse(
        'not_due',
        machineText('clock_not_breached', { clockKey, at: event.at, policyId: context.policyId }),
        { clockKey, at: event.at },
      );
    }
    return null;
  },

  ombudsmanEscalated(context) {
    if (escalationTargets(context.history).includes('ombudsman')) return null;
    return refuse('no_ombudsman_escalation', machineText('ombudsman_escalation_first'));
  },

  replyIsComment(_context, event) {
    if (event.type !== 'complainant.replied' || event.data.kind === 'comment') return null;
    return refuse('reason_not_allowed', machineText('reply_comment_only', { replyKind: event.data.kind }), {
      kindGiven: event.data.kind,
    });
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
