import type { Complaint } from '../schema/ComplaintSchema.js';
import { projectComplaint } from '../views/projectComplaint.js';
import type { Audience, ComplaintView, ProjectionOptions } from '../views/types.js';
import { describeState } from './describeState.js';
import type { ComplaintSnapshot } from './types.js';

/**
 * A complaint as one audience may see it, from its record and its snapshot: `projectComplaint` with
 * the snapshot's history, state (label and category) and deadlines filled in.
 *
 * @param snapshot - the complaint's snapshot
 * @param complaint - the complaint record (`ComplaintSchema` output) the host stores beside it
 * @param audience - who looks: `'public'`, `'complainant'`, `'terlapor'`, `'handler'`, `'supervisor'`
 * @param options - as for `projectComplaint`
 * @returns the frozen view
 * @example
 * ```ts
 * viewComplaint(snapshot, complaint, 'public').status?.label;
 * //=> { id: 'Penelaahan', en: 'Screening' }
 * ```
 * @see UU 25/2009 Pasal 42 ayat (5), Pasal 49 ayat (1)
 */
export function viewComplaint(
  snapshot: ComplaintSnapshot,
  complaint: Complaint,
  audience: Audience,
  options: ProjectionOptions = {},
): ComplaintView {
  const info = describeState(snapshot);
  return projectComplaint(
    {
      complaint,
      history: snapshot.context.history,
      status: { state: info.id, label: info.label, category: info.category },
      deadlines: snapshot.context.deadlines,
    },
    audience,
    options,
  );
}
