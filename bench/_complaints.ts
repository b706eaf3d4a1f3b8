import type { HistoryEvent } from '../src/history/types.js';
import { prng } from '../test/sla/_generate.js';

/**
 * Realistic complaint histories for the audit benchmark, without running the machine: the usual
 * path of a complaint under UU 25/2009 + SP4N-LAPOR! (receipt, screening, sometimes an incomplete
 * file, disposition to one or two units, follow-ups, a decision, its notice, the complainant's
 * reply), with delays drawn so that some limits are met and some missed, and 1 in 50 histories
 * carrying a fault an audit must find (an event by a role not permitted). Seeded: the same
 * histories on every run.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = Date.UTC(2024, 0, 1, 1);
const UNITS = ['dukcapil', 'dinsos', 'dishub', 'dinkes', 'disdik', 'pupr'] as const;
const CHANNELS = ['web', 'sms_1708', 'lapor_app', 'social_media', 'email'] as const;
const TYPES = ['pengaduan', 'pengaduan', 'pengaduan', 'aspirasi', 'permintaan_informasi'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An instant in WIB. */
function wib(ms: number): string {
  const d = new Date(ms + 7 * HOUR);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+07:00`;
}

export interface BenchComplaint {
  readonly id: string;
  readonly channel: string;
  readonly history: HistoryEvent[];
}

export function realisticComplaint(random: () => number, n: number): BenchComplaint {
  const events: HistoryEvent[] = [];
  let t = BASE + Math.floor(random() * 540) * DAY + Math.floor(random() * 9) * HOUR;
  const after = (maxDays: number) => {
    t += Math.floor(random() * maxDays * DAY) + 10 * 60_000;
  };
  const push = (type: string, role: string, data: Record<string, unknown> = {}, unitId?: string) => {
    events.push({
      type,
      at: wib(t),
      actor: unitId === undefined ? { role } : { role, unitId },
      data,
    } as HistoryEvent);
  };
  push('complaint.submitted', 'complainant', { complaintType: TYPES[Math.floor(random() * TYPES.length)]! });
  after(0.2);
  push('complaint.received', 'system', { receiptNumber: `TT-${n}` });
  after(random() < 0.85 ? 3 : 18);
  if (random() < 0.15) {
    push('file.declared_incomplete', 'admin_instansi', { missing: ['Fotokopi KTP'] });
    after(20);
    push('file.completed', 'complainant');
    after(2);
  }
  push('file.declared_complete', 'admin_instansi');
  after(0.5);
  const first = UNITS[Math.floor(random() * UNITS.length)]!;
  const units = random() < 0.25 ? [first, UNITS[(UNITS.indexOf(first) + 1) % UNITS.length]!] : [first];
  for (const unitId of units) push('complaint.dispositioned', 'admin_instansi', { unitId, unitKind: 'opd' });
  after(1);
  push('examination.started', 'admin_instansi');
  for (const unitId of units) {
    after(random() < 0.8 ? 5 : 14);
    const role = n % 50 === 7 ? 'complainant' : 'admin_penghubung';
    push('followup.posted', role, { unitId, summary: 'Sudah ditindaklanjuti' }, unitId);
  }
  after(random() < 0.9 ? 30 : 80);
  push('decision.made', 'admin_instansi', { outcome: 'upheld', summary: 'Pengaduan beralasan' });
  after(random() < 0.85 ? 7 : 25);
  push('decision.notified', 'admin_instansi');
  after(6);
  const reply = random();
  if (reply < 0.6) push('complainant.replied', 'complainant', { kind: 'accept' });
  else if (reply < 0.7)
    push('complainant.replied', 'complainant', { kind: 'dispute', message: 'Belum selesai' });
  return { id: `C-${n}`, channel: CHANNELS[n % CHANNELS.length]!, history: events };
}

/** `count` complaints, generated one at a time (nothing is kept: memory stays flat). */
export function* realisticComplaints(count: number, seed: number): Generator<BenchComplaint> {
  const random = prng(seed);
  for (let n = 0; n < count; n++) yield realisticComplaint(random, n);
}
