import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { ActorRole } from '../history/types.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import { ActorRoleSchema } from '../schema/index.js';
import { allowedEventTypes } from './_lib/allowed.js';
import { usableSnapshot } from './_lib/snapshotShape.js';
import type { ComplaintEventType, ComplaintSnapshot } from './types.js';

/**
 * The event types a complaint accepts now from a role: what to show as buttons. Checks the state,
 * the permission table (`EVENT_PERMISSIONS`, `REASON_PERMISSIONS`) and what the complaint's history
 * makes possible (a unit holding a disposition, an escalation to the Ombudsman). An event of an
 * allowed type can still be refused for its content or timing, with the reason.
 *
 * @param snapshot - the complaint's snapshot
 * @param role - the actor's role; every role's events when omitted
 * @returns the event types in lifecycle order (`sla.tick` last, for `system`); empty once the complaint ended
 * @throws SnapshotError for a value that is not a usable snapshot; InvalidArgumentError for an unknown role
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { allowedEvents, applyEvent, startComplaint } from 'pengaduan/machine';
 *
 * const options = { policy: uu25Policy };
 * const submitted = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   options,
 * );
 * // a complaint in 'screening'
 * const { snapshot } = applyEvent(
 *   submitted.snapshot,
 *   { type: 'complaint.received', at: '2025-03-27T10:00:00+07:00', actor: { role: 'system' }, data: {} },
 *   options,
 * );
 * allowedEvents(snapshot, 'admin_instansi');
 * //=> ['file.declared_complete', 'file.declared_incomplete', 'complaint.held', 'complaint.referred',
 * //    'complaint.archived', 'admin.replied', 'complaint.withdrawn', 'complaint.escalated']
 * allowedEvents(snapshot, 'complainant');
 * //=> ['complainant.replied', 'complaint.withdrawn', 'complaint.escalated']
 * ```
 */
export function allowedEvents(snapshot: ComplaintSnapshot, role?: ActorRole): readonly ComplaintEventType[] {
  const usable = usableSnapshot(snapshot, undefined);
  if (role !== undefined && !(ActorRoleSchema.options as readonly unknown[]).includes(role)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'role',
      value: role,
      expected: machineText('role_expected', { roleList: ActorRoleSchema.options.join(', ') }),
    });
  }
  return allowedEventTypes(usable, role);
}
