import type { Actor, HistoryEvent, HistoryEventOf } from '../../src/history/types.js';
import {
  applyEvent,
  type ComplaintSnapshot,
  type ComplaintState,
  startComplaint,
} from '../../src/machine/index.js';
import { bothPolicies } from '../machine/_fixtures.js';

/** UU 25/2009 with SP4N-LAPOR!: a regency desk connected to LAPOR!. */
export const policy = bothPolicies;
export const options = { policy };

export const admin: Actor = { role: 'admin_instansi', id: 'diskominfo-1' };
export const complainant: Actor = { role: 'complainant' };
export const penghubung: Actor = { role: 'admin_penghubung', unitId: 'dinas-pupr' };

/** 09:00 WIB on day `n` after Monday 7 April 2025 (day 0). */
export function day(n: number, time = '09:00:00'): string {
  const d = new Date(Date.UTC(2025, 3, 7 + n));
  return `${d.toISOString().slice(0, 10)}T${time}+07:00`;
}

const e = (type: HistoryEvent['type'], at: string, actor: Actor, data: object = {}) =>
  ({ type, at, actor, data }) as HistoryEvent;

export const SUBMITTED = e('complaint.submitted', day(0), {
  role: 'system',
}) as HistoryEventOf<'complaint.submitted'>;

// The events that lead from a submission to each state, in order.
const PATHS: Readonly<Record<ComplaintState, readonly HistoryEvent[]>> = (() => {
  const received = [e('complaint.received', day(0, '10:00:00'), admin)];
  const complete = [...received, e('file.declared_complete', day(1), admin)];
  const dispositioned = [
    ...complete,
    e('complaint.dispositioned', day(2), admin, {
      unitId: 'dinas-pupr',
      unitKind: 'opd',
      unitName: 'Dinas PUPR',
    }),
  ];
  const answered = [
    ...dispositioned,
    e('followup.posted', day(3), penghubung, {
      unitId: 'dinas-pupr',
      summary: 'Lampu diganti pada 10 April.',
    }),
  ];
  const examination = [...complete, e('examination.started', day(2), admin)];
  const decided = [
    ...examination,
    e('decision.made', day(4), admin, { outcome: 'upheld', summary: 'Dikabulkan.' }),
  ];
  const compensation = [
    ...examination,
    e('decision.made', day(4), admin, {
      outcome: 'upheld',
      summary: 'Ganti rugi.',
      compensation: { amount: 500_000, dueOn: '2025-05-30' },
    }),
    e('decision.notified', day(5), admin),
  ];
  return {
    submitted: [],
    screening: received,
    awaitingCompletion: [
      ...received,
      e('file.declared_incomplete', day(1), admin, { missing: ['Uraian kerugian'] }),
    ],
    onHold: [...received, e('complaint.held', day(1), admin, { reason: 'Menunggu klarifikasi' })],
    referred: [...received, e('complaint.referred', day(1), admin, { toAgency: 'BPN Kota Bandung' })],
    archived: [
      ...received,
      e('complaint.archived', day(1), admin, { reason: 'duplicate', duplicateOf: 'ADU-1' }),
    ],
    withdrawn: [...received, e('complaint.withdrawn', day(1), complainant, { reason: 'by_complainant' })],
    fileComplete: complete,
    dispositioned,
    examination,
    decided,
    awaitingCompensation: compensation,
    settled: [...compensation, e('compensation.paid', day(6), admin, { amount: 500_000 })],
    awaitingFeedback: answered,
    disputed: [
      ...answered,
      e('complainant.replied', day(4), complainant, { kind: 'dispute', message: 'Belum.' }),
    ],
    closed: [...answered, e('complainant.replied', day(4), complainant, { kind: 'accept' })],
  };
})();

/** A snapshot in `state`, reached through the machine. */
export function snapshotIn(state: ComplaintState): ComplaintSnapshot {
  let { snapshot } = startComplaint(SUBMITTED, options);
  for (const event of PATHS[state]) snapshot = applyEvent(snapshot, event, options).snapshot;
  if (snapshot.value !== state) throw new Error(`fixture: reached ${snapshot.value}, not ${state}`);
  return snapshot;
}
