/**
 * The machine's pure functions against XState's own pure functions on the same machine and the same
 * states: `startComplaint` against `initialTransition`, `applyEvent` against `transition`,
 * `restoreSnapshot` against `machine.resolveState`. What the wrapper adds (validation, permissions,
 * deadlines, effects, freezing, the JSON envelope) is the difference. Each pair is checked to reach the
 * same state before it is timed. Also printed: the first calls of `startComplaint` and `applyEvent`
 * against XState's, each in a fresh process (call 1, calls 2-10, 1-1000, and settled), and the size of
 * stored snapshots (JSON) for the usual histories.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { initialTransition, transition } from 'xstate';
import {
  applyEvent,
  type ComplaintSnapshot,
  replayHistory,
  restoreSnapshot,
  startComplaint,
} from '../src/machine/index.js';
import { realisticComplaints } from './_complaints.js';
import {
  complete,
  fileComplete,
  machine,
  options,
  screening,
  started,
  stored,
  submitted,
  xstateScreening,
} from './_machineCases.js';
import { type BenchResult, compareWithCpu as measured, median, type Timing } from './_measure.js';

/** Short batches, many rounds: the ratio of two neighbouring batches is what a busy machine spoils least. */
function compareWithCpu(fns: Readonly<Record<string, (i: number) => unknown>>): Record<string, Timing> {
  return measured(fns, 20, 25);
}

/** The median over the rounds of pengaduan's time divided by xstate's in the same round. */
function ratio(ours: readonly number[], theirs: readonly number[]): string {
  return median(ours.map((t, r) => t / theirs[r]!)).toFixed(2);
}

/** The usual complaints of bench/_complaints.ts, replayed and stored as JSON (as a host reads them back). */
const usualStored: readonly unknown[] = [...realisticComplaints(40, 7)].flatMap((complaint) => {
  try {
    return [JSON.parse(JSON.stringify(replayHistory(complaint.history, options)))];
  } catch {
    return []; // the 1 in 50 with a fault the audit must find
  }
});

function verify(): void {
  const [xstarted] = initialTransition(machine, { submission: submitted, zone: 'Asia/Jakarta' });
  if (xstarted.value !== started.value) throw new Error('start: xstate and the wrapper disagree');
  const [xnext] = transition(machine, xstateScreening, complete);
  if (xnext.value !== fileComplete.value) throw new Error('apply: xstate and the wrapper disagree');
  const restored: ComplaintSnapshot = restoreSnapshot(stored, options);
  const json = stored as { value: string; revision: number };
  if (restored.value !== json.value || restored.revision !== json.revision) {
    throw new Error('restore: wrong state');
  }
  for (const usual of usualStored) {
    const { value, revision } = usual as { value: string; revision: number };
    const again = restoreSnapshot(usual, options);
    if (again.value !== value || again.revision !== revision) throw new Error('restore: wrong state');
  }
}

const XSTATE = 'xstate (pure function)';
const OURS = 'pengaduan';

function rows(task: string, times: Record<string, Timing>): BenchResult[] {
  const x = times[XSTATE]!;
  const ours = times[OURS]!;
  console.log(
    `machine: ${task}: pengaduan costs ${ratio(ours.walls, x.walls)}x xstate (wall), ${ratio(ours.cpus, x.cpus)}x (CPU), median of the per-round ratios`,
  );
  return [
    { suite: 'machine', task, implementation: XSTATE, nsPerOp: x.wall, cpuNsPerOp: x.cpu },
    {
      suite: 'machine',
      task,
      implementation: OURS,
      nsPerOp: ours.wall,
      cpuNsPerOp: ours.cpu,
      relativeTo: XSTATE,
    },
  ];
}

/** What `_machineFirstCalls.ts` prints for one run (nanoseconds). */
interface FirstCalls {
  readonly first: number;
  readonly firstCpu: number;
  readonly calls2to10: number;
  readonly cpu2to10: number;
  readonly first1000: number;
  readonly cpu1000: number;
  readonly last100: number;
  readonly settled: number;
  readonly state: string;
}

