import type { ComplaintInput } from 'pengaduan/schema';
import { DEMO_USERS } from './config.js';
import { Portal } from './Portal.js';
import type { Store } from './store/Store.js';

const DAY = 86_400_000;

function user(token: string) {
  const found = DEMO_USERS.find((u) => u.token === token);
  if (found === undefined) throw new Error(`no demo user ${token}`);
  return found.actor;
}

/** A formal complaint as the public form sends it (the server adds channel, instant and id). */
export function demoComplaint(
  overrides: {
    name?: string;
    service?: string;
    anonim?: boolean;
    rahasia?: boolean;
    receivedOn?: string;
  } = {},
): Omit<ComplaintInput, 'channel' | 'submission'> & {
  submission: { place: string; signature: { kind: 'electronic' } };
} {
  return {
    filing: 'formal',
    type: 'pengaduan',
    complainant: {
      name: overrides.name ?? 'Siti Rahmawati',
      address: 'Jl. Cihampelas No. 12, Bandung',
      phone: '0812-3456-7890',
    },
    service: {
      name: overrides.service ?? 'Penerbitan KTP-el',
      description: 'KTP-el belum terbit setelah 45 hari walaupun berkas sudah lengkap.',
      ...(overrides.receivedOn === undefined ? {} : { receivedOn: overrides.receivedOn }),
    },
    loss: { kind: 'immaterial', description: 'Tidak dapat membuka rekening bank dan mendaftar kerja.' },
    requestedRemedy: 'KTP-el diterbitkan dalam minggu ini.',
    submission: { place: 'Bandung', signature: { kind: 'electronic' } },
    confidentiality: { anonim: overrides.anonim ?? false, rahasia: overrides.rahasia ?? false },
  } as never;
}

/**
 * Seeds a few complaints at past instants, so the demo shows every kind of list: one waiting for
 * screening, one with a unit whose follow-up is late (the scheduler records the breach on start),
 * an anonim and rahasia report at a unit, an incomplete file that lapses, and a decided complaint.
 * Runs the same use cases as the API, with a clock set in the past.
 */
export async function seedDemo(store: Store, now: Date): Promise<string[]> {
  let clock = new Date(now.getTime() - 30 * DAY);
  const portal = new Portal(store, { now: () => clock });
  const at = (daysAgo: number, hour = 9) => {
    const d = new Date(now.getTime() - daysAgo * DAY);
    d.setUTCHours(hour - 7, 0, 0, 0); // hour in WIB
    clock = d;
  };
  const receipts: string[] = [];
  const file = async (daysAgo: number, body: unknown) => {
    at(daysAgo);
    const outcome = await portal.submit(body, 'id');
    if (!outcome.ok) throw new Error(`seed complaint invalid: ${JSON.stringify(outcome.issues)}`);
    receipts.push(outcome.row.receiptNumber);
    return outcome.row.id;
  };
  let sequence = 0;
  const act = async (id: string, daysAgo: number, token: string, input: object) => {
    at(daysAgo, 10);
    sequence += 1;
    const outcome = await portal.act(id, { ...input, id: `seed-${sequence}` }, user(token), { locale: 'id' });
    if (outcome.kind === 'refused' || outcome.kind === 'conflict') throw outcome.error;
    if (outcome.kind !== 'ok') throw new Error(`seed action ${JSON.stringify(input)}: ${outcome.kind}`);
  };

  // 1. Just filed: waits for screening by the admin instansi.
  await file(1, demoComplaint({ name: 'Budi Santoso', service: 'Perbaikan jalan lingkungan' }));

  // 2. Disposed to Dinas PUPR three weeks ago: its follow-up (5 hari kerja) is late.
  const late = await file(22, demoComplaint({ name: 'Dewi Lestari', service: 'Izin Mendirikan Bangunan' }));
  await act(late, 21, 'demo-admin', { type: 'file.declared_complete', data: {} });
  await act(late, 21, 'demo-admin', {
    type: 'complaint.dispositioned',
    data: { unitId: 'dinas-pupr', unitKind: 'opd', unitName: 'Dinas PUPR' },
  });

  // 3. Anonim and rahasia, at Disdukcapil.
  const secret = await file(3, demoComplaint({ name: 'Rahmat Hidayat', anonim: true, rahasia: true }));
  await act(secret, 2, 'demo-admin', { type: 'file.declared_complete', data: {} });
  await act(secret, 2, 'demo-admin', {
    type: 'complaint.dispositioned',
    data: { unitId: 'disdukcapil', unitKind: 'opd', unitName: 'Disdukcapil' },
  });

  // 4. Declared incomplete 40 days ago: the complainant never completed it (lapses at the next tick).
  const incomplete = await file(41, demoComplaint({ name: 'Agus Wijaya', service: 'Pelayanan puskesmas' }));
  await act(incomplete, 40, 'demo-admin', {
    type: 'file.declared_incomplete',
    // Handed to the complainant at the counter: the 30 days of Pasal 44 ayat (4) run from this receipt.
    data: {
      missing: ['Fotokopi KTP', 'Bukti pembayaran retribusi'],
      receivedByComplainantAt: new Date(now.getTime() - 40 * DAY).toISOString(),
    },
  });

  // 5. A unit's follow-up posted: waits for the complainant's reply (auto-close after 10 hari kerja).
  const answered = await file(12, demoComplaint({ name: 'Nur Aini', service: 'Penerbitan akta kelahiran' }));
  await act(answered, 11, 'demo-admin', { type: 'file.declared_complete', data: {} });
  await act(answered, 11, 'demo-admin', {
    type: 'complaint.dispositioned',
    data: { unitId: 'disdukcapil', unitKind: 'opd', unitName: 'Disdukcapil' },
  });
  await act(answered, 8, 'demo-dukcapil', {
    type: 'followup.posted',
    data: { unitId: 'disdukcapil', summary: 'Akta kelahiran sudah diterbitkan dan dapat diambil.' },
  });

  // 6. Examined and decided by the provider (UU 25/2009 Pasal 50), the notice still to be sent.
  const decided = await file(9, demoComplaint({ name: 'Yusuf Maulana', service: 'Layanan air bersih' }));
  await act(decided, 8, 'demo-admin', { type: 'file.declared_complete', data: {} });
  await act(decided, 8, 'demo-admin', { type: 'examination.started', data: {} });
  await act(decided, 2, 'demo-admin', {
    type: 'decision.made',
    data: { outcome: 'upheld', summary: 'Pengaduan diterima; jaringan air diperbaiki.' },
  });
  return receipts;
}
