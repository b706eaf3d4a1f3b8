import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { parseInstant } from '../_lib/parseInstant.js';
import { lazyEngine } from '../compliance/_lib/lazyEngine.js';
import type { ActorRole, HistoryEvent } from '../history/types.js';
import { nationalCalendar } from '../holidays/index.js';
import {
  type ComplaintEvent,
  type ComplaintMachine,
  createComplaintMachine,
  createDeadlineEngine,
} from '../machine/index.js';
import { uu25Policy } from '../rules/uu25Policy.js';
import type { CreateTestPlansOptions, TestPlan, TestPlanStep } from './types.js';

type Snap = SnapshotFrom<ComplaintMachine>;

const DAY = 86_400_000;

function shift(instant: string, ms: number): string {
  return new Date(parseInstant(instant) + ms).toISOString();
}

function activeUnits(history: readonly HistoryEvent[]): string[] {
  const units = new Set<string>();
  for (const e of history) {
    if (e.type === 'complaint.dispositioned') units.add(e.data.unitId);
    if (e.type === 'disposition.rejected') units.delete(e.data.unitId);
  }
  return [...units].sort();
}

const actor = (role: ActorRole, unitId?: string) => (unitId === undefined ? { role } : { role, unitId });

/** One concrete event for each thing a person or the scheduler could do next: a day after the last event. */
function candidates(snapshot: Snap): ComplaintEvent[] {
  const history = snapshot.context.history;
  const last = history[history.length - 1]!.at;
  const at = shift(last, DAY);
  const admin = actor('admin_instansi');
  const e = (type: string, who: ReturnType<typeof actor>, data: Record<string, unknown> = {}) =>
    ({ type, at, actor: who, data }) as ComplaintEvent;
  return [
    e('complaint.received', actor('system'), { receiptNumber: 'TT-1' }),
    e('file.declared_complete', admin),
    // The receipt of the response is recorded: Pasal 44(4) counts the 30 days from it.
    e('file.declared_incomplete', admin, { missing: ['Fotokopi KTP'], receivedByComplainantAt: at }),
    e('file.completed', actor('complainant')),
    e('complaint.held', admin, { reason: 'Menunggu data' }),
    e('complaint.resumed', admin),
    e('complaint.referred', admin, { toAgency: 'Kantor Pertanahan' }),
    e('complaint.archived', admin, { reason: 'duplicate' }),
    e('complaint.dispositioned', admin, { unitId: 'opd-1', unitKind: 'opd' }),
    ...activeUnits(history).flatMap((unitId) => [
      e('followup.posted', actor('admin_penghubung', unitId), { unitId, summary: 'Sudah ditindaklanjuti' }),
      e('disposition.rejected', actor('admin_penghubung', unitId), { unitId, reason: 'Bukan wewenang unit' }),
    ]),
    e('examination.started', admin),
    e('decision.made', actor('supervisor'), { outcome: 'upheld', summary: 'Pengaduan beralasan' }),
    e('decision.made', actor('supervisor'), {
      outcome: 'upheld',
      summary: 'Ganti rugi diberikan',
      compensation: { amount: 500_000, dueOn: shift(at, 30 * DAY).slice(0, 10) },
    }),
    e('decision.notified', admin),
    e('compensation.paid', admin, { amount: 500_000 }),
    e('complainant.replied', actor('complainant'), { kind: 'accept' }),
    e('complainant.replied', actor('complainant'), { kind: 'dispute', message: 'Belum selesai' }),
    e('admin.replied', admin, { message: 'Sudah kami jawab' }),
    e('complaint.reopened', actor('supervisor'), { reason: 'Bantahan beralasan' }),
    e('complaint.closed', actor('supervisor'), { reason: 'administrative', note: 'Dijawab tuntas' }),
    e('complaint.withdrawn', actor('complainant'), { reason: 'by_complainant' }),
    // The scheduler, long after: whatever lapses (deemed withdrawal, auto-close) happens.
    { type: 'sla.tick', at: shift(last, 400 * DAY) },
  ];
}

/** What a plan's vertex stands for: the state, the units holding the complaint, and pending facts. */
function serialize(snapshot: Snap): string {
  const history = snapshot.context.history;
  const answered = new Set<string>();
  for (const e of history) {
    if (e.type === 'complaint.reopened') answered.clear();
    if (e.type === 'followup.posted') answered.add(e.data.unitId);
  }
  const decisions = history.filter((e) => e.type === 'decision.made');
  const last = decisions[decisions.length - 1];
  const compensation = last?.type === 'decision.made' && last.data.compensation !== undefined;
  const reopened = history.some((e) => e.type === 'complaint.reopened');
  return `${String(snapshot.value)}|${activeUnits(history).join(',')}|${[...answered].sort().join(',')}|${compensation}|${reopened}`;
}