/** The first calls of one function, in a fresh process (see `_machineFirstCalls.ts`). */
function firstCalls(who: string, what: string): FirstCalls {
  const script = fileURLToPath(new URL('./_machineFirstCalls.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, who, what], { encoding: 'utf8' });
  return JSON.parse(out) as FirstCalls;
}

const FIRST_CALL_RUNS = 7;
const FIRST_CALL_CASES = [
  ['start', 'xstate', 'start', '`initialTransition` (machine created beforehand)'],
  ['start', 'pengaduan', 'start', '`startComplaint`, first call of the process'],
  ['start', 'pengaduan', 'start-built', '`startComplaint` after `createDeadlineEngine(policy)`'],
  ['apply', 'xstate', 'apply', '`transition`'],
  ['apply', 'pengaduan', 'apply', '`applyEvent`'],
] as const;
const FIRST_CALL_COLUMNS = [
  ['first', 'call 1'],
  ['firstCpu', 'call 1 (CPU)'],
  ['calls2to10', 'calls 2-10'],
  ['cpu2to10', 'calls 2-10 (CPU)'],
  ['first1000', 'calls 1-1000'],
  ['cpu1000', 'calls 1-1000 (CPU)'],
  ['last100', 'calls 901-1000'],
  ['settled', 'settled (9 001-10 000)'],
] as const;

/**
 * Each case in a fresh process, {@link FIRST_CALL_RUNS} times, the cases taking turns (so that a
 * busy spell hits them alike); prints the median of each figure, and pengaduan's over XState's for
 * the same task as the median of the ratios of neighbouring runs.
 */
export function printFirstCalls(): void {
  const runs = FIRST_CALL_CASES.map((): FirstCalls[] => []);
  for (let r = 0; r < FIRST_CALL_RUNS; r++) {
    // Alternate the order, so that neither library always runs first in a round.
    const order = FIRST_CALL_CASES.map((_, k) => k);
    if (r % 2 === 1) order.reverse();
    for (const k of order) {
      const [, who, what] = FIRST_CALL_CASES[k]!;
      runs[k]!.push(firstCalls(who, what));
    }
  }
  const format = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);
  console.log(
    `machine: first calls, each in a fresh process, median of ${FIRST_CALL_RUNS} runs (x: pengaduan / xstate, median of the per-run ratios):`,
  );
  console.log(`| function | ${FIRST_CALL_COLUMNS.map(([, label]) => label).join(' | ')} |`);
  console.log(`|---|${FIRST_CALL_COLUMNS.map(() => '---:').join('|')}|`);
  FIRST_CALL_CASES.forEach(([task, who, , label], k) => {
    const mine = runs[k]!;
    const x = FIRST_CALL_CASES.findIndex(([t, w]) => t === task && w === 'xstate');
    const theirs = runs[x]!;
    for (const run of mine) {
      if (run.state !== theirs[0]!.state) throw new Error(`first calls, ${task}: the libraries disagree`);
    }
    const cells = FIRST_CALL_COLUMNS.map(([key]) => {
      const value = format(median(mine.map((run) => run[key])));
      return who === 'xstate'
        ? value
        : `${value} (${ratio(
            mine.map((run) => run[key]),
            theirs.map((run) => run[key]),
          )}x)`;
    });
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  });
}

/** JSON bytes of the stored snapshot of the usual complaints (bench/_complaints.ts), replayed. */
function snapshotSizes(): string {
  const sizes: number[] = [];
  const events: number[] = [];
  for (const complaint of realisticComplaints(200, 7)) {
    let snapshot: ComplaintSnapshot;
    try {
      snapshot = replayHistory(complaint.history, options);
    } catch {
      continue; // the 1 in 50 with a fault the audit must find
    }
    sizes.push(JSON.stringify(snapshot).length);
    events.push(snapshot.context.history.length);
  }
  return `median ${median(sizes)} bytes (min ${Math.min(...sizes)}, max ${Math.max(...sizes)}) for ${sizes.length} usual complaints of median ${median(events)} events`;
}

export function run(): BenchResult[] {
  verify();
  const results: BenchResult[] = [];
  results.push(
    ...rows(
      'start a complaint',
      compareWithCpu({
        [XSTATE]: () => initialTransition(machine, { submission: submitted, zone: 'Asia/Jakarta' })[0].value,
        [OURS]: () => startComplaint(submitted, options).snapshot.value,
      }),
    ),
  );
  results.push(
    ...rows(
      'apply one event (file declared complete)',
      compareWithCpu({
        [XSTATE]: () => transition(machine, xstateScreening, complete)[0].value,
        [OURS]: () => applyEvent(screening, complete, options).snapshot.value,
      }),
    ),
  );
  results.push(
    ...rows(
      'restore a stored snapshot',
      compareWithCpu({
        [XSTATE]: () => {
          const json = stored as Parameters<typeof machine.resolveState>[0];
          return machine.resolveState({ value: json.value, context: json.context }).value;
        },
        [OURS]: () => restoreSnapshot(stored, options).value,
      }),
    ),
  );
  const usual = usualStored.length;
  results.push(
    ...rows(
      `restore a usual stored snapshot (${usual} of bench/_complaints.ts in turn)`,
      compareWithCpu({
        [XSTATE]: (i) => {
          const json = usualStored[i % usual] as Parameters<typeof machine.resolveState>[0];
          return machine.resolveState({ value: json.value, context: json.context }).value;
        },
        [OURS]: (i) => restoreSnapshot(usualStored[i % usual], options).value,
      }),
    ),
  );
  printFirstCalls();
  console.log(`machine: a stored snapshot after 4 events is ${JSON.stringify(stored).length} bytes of JSON`);
  console.log(`machine: stored snapshots: ${snapshotSizes()}`);
  return results;
}
