import type { SnapshotFrom } from 'xstate';
import type { HistoryEvent } from '../../src/history/types.js';
import { nationalCalendar } from '../../src/holidays/index.js';
import {
  type ComplaintEvent,
  type ComplaintMachine,
  createComplaintMachine,
  createDeadlineEngine,
} from '../../src/machine/index.js';
import {
  admin,
  bothPolicies,
  ev,
  penghubung,
  plusHours,
  submission,
  supervisor,
  system,
} from './_fixtures.js';

// The model the graph tests walk: the machine on UU 25/2009 + SP4N-LAPOR!, and for every snapshot a
// set of concrete events, one per thing a person or the scheduler could do next.

export const modelPolicy = bothPolicies;
export const modelMachine: ComplaintMachine = createComplaintMachine(
  createDeadlineEngine(modelPolicy, { calendar: nationalCalendar }),
);
export const modelInput = {
  submission: submission('2025-04-14T09:00:00+07:00'),
  zone: 'Asia/Jakarta',
} as const;

type Snap = SnapshotFrom<ComplaintMachine>;

function activeUnits(history: readonly HistoryEvent[]): string[] {
  const units = new Set<string>();
  for (const e of history) {
    if (e.type === 'complaint.dispositioned') units.add(e.data.unitId);
    if (e.type === 'disposition.rejected') units.delete(e.data.unitId);
  }
  return [...units];
}

/** Whether the last decision in a history grants compensation. */
export function lastDecisionHasCompensation(history: readonly HistoryEvent[]): boolean {
  const decisions = history.filter((e) => e.type === 'decision.made');
  const last = decisions[decisions.length - 1];
  return last?.type === 'decision.made' && last.data.compensation !== undefined;
}

/** Free text and ids to put into the events, e.g. a complainant's identity for the confidentiality walk. */
export interface CandidateText {
  readonly complainantId: string;
  readonly reply: string;
  readonly summary: string;
  readonly adminMessage: string;
}

const PLAIN: CandidateText = {
  complainantId: 'warga-77',
  reply: 'Belum selesai',
  summary: 'Tindak lanjut unit',
  adminMessage: 'Mohon ditunggu',
};

/** Candidate events after a snapshot: one hour after its last event, the tick 400 days after. */
export function candidateEvents(snapshot: Snap, text: CandidateText = PLAIN): ComplaintEvent[] {
  const history = snapshot.context.history;
  const last = history[history.length - 1]!.at;
  const at = plusHours(last, 1);
  const units = activeUnits(history);
  const complainant = { role: 'complainant' as const, id: text.complainantId };
  return [
    ev('complaint.received', at, system, { receiptNumber: 'TT-1' }),
    ev('file.declared_complete', at, admin, {}),
    ev('file.declared_incomplete', at, admin, { missing: ['fotokopi KTP'] }),
    ev('file.completed', at, complainant, {}),
    ev('complaint.held', at, admin, { reason: 'uraian kurang jelas' }),
    ev('complaint.resumed', at, admin, {}),
    ev('complaint.referred', at, admin, { toAgency: 'BPN Kota Bandung' }),
    ev('complaint.archived', at, admin, { reason: 'duplicate', duplicateOf: 'LAPOR-1' }),
    ev('complaint.dispositioned', at, admin, {
      unitId: 'dukcapil',
      unitKind: 'opd',
      unitName: 'Disdukcapil',
    }),
    ev('complaint.dispositioned', at, admin, { unitId: 'inspektorat', unitKind: 'apip' }),
    ...units.flatMap((unitId) => [
      ev('disposition.rejected', at, penghubung(unitId), { unitId, reason: 'bukan wewenang unit' }),
      ev('followup.posted', at, penghubung(unitId), { unitId, summary: text.summary }),
    ]),
    ev('examination.started', at, admin, {}),
    ev('decision.made', at, supervisor, { outcome: 'upheld', summary: 'Pengaduan beralasan' }),
    ev('decision.made', at, supervisor, {
      outcome: 'upheld',
      summary: 'Ganti rugi diberikan',
      compensation: { amount: 1_500_000, dueOn: '2026-12-31' },
    }),
    ev('decision.notified', at, system, { channel: 'email' }),
    ev('compensation.paid', at, admin, { amount: 1_500_000 }),
    ev('complainant.replied', at, complainant, { kind: 'accept' }),
    ev('complainant.replied', at, complainant, { kind: 'dispute', message: text.reply }),
    ev('complainant.replied', at, complainant, { kind: 'comment', message: text.reply }),
    ev('admin.replied', at, admin, { message: text.adminMessage }),
    ev('complaint.reopened', at, supervisor, { reason: 'bantahan beralasan' }),
    ev('complaint.closed', at, supervisor, { reason: 'administrative', note: 'sudah dijawab tuntas' }),
    ev('complaint.closed', at, admin, { reason: 'accepted' }),
    ev('complaint.withdrawn', at, complainant, { reason: 'by_complainant' }),
    ev('complaint.escalated', at, complainant, { to: 'ombudsman' }),
    ev('ombudsman.lhp_received', at, admin, { reference: 'LHP-7' }),
    { type: 'sla.tick', at: plusHours(last, 24 * 400) },
  ];
}

/** The abstraction a graph vertex stands for: the state, the units holding it, and what is pending. */
export function serializeModelState(snapshot: Snap): string {
  const history = snapshot.context.history;
  const units = activeUnits(history).sort().join(',');
  const answered = new Set<string>();
  let reopened = false;
  for (const e of history) {
    if (e.type === 'complaint.reopened') {
      answered.clear();
      reopened = true;
    }
    if (e.type === 'followup.posted') answered.add(e.data.unitId);
  }
  const ombudsman = history.some((e) => e.type === 'complaint.escalated' && e.data.to === 'ombudsman');
  const compensation = lastDecisionHasCompensation(history);
  return `${String(snapshot.value)}|units=${units}|answered=${[...answered].sort().join(',')}|omb=${ombudsman}|reopened=${reopened}|comp=${compensation}`;
}
