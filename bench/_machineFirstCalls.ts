/**
 * Run in a fresh process by `machine.bench.ts`: the first calls of one function, before the JIT has
 * settled, then the same call settled. Usage: `_machineFirstCalls.ts <who> <what>` with
 * - `xstate start`: `initialTransition` on a machine created beforehand, as an XState user creates
 *   it when the program starts (with a deadline engine written by hand, so nothing of pengaduan's
 *   pure functions has run);
 * - `pengaduan start`: `startComplaint`, the first call of the process (it builds the runtime of the
 *   policy: the policy check, the machine and its scope);
 * - `pengaduan start-built`: `startComplaint` after `createDeadlineEngine(policy)` built that runtime,
 *   the like of XState's machine created beforehand;
 * - `xstate apply` / `pengaduan apply`: `transition` / `applyEvent` declaring the file complete, in a
 *   process that has started one complaint and received it with the same library (`initialTransition`
 *   and one `transition`, or `startComplaint` and one `applyEvent`): the first time this event is
 *   applied, on the same footing for both.
 * Only the measured library's functions run before the first measured call; every input is built
 * by hand. Prints JSON: the wall and CPU time of call 1, the mean wall and CPU time per call of
 * calls 2-10 and 1-1000, the mean wall time of calls 901-1000 and of calls 9 001-10 000 (settled),
 * all in nanoseconds, and the state reached (checked against the other library). CPU time is the
 * process's (`process.cpuUsage()`), so it includes the JIT's compiler threads and the collector.
 */
import { initialTransition, transition } from 'xstate';
import {
  combinePolicies,
  evaluateSla,
  nationalCalendar,
  nextWakeUp,
  sp4nLaporPolicy,
  uu25Policy,
} from '../src/index.js';
import { createComplaintMachine } from '../src/machine/createComplaintMachine.js';
import {
  applyEvent,
  type ComplaintEvent,
  createDeadlineEngine,
  type DeadlineEngine,
  startComplaint,
} from '../src/machine/index.js';
import { consume } from './_measure.js';

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const options = { policy } as const;
const zone = 'Asia/Jakarta';
const admin = { role: 'admin_instansi', id: 'diskominfo-1' } as const;
const submitted = {
  type: 'complaint.submitted',
  at: '2025-03-27T09:00:00+07:00',
  actor: { role: 'complainant', id: 'warga-1' },
  data: {},
} as const;
const received: ComplaintEvent = {
  type: 'complaint.received',
  at: '2025-03-27T10:00:00+07:00',
  actor: admin,
  data: { receiptNumber: 'TT-001' },
};
const complete: ComplaintEvent = {
  type: 'file.declared_complete',
  at: '2025-03-28T09:00:00+07:00',
  actor: admin,
  data: {},
};

/** The machine XState's functions run: the same machine, on an engine bound by hand. */
function xstateMachine() {
  const engine: DeadlineEngine = {
    policyId: policy.id,
    calendar: nationalCalendar,
    evaluate: (history, asOf, at) =>
      evaluateSla(history, policy, { calendar: nationalCalendar, asOf, zone: at }),
    nextWakeUp: (history, asOf, at) =>
      nextWakeUp(history, policy, { calendar: nationalCalendar, asOf, zone: at }),
  };
  return createComplaintMachine(engine);
}

/** The call to time, after its setup (which is not timed). */
function prepare(who: string, what: string): () => string {
  if (who === 'xstate' && what === 'start') {
    const machine = xstateMachine();
    return () => String(initialTransition(machine, { submission: submitted, zone })[0].value);
  }
  if (who === 'pengaduan' && (what === 'start' || what === 'start-built')) {
    if (what === 'start-built') createDeadlineEngine(policy);
    return () => startComplaint(submitted, options).snapshot.value;
  }
  if (who === 'xstate' && what === 'apply') {
    const machine = xstateMachine();
    const [started] = initialTransition(machine, { submission: submitted, zone });
    const [screening] = transition(machine, started, received);
    return () => String(transition(machine, screening, complete)[0].value);
  }
  if (who === 'pengaduan' && what === 'apply') {
    const started = startComplaint(submitted, options).snapshot;
    const screening = applyEvent(started, received, options).snapshot;
    return () => applyEvent(screening, complete, options).snapshot.value;
  }
  throw new Error('usage: _machineFirstCalls.ts xstate|pengaduan start|start-built|apply');
}

const [who = '', what = ''] = process.argv.slice(2);
const call = prepare(who, what);
const N = 10_000;
const times = new Float64Array(N);
let state = '';
const cpuAtStart = process.cpuUsage();
let firstCpu = 0;
let cpu2to10 = 0;
let cpu1000 = 0;
for (let i = 0; i < N; i++) {
  const start = performance.now();
  state = call();
  times[i] = (performance.now() - start) * 1e6;
  consume(state);
  if (i === 0 || i === 9 || i === 999) {
    const used = process.cpuUsage(cpuAtStart);
    const ns = (used.user + used.system) * 1e3;
    if (i === 0) firstCpu = ns;
    else if (i === 9) cpu2to10 = (ns - firstCpu) / 9;
    else cpu1000 = ns / 1000;
  }
}
const mean = (from: number, to: number) => times.subarray(from, to).reduce((a, b) => a + b, 0) / (to - from);
console.log(
  JSON.stringify({
    first: times[0],
    firstCpu,
    calls2to10: mean(1, 10),
    cpu2to10,
    first1000: mean(0, 1000),
    cpu1000,
    last100: mean(900, 1000),
    settled: mean(N - 1000, N),
    state,
  }),
);
