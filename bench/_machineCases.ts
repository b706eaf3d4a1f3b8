/**
 * The cases of the machine benchmark, shared by `machine.bench.ts` and `_machineFirstCalls.ts`: one
 * policy, the complaint in `screening` and the next event, and the stored snapshot after four events.
 */
import { combinePolicies, nationalCalendar, sp4nLaporPolicy, uu25Policy } from '../src/index.js';
import { createComplaintMachine } from '../src/machine/createComplaintMachine.js';
import { createDeadlineEngine } from '../src/machine/createDeadlineEngine.js';
import { applyEvent, type ComplaintEvent, startComplaint } from '../src/machine/index.js';

export const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
export const options = { policy } as const;
export const machine = createComplaintMachine(createDeadlineEngine(policy, { calendar: nationalCalendar }));

const admin = { role: 'admin_instansi', id: 'diskominfo-1' } as const;
export const submitted = {
  type: 'complaint.submitted',
  at: '2025-03-27T09:00:00+07:00',
  actor: { role: 'complainant', id: 'warga-1' },
  data: {},
} as const;
const received = {
  type: 'complaint.received',
  at: '2025-03-27T10:00:00+07:00',
  actor: admin,
  data: { receiptNumber: 'TT-001' },
} as const;
/** The event applied in the benchmark: declaring the file complete, in `screening`. */
export const complete: ComplaintEvent = {
  type: 'file.declared_complete',
  at: '2025-03-28T09:00:00+07:00',
  actor: admin,
  data: {},
};
const disposition: ComplaintEvent = {
  type: 'complaint.dispositioned',
  at: '2025-03-28T10:00:00+07:00',
  actor: admin,
  data: { unitId: 'dinas-pupr', unitKind: 'opd' },
};

export const started = startComplaint(submitted, options).snapshot;
/** The snapshot in `screening`. */
export const screening = applyEvent(started, received, options).snapshot;
export const fileComplete = applyEvent(screening, complete, options).snapshot;
/** The snapshot after four events, as a host reads it back from storage. */
export const stored: unknown = JSON.parse(
  JSON.stringify(applyEvent(fileComplete, disposition, options).snapshot),
);
/** `screening` as XState's own snapshot of the same machine. */
export const xstateScreening = machine.resolveState({ value: screening.value, context: screening.context });
