/**
 * The machine's pure functions against XState's own pure functions on the same machine and the same
 * states: `startComplaint` against `initialTransition`, `applyEvent` against `transition`,
 * `restoreSnapshot` against `machine.resolveState`. What the wrapper adds (validation, permissions,
 * deadlines, effects, freezing, the JSON envelope) is the difference. Each pair is checked to reach the
 * same state before it is timed.
 */
import { initialTransition, transition } from 'xstate';
import { combinePolicies, nationalCalendar, sp4nLaporPolicy, uu25Policy } from '../src/index.js';
import { createComplaintMachine } from '../src/machine/createComplaintMachine.js';
import { createDeadlineEngine } from '../src/machine/createDeadlineEngine.js';
import {
  applyEvent,
  type ComplaintEvent,
  type ComplaintSnapshot,
  restoreSnapshot,
  startComplaint,
} from '../src/machine/index.js';
import { type BenchResult, compare } from './_measure.js';

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const options = { policy } as const;
const engine = createDeadlineEngine(policy, { calendar: nationalCalendar });
const machine = createComplaintMachine(engine);

const admin = { role: 'admin_instansi', id: 'diskominfo-1' } as const;
const submitted = {
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
const complete = { type: 'file.declared_complete', at: '2025-03-28T09:00:00+07:00', actor: admin, data: {} };
const disposition = {
  type: 'complaint.dispositioned',
  at: '2025-03-28T10:00:00+07:00',
  actor: admin,
  data: { unitId: 'dinas-pupr', unitKind: 'opd' },
};

/** The snapshot in `screening` and the next event (declaring the file complete). */
const started = startComplaint(submitted, options).snapshot;
const screening = applyEvent(started, received, options).snapshot;
const fileComplete = applyEvent(screening, complete as ComplaintEvent, options).snapshot;
const stored = JSON.parse(
  JSON.stringify(applyEvent(fileComplete, disposition as ComplaintEvent, options).snapshot),
);

const xstateScreening = machine.resolveState({ value: screening.value, context: screening.context });

function verify(): void {
  const [xstarted] = initialTransition(machine, { submission: submitted, zone: 'Asia/Jakarta' });
  if (xstarted.value !== started.value) throw new Error('start: xstate and the wrapper disagree');
  const [xnext] = transition(machine, xstateScreening, complete as ComplaintEvent);
  if (xnext.value !== fileComplete.value) throw new Error('apply: xstate and the wrapper disagree');
  const restored: ComplaintSnapshot = restoreSnapshot(stored, options);
  if (restored.value !== stored.value) throw new Error('restore: wrong state');
}

const XSTATE = 'xstate (pure function)';
const OURS = 'pengaduan';

function rows(task: string, times: Record<string, number>): BenchResult[] {
  return [
    { suite: 'machine', task, implementation: XSTATE, nsPerOp: times[XSTATE]! },
    { suite: 'machine', task, implementation: OURS, nsPerOp: times[OURS]!, relativeTo: XSTATE },
  ];
}

export function run(): BenchResult[] {
  verify();
  const results: BenchResult[] = [];
  results.push(
    ...rows(
      'start a complaint',
      compare({
        [XSTATE]: () => initialTransition(machine, { submission: submitted, zone: 'Asia/Jakarta' })[0].value,
        [OURS]: () => startComplaint(submitted, options).snapshot.value,
      }),
    ),
  );
  results.push(
    ...rows(
      'apply one event (file declared complete)',
      compare({
        [XSTATE]: () => transition(machine, xstateScreening, complete as ComplaintEvent)[0].value,
        [OURS]: () => applyEvent(screening, complete as ComplaintEvent, options).snapshot.value,
      }),
    ),
  );
  results.push(
    ...rows(
      'restore a stored snapshot',
      compare({
        [XSTATE]: () => machine.resolveState({ value: stored.value, context: stored.context }).value,
        [OURS]: () => restoreSnapshot(stored, options).value,
      }),
    ),
  );
  const size = JSON.stringify(stored).length;
  console.log(`machine: a stored snapshot after 4 events is ${size} bytes of JSON`);
  return results;
}