interface GraphStep {
  readonly state: Snap;
  readonly event: ComplaintEvent | { readonly type: string };
}

function stepsOf(submission: HistoryEvent, steps: readonly GraphStep[]): TestPlanStep[] {
  const out: TestPlanStep[] = [{ event: submission, state: 'submitted' }];
  for (const step of steps) {
    if (step.event.type.startsWith('xstate.')) continue;
    out.push({ event: step.event as TestPlanStep['event'], state: String(step.state.value) });
  }
  return out;
}

/**
 * Test plans from the lifecycle machine, for a host's end-to-end tests: the shortest path from a
 * submission to every state, and a path that takes every transition at least once. Each plan is a
 * list of events with their instants (one day apart; the scheduler's `sla.tick` 400 days on, where
 * a lapse is the way there) and the state after each. Built with xstate's graph utilities
 * (`xstate/graph`: `getShortestPaths`, `getAdjacencyMap`) over the machine itself.
 *
 * @param options - the policy (default `uu25Policy`), the calendar, the submission instant
 * @returns the plans, `reach_state` first (one per state), then `cover_transition`
 * @example
 * ```ts
 * import { createTestPlans } from 'pengaduan/testing';
 *
 * const plans = createTestPlans();
 * const toWithdrawn = plans.find((p) => p.kind === 'reach_state' && p.target === 'withdrawn');
 * toWithdrawn?.steps.map((s) => s.event.type);
 * //=> ['complaint.submitted', 'complaint.withdrawn']
 * ```
 */
export function createTestPlans(options: CreateTestPlansOptions = {}): readonly TestPlan[] {
  const policy = options.policy ?? uu25Policy;
  const calendar = options.calendar ?? nationalCalendar;
  const start = options.start ?? '2025-03-03T09:00:00+07:00';
  parseInstant(start, 'start');
  const machine = createComplaintMachine(lazyEngine(createDeadlineEngine(policy, { calendar })));
  const submission: HistoryEvent = {
    type: 'complaint.submitted',
    at: start,
    actor: { role: 'complainant' },
    data: { complaintType: 'pengaduan' },
  };
  const traversal = {
    input: { submission, zone: calendar.zone, escalateBreachesTo: null },
    events: (s: Snap) => candidates(s),
    serializeState: (s: Snap) => serialize(s),
  };
  const paths = getShortestPaths(machine, traversal as never) as unknown as {
    state: Snap;
    steps: GraphStep[];
  }[];
  const byVertex = new Map<string, GraphStep[]>();
  for (const path of paths) byVertex.set(serialize(path.state), path.steps);

  const plans: TestPlan[] = [];
  const reached = new Map<string, GraphStep[]>();
  for (const path of paths) {
    const value = String(path.state.value);
    const known = reached.get(value);
    if (known === undefined || path.steps.length < known.length) reached.set(value, path.steps);
  }
  for (const [value, steps] of [...reached].sort(([a], [b]) => (a < b ? -1 : 1))) {
    plans.push({
      id: `reach:${value}`,
      kind: 'reach_state',
      target: value,
      steps: stepsOf(submission, steps),
    });
  }

  const adjacency = getAdjacencyMap(machine, traversal as never) as unknown as Record<
    string,
    { state: Snap; transitions: Record<string, { event: ComplaintEvent; state: Snap }> }
  >;
  const covered = new Map<string, GraphStep[]>();
  for (const [key, vertex] of Object.entries(adjacency)) {
    const prefix = byVertex.get(key);
    if (prefix === undefined) continue;
    for (const { event, state } of Object.values(vertex.transitions)) {
      // Only transitions the machine takes: the event is recorded, or the tick records something.
      if (state.context.history.length === vertex.state.context.history.length) continue;
      const id = `${String(vertex.state.value)} --${event.type}--> ${String(state.value)}`;
      const steps = [...prefix, { state, event }];
      const known = covered.get(id);
      if (known === undefined || steps.length < known.length) covered.set(id, steps);
    }
  }
  for (const [id, steps] of [...covered].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = String(steps[steps.length - 1]!.state.value);
    plans.push({ id: `cover:${id}`, kind: 'cover_transition', target, steps: stepsOf(submission, steps) });
  }
  return plans;
}
