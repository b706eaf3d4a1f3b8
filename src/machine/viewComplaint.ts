import type { Complaint } from '../schema/ComplaintSchema.js';
import { projectComplaint } from '../views/projectComplaint.js';
import type { Audience, ComplaintView, ProjectionOptions } from '../views/types.js';
import { usableSnapshot } from './_lib/snapshotShape.js';
import { describeState } from './describeState.js';
import type { ComplaintSnapshot } from './types.js';

/**
 * A complaint as one audience may see it, from its record and its snapshot: `projectComplaint` with
 * the snapshot's history, state (label and category) and deadlines filled in.
 *
 * @param snapshot - the complaint's snapshot
 * @param complaint - the complaint record (`ComplaintSchema` output) the host stores beside it
 * @param audience - who looks: `'public'`, `'complainant'`, `'terlapor'`, `'opd_staff'`, `'handler'`, `'supervisor'` (docs/views.md)
 * @param options - as for `projectComplaint`
 * @returns the frozen view
 * @throws SnapshotError for a value that is not a usable snapshot; otherwise as `projectComplaint`
 *   (`SchemaValidationError` for a complaint record the schema refuses, `InvalidArgumentError` for
 *   an unknown audience or bad options)
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { applyEvent, startComplaint, viewComplaint } from 'pengaduan/machine';
 * import { ComplaintSchema } from 'pengaduan/schema';
 *
 * const complaint = ComplaintSchema.parse({
 *   filing: 'no_identity', type: 'pengaduan', channel: 'sms_1708',
 *   service: { name: 'Penerangan jalan', description: 'Lampu jalan di Jl. Merdeka mati sejak 2 minggu.' },
 *   submission: { at: '2025-04-10T21:14:00+07:00' },
 * });
 * const options = { policy: uu25Policy };
 * const started = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-04-10T21:14:00+07:00', actor: { role: 'system' }, data: {} },
 *   options,
 * );
 * const { snapshot } = applyEvent(
 *   started.snapshot,
 *   { type: 'complaint.received', at: '2025-04-11T08:00:00+07:00', actor: { role: 'admin_instansi' }, data: {} },
 *   options,
 * );
 * viewComplaint(snapshot, complaint, 'public').status?.label;
 * //=> { id: 'Penelaahan', en: 'Screening' }
 * viewComplaint(snapshot, complaint, 'public').timeline.map((entry) => entry.type);
 * //=> ['complaint.submitted', 'complaint.received']
 * ```
 * @see UU 25/2009 Pasal 42 ayat (5), Pasal 49 ayat (1)
 */
export function viewComplaint(
  snapshot: ComplaintSnapshot,
  complaint: Complaint,
  audience: Audience,
  options: ProjectionOptions = {},
): ComplaintView {
  // projectComplaint checks the complaint, the audience and the options; the snapshot is checked here.
  const usable = usableSnapshot(snapshot, undefined);
  const info = describeState(usable.value);
  return projectComplaint(
    {
      complaint,
      history: usable.context.history,
      status: { state: info.id, label: info.label, category: info.category },
      deadlines: usable.context.deadlines,
    },
    audience,
    options,
  );
}
