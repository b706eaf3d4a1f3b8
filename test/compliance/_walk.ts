import type { HistoryEvent } from '../../src/history/types.js';
import {
  allowedEvents,
  type ComplaintEvent,
  type ComplaintSnapshot,
  safeApplyEvent,
  startComplaint,
} from '../../src/machine/index.js';
import {
  combinePolicies,
  ombudsmanPolicy,
  type Policy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
} from '../../src/rules/index.js';

/** Every preset, alone and combined, as the audit's property tests walk them. */
export const PRESETS: readonly (readonly [string, Policy])[] = [
  ['uu25', uu25Policy],
  ['sp4n', sp4nLaporPolicy],
  ['tiered', tieredLocalPolicy],
  ['ombudsman', ombudsmanPolicy],
  ['uu25+sp4n', combinePolicies([uu25Policy, sp4nLaporPolicy])],
  ['all', combinePolicies([uu25Policy, sp4nLaporPolicy, tieredLocalPolicy, ombudsmanPolicy])],
];

const HOUR = 3_600_000;

function shift(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * HOUR).toISOString();
}

function units(history: readonly HistoryEvent[]): string[] {
  const active = new Set<string>();
  for (const e of history) {
    if (e.type === 'complaint.dispositioned') active.add(e.data.unitId);
    if (e.type === 'disposition.rejected') active.delete(e.data.unitId);
  }
  return [...active];
}

/** One concrete event of each kind a person (or the scheduler) could send next, at `at`. */
function candidates(snapshot: ComplaintSnapshot, at: string): ComplaintEvent[] {
  const admin = { role: 'admin_instansi' as const, id: 'admin-1' };
  const supervisor = { role: 'supervisor' as const };
  const complainant = { role: 'complainant' as const, id: 'warga-1' };
  const system = { role: 'system' as const };
  const unitEvents = units(snapshot.context.history).flatMap((unitId) => {
    const penghubung = { role: 'admin_penghubung' as const, unitId };
    return [
      { type: 'followup.posted', at, actor: penghubung, data: { unitId, summary: 'Sudah ditindaklanjuti' } },
      { type: 'disposition.rejected', at, actor: penghubung, data: { unitId, reason: 'bukan wewenang' } },
    ] as ComplaintEvent[];
  });
  const all = [
    { type: 'complaint.received', at, actor: system, data: { receiptNumber: 'TT-1' } },
    { type: 'file.declared_complete', at, actor: admin, data: {} },
    { type: 'file.declared_incomplete', at, actor: admin, data: { missing: ['KTP'] } },
    { type: 'file.completed', at, actor: complainant, data: {} },
    { type: 'complaint.held', at, actor: admin, data: { reason: 'menunggu data' } },
    { type: 'complaint.resumed', at, actor: admin, data: {} },
    { type: 'complaint.referred', at, actor: admin, data: { toAgency: 'BPN' } },
    { type: 'complaint.archived', at, actor: admin, data: { reason: 'duplicate' } },
    { type: 'complaint.dispositioned', at, actor: admin, data: { unitId: 'dukcapil', unitKind: 'opd' } },
    { type: 'complaint.dispositioned', at, actor: admin, data: { unitId: 'inspektorat', unitKind: 'apip' } },
    ...unitEvents,
    { type: 'examination.started', at, actor: admin, data: {} },
    { type: 'decision.made', at, actor: supervisor, data: { outcome: 'upheld', summary: 'Beralasan' } },
    {
      type: 'decision.made',
      at,
      actor: supervisor,
      data: {
        outcome: 'upheld',
        summary: 'Ganti rugi',
        compensation: { amount: 100_000, dueOn: '2027-12-31' },
      },
    },
    { type: 'decision.notified', at, actor: system, data: {} },
    { type: 'compensation.paid', at, actor: admin, data: { amount: 100_000 } },
    { type: 'complainant.replied', at, actor: complainant, data: { kind: 'accept' } },
    { type: 'complainant.replied', at, actor: complainant, data: { kind: 'dispute', message: 'Belum' } },
    { type: 'admin.replied', at, actor: admin, data: { message: 'Mohon ditunggu' } },
    { type: 'complaint.reopened', at, actor: supervisor, data: { reason: 'bantahan beralasan' } },
    { type: 'complaint.closed', at, actor: supervisor, data: { reason: 'administrative' } },
    { type: 'complaint.withdrawn', at, actor: complainant, data: { reason: 'by_complainant' } },
    { type: 'complaint.escalated', at, actor: complainant, data: { to: 'ombudsman' } },
    { type: 'ombudsman.lhp_received', at, actor: admin, data: {} },
    { type: 'ombudsman.lhp_acted', at, actor: admin, data: {} },
    { type: 'ombudsman.recommendation_received', at, actor: admin, data: {} },
    { type: 'ombudsman.recommendation_reported', at, actor: supervisor, data: {} },
    { type: 'sla.tick', at },
  ] as ComplaintEvent[];
  // Only what the machine would offer as a button (or the tick): the walk stays on the lifecycle.
  const allowed = new Set<string>(allowedEvents(snapshot));
  return all.filter((e) => e.type === 'sla.tick' || allowed.has(e.type));
}

export interface WalkStep {
  /** Index into the candidates (taken modulo their number). */
  readonly pick: number;
  /** Hours after the last event (1 hour to ~2 months), so that clocks are met, warned and breached. */
  readonly hours: number;
}

const TYPES = ['pengaduan', 'aspirasi', 'permintaan_informasi', 'whistleblowing'] as const;
const CLASSES = ['berkadar_pengawasan', 'tidak_berkadar_pengawasan'] as const;

/** A complaint run through the machine by random choices: its history, as a host would store it. */
export function walk(policy: Policy, seed: number, steps: readonly WalkStep[]): HistoryEvent[] {
  const start = new Date(Date.UTC(2024, 0, 2, 2) + (seed % 700) * 24 * HOUR).toISOString();
  const submitted = startComplaint(
    {
      type: 'complaint.submitted',
      at: start,
      actor: { role: 'complainant' },
      data: {
        complaintType: TYPES[seed % TYPES.length]!,
        classification: CLASSES[seed % CLASSES.length]!,
        ...(seed % 3 === 0 ? { serviceReceivedOn: '2023-12-20' } : {}),
      },
    },
    { policy },
  );
  let snapshot = submitted.snapshot;
  for (const step of steps) {
    if (snapshot.status === 'done') break;
    const last = snapshot.context.history[snapshot.context.history.length - 1]!.at;
    const options = candidates(snapshot, shift(last, step.hours));
    const event = options[step.pick % options.length]!;
    const result = safeApplyEvent(snapshot, event, { policy });
    if (result.success) snapshot = result.snapshot;
  }
  return [...snapshot.context.history];
}
