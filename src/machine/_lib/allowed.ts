import type { ActorRole } from '../../history/types.js';
import { HISTORY_EVENT_TYPES } from '../../history/types.js';
import { mayRoleSend, REASON_PERMISSIONS } from '../permissions.js';
import type { ComplaintEventType, ComplaintSnapshot, ComplaintState } from '../types.js';
import { activeUnits, escalationTargets } from './facts.js';
import { transitionShapes } from './structure.js';

const ORDER: readonly ComplaintEventType[] = [...HISTORY_EVENT_TYPES, 'sla.tick'];

// The close reasons each state takes (see the machine's closeAsAnswered / closeAdministrative guards).
const CLOSE_REASONS_IN: Partial<
  Record<ComplaintState, readonly ('accepted' | 'no_reply' | 'administrative')[]>
> = {
  awaitingFeedback: ['accepted', 'no_reply', 'administrative'],
  disputed: ['administrative'],
};

function some(roles: readonly ActorRole[], role: ActorRole | undefined): boolean {
  return role === undefined ? roles.length > 0 : roles.includes(role);
}

/**
 * The event types the snapshot's state takes from a role (from any role when none is given), after
 * the checks that depend on the complaint but not on the event's content: the role table, the reason
 * table, a disposition to act on, an escalation to the Ombudsman. An event of an allowed type can
 * still be refused for its content or timing (another unit, a limit not yet run out), with the reason.
 */
export function allowedEventTypes(
  snapshot: ComplaintSnapshot,
  role?: ActorRole,
): readonly ComplaintEventType[] {
  if (snapshot.status === 'done') return Object.freeze([]);
  const byEvent = transitionShapes().get(snapshot.value);
  if (byEvent === undefined) return Object.freeze([]);
  const { history } = snapshot.context;
  const allowed = ORDER.filter((type) => {
    if (!byEvent.has(type)) return false;
    if (role !== undefined && !mayRoleSend(type, role)) return false;
    switch (type) {
      case 'ombudsman.lhp_received':
      case 'ombudsman.lhp_acted':
      case 'ombudsman.recommendation_received':
      case 'ombudsman.recommendation_reported':
        return escalationTargets(history).includes('ombudsman');
      case 'disposition.rejected':
      case 'followup.posted':
        return activeUnits(history).length > 0;
      case 'complaint.closed':
        return (CLOSE_REASONS_IN[snapshot.value] ?? []).some((reason) =>
          some(REASON_PERMISSIONS['complaint.closed'][reason], role),
        );
      case 'complaint.withdrawn':
        return (
          some(REASON_PERMISSIONS['complaint.withdrawn'].by_complainant, role) ||
          (snapshot.value === 'awaitingCompletion' &&
            some(REASON_PERMISSIONS['complaint.withdrawn'].deemed_lapsed, role))
        );
      default:
        return true;
    }
  });
  return Object.freeze(allowed);
}
