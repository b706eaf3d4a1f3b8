import type { HistoryEvent } from '../../src/history/types.js';

/** A small deterministic PRNG (mulberry32), so generated histories are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFSETS = ['+07:00', '+08:00', '+09:00', 'Z'] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2024-01-01T00:00:00Z
const BASE = Date.UTC(2024, 0, 1);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An instant as ISO text with the given offset (a fixed offset: the zones of Indonesia have no DST). */
export function isoAt(ms: number, offset: (typeof OFFSETS)[number] = '+07:00'): string {
  const minutes = offset === 'Z' ? 0 : Number(offset.slice(1, 3)) * 60 * (offset[0] === '-' ? -1 : 1);
  const d = new Date(ms + minutes * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offset === 'Z' ? 'Z' : offset}`
  );
}

function dateOf(ms: number): string {
  const d = new Date(ms + 7 * HOUR);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const TYPES = ['pengaduan', 'aspirasi', 'permintaan_informasi', 'whistleblowing'] as const;
const CLASSES = ['berkadar_pengawasan', 'tidak_berkadar_pengawasan', undefined] as const;

/**
 * A plausible complaint history of about 10 events, and an `asOf` somewhere in or after it. Used by
 * the benchmark and by the property tests; events are in time order with increasing gaps of hours
 * to weeks, offsets vary between WIB, WITA, WIT and UTC.
 */
export function generateHistory(random: () => number): { history: HistoryEvent[]; asOf: string } {
  const events: HistoryEvent[] = [];
  let t = BASE + Math.floor(random() * 900) * DAY + Math.floor(random() * 24) * HOUR;
  const offset = () => OFFSETS[Math.floor(random() * OFFSETS.length)]!;
  const step = (maxDays: number) => {
    t += Math.floor(random() * maxDays * DAY) + 60_000;
  };
  const push = (type: HistoryEvent['type'], data: Record<string, unknown>, role = 'admin_instansi') => {
    events.push({ type, at: isoAt(t, offset()), actor: { role }, data } as unknown as HistoryEvent);
  };
  const submittedAt = t;
  push(
    'complaint.submitted',
    {
      complaintType: TYPES[Math.floor(random() * TYPES.length)],
      ...(random() < 0.8 ? { classification: CLASSES[Math.floor(random() * CLASSES.length)] } : {}),
      ...(random() < 0.7 ? { serviceReceivedOn: dateOf(submittedAt - Math.floor(random() * 40) * DAY) } : {}),
      ...(random() < 0.5 ? { incidentOn: dateOf(submittedAt - Math.floor(random() * 60) * DAY) } : {}),
    },
    'complainant',
  );
  step(3);
  push('complaint.received', {});
  step(16);
  if (random() < 0.3) {
    push('file.declared_incomplete', { missing: ['bukti'] });
    step(35);
    if (random() < 0.7) push('file.completed', {}, 'complainant');
    else if (random() < 0.5) push('complaint.withdrawn', { reason: 'deemed_lapsed' }, 'system');
    step(5);
  }
  push('file.declared_complete', {});
  step(5);
  const units = random() < 0.4 ? ['opd-a', 'opd-b'] : ['opd-a'];
  for (const unitId of units) push('complaint.dispositioned', { unitId, unitKind: 'opd' });
  step(8);
  if (units.length > 1 && random() < 0.5) {
    push('disposition.rejected', { unitId: 'opd-b', reason: 'bukan wewenang' });
    step(2);
    push('complaint.dispositioned', { unitId: 'opd-c', unitKind: 'opd' });
    step(6);
  }
  if (random() < 0.3) {
    push('complaint.held', { reason: 'menunggu data' });
    step(6);
    push('complaint.resumed', {});
    step(3);
  }
  push('followup.posted', { unitId: 'opd-a', summary: 'ditindaklanjuti' });
  step(12);
  if (random() < 0.5) {
    push('complainant.replied', { kind: 'comment' }, 'complainant');
    step(12);
  }
  push('decision.made', { outcome: 'upheld', summary: 'diterima' });
  step(20);
  push('decision.notified', {});
  step(14);
  if (random() < 0.2) {
    push('complaint.reopened', { reason: 'keberatan' }, 'supervisor');
    step(30);
    push('decision.made', { outcome: 'partially_upheld', summary: 'sebagian' });
    step(10);
  }
  const span = t - submittedAt;
  const asOf = isoAt(submittedAt + Math.floor(random() * (span + 20 * DAY)), offset());
  return { history: events, asOf };
}
