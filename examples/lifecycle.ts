/**
 * One complaint through its whole life: `npx tsx examples/lifecycle.ts`.
 *
 * A complaint that a KTP-el was never issued reaches a regency that uses SP4N-LAPOR! on Thursday
 * 27 March 2025, just before Nyepi and Lebaran. It goes through screening, an incomplete file, two
 * dispositions, a dispute, a reopening, an examination and a decision with compensation, until it is
 * settled. A small scheduler delivers `sla.tick` whenever the library says to wake up, so the
 * reminders and the breach of the Lebaran week show up as they would in production. At the end the
 * complaint is shown to the public and to the party complained about (it was filed *anonim*), and
 * stored and restored as JSON.
 */
import { formatDateForPeople, formatInstantForPeople, ZONES } from '../src/calendar/index.js';
import type { ApplyResult, ComplaintEvent, ComplaintSnapshot } from '../src/machine/index.js';
import {
  applyEvent,
  describeState,
  restoreSnapshot,
  startComplaint,
  TransitionRefusedError,
  viewComplaint,
} from '../src/machine/index.js';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from '../src/rules/index.js';
import { safeParseComplaint } from '../src/schema/index.js';

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const options = { policy, escalateBreachesTo: 'atasan' } as const;

// Dates for people, through date-fns and its id locale: "Kamis, 10 April 2025" and
// "Kamis, 27 Maret 2025 pukul 16.30 WIB".
const tanggal = (civil: string) => formatDateForPeople(civil);
const waktu = (instant: string) => formatInstantForPeople(instant, ZONES.WIB);

function report(title: string, result: ApplyResult): void {
  const state = describeState(result.snapshot);
  console.log(`\n● ${title}`);
  console.log(`  status: ${state.label.id} (${state.id}, ${state.category})`);
  for (const record of result.appended.filter(
    (e) => e.actor.role === 'system' && e.type !== 'complaint.received',
  )) {
    console.log(`  dicatat sistem: ${record.type} pada ${waktu(record.at)}`);
  }
  for (const effect of result.effects) {
    const due = effect.deadlines.find((d) => d.dueDate !== undefined);
    console.log(`  → ${effect.kind} kepada ${effect.to}: ${effect.text.id}`);
    console.log(`    dasar: ${effect.source.instrument}, ${effect.source.article} [${effect.source.status}]`);
    if (due?.dueDate !== undefined) console.log(`    batas: ${due.title.id}, ${tanggal(due.dueDate)}`);
  }
  const binding = result.snapshot.context.deadlines.binding;
  if (binding?.dueDate !== undefined && result.snapshot.status === 'active') {
    console.log(
      `  batas waktu terdekat: ${binding.title.id}, ${tanggal(binding.dueDate)} (${binding.source.article})`,
    );
  }
}

let snapshot: ComplaintSnapshot;

/** Delivers every tick the library asks for up to `until`, then the event. */
function deliver(event: ComplaintEvent, title: string, wakeUpAt: { at: string | null }): void {
  while (wakeUpAt.at !== null && Date.parse(wakeUpAt.at) <= Date.parse(event.at)) {
    const tick = applyEvent(snapshot, { type: 'sla.tick', at: wakeUpAt.at }, options);
    if (tick.effects.length > 0 || tick.appended.length > 0)
      report(`Penjadwal bangun ${waktu(wakeUpAt.at)}`, tick);
    snapshot = tick.snapshot;
    wakeUpAt.at = tick.wakeUpAt;
  }
  const result = applyEvent(snapshot, event, options);
  report(title, result);
  snapshot = result.snapshot;
  wakeUpAt.at = result.wakeUpAt;
}

// The complaint record itself (identity, report, confidentiality) is the host's; the machine keeps
// the history. Siti filed it anonim: her identity must not reach the public or the Disdukcapil.
const parsed = safeParseComplaint({
  filing: 'formal',
  id: 'ADU-2025-0042',
  type: 'pengaduan',
  channel: 'lapor_app',
  complainant: {
    name: 'Siti Rahmawati',
    address: 'Jl. Cihampelas No. 12, RT 03/RW 05, Bandung',
    nik: '3273015503850001',
    phone: '0812-3456-7890',
  },
  service: {
    name: 'Penerbitan KTP-el',
    providerName: 'Disdukcapil Kota Bandung',
    description: 'KTP-el belum terbit 45 hari setelah perekaman.',
    receivedOn: '2025-03-10',
  },
  loss: { kind: 'material', description: 'Biaya transport bolak-balik ke kantor Disdukcapil.' },
  requestedRemedy: 'KTP-el diterbitkan dan biaya transport diganti.',
  compensationClaim: { amount: 750_000, description: 'Biaya transport lima kali datang.' },
  submission: { place: 'Bandung', at: '2025-03-27T16:30:00+07:00', signature: { kind: 'electronic' } },
  confidentiality: { anonim: true },
});
if (!parsed.success) throw new Error(parsed.issues.map((i) => i.message).join('; '));
const complaint = parsed.data;

const pengadu = { role: 'complainant', id: 'akun-lapor-88213' } as const;
const admin = { role: 'admin_instansi', id: 'diskominfo-bdg-1' } as const;
const atasan = { role: 'supervisor', id: 'sekda-bdg' } as const;
const dukcapil = { role: 'admin_penghubung', unitId: 'disdukcapil' } as const;
const inspektorat = { role: 'apip', unitId: 'inspektorat' } as const;

console.log('Pengaduan ADU-2025-0042: UU 25/2009 + SP4N-LAPOR!, zona WIB');

const started = startComplaint(
  {
    type: 'complaint.submitted',
    at: '2025-03-27T16:30:00+07:00',
    actor: pengadu,
    data: { serviceReceivedOn: '2025-03-10', complaintType: 'pengaduan' },
  },
  options,
);
report(`Pengaduan masuk ${waktu('2025-03-27T16:30:00+07:00')}`, started);
snapshot = started.snapshot;
const wake = { at: started.wakeUpAt };

const steps: [string, ComplaintEvent][] = [
  [
    'Tanda terima otomatis',
    {
      type: 'complaint.received',
      at: '2025-03-27T16:31:00+07:00',
      actor: { role: 'system' },
      data: { receiptNumber: 'LAPOR-2025-0042' },
    },
  ],
  [
    'Selesai libur Lebaran: berkas dinyatakan tidak lengkap',
    {
      type: 'file.declared_incomplete',
      at: '2025-04-14T09:00:00+07:00',
      actor: admin,
      data: { missing: ['fotokopi bukti perekaman KTP-el'] },
    },
  ],
  [
    'Pengadu melengkapi berkas',
    { type: 'file.completed', at: '2025-04-16T10:00:00+07:00', actor: pengadu, data: {} },
  ],
  [
    'Berkas dinyatakan lengkap',
    { type: 'file.declared_complete', at: '2025-04-16T14:00:00+07:00', actor: admin, data: {} },
  ],
  [
    'Disposisi ke Disdukcapil',
    {
      type: 'complaint.dispositioned',
      at: '2025-04-16T15:00:00+07:00',
      actor: admin,
      data: { unitId: 'disdukcapil', unitKind: 'opd', unitName: 'Disdukcapil Kota Bandung' },
    },
  ],
  [
    'Disposisi ke Inspektorat (dugaan pungutan)',
    {
      type: 'complaint.dispositioned',
      at: '2025-04-16T15:05:00+07:00',
      actor: admin,
      data: { unitId: 'inspektorat', unitKind: 'apip', unitName: 'Inspektorat Kota Bandung' },
    },
  ],
  [
    'Tindak lanjut Disdukcapil',
    {
      type: 'followup.posted',
      at: '2025-04-22T11:00:00+07:00',
      actor: dukcapil,
      data: { unitId: 'disdukcapil', summary: 'Blangko tersedia; KTP-el dicetak 23 April.' },
    },
  ],
  [
    'Tindak lanjut Inspektorat',
    {
      type: 'followup.posted',
      at: '2025-04-24T11:00:00+07:00',
      actor: inspektorat,
      data: { unitId: 'inspektorat', summary: 'Tidak ditemukan pungutan.' },
    },
  ],
  [
    'Pengadu membantah: ganti rugi belum dijawab',
    {
      type: 'complainant.replied',
      at: '2025-04-25T08:00:00+07:00',
      actor: pengadu,
      data: { kind: 'dispute', message: 'Tuntutan ganti rugi belum dijawab.' },
    },
  ],
  [
    'Atasan membuka kembali',
    {
      type: 'complaint.reopened',
      at: '2025-04-25T13:00:00+07:00',
      actor: atasan,
      data: { reason: 'Tuntutan ganti rugi belum diputus.' },
    },
  ],
  [
    'Pemeriksaan dimulai',
    { type: 'examination.started', at: '2025-04-28T09:00:00+07:00', actor: admin, data: {} },
  ],
  [
    'Keputusan dengan ganti rugi',
    {
      type: 'decision.made',
      at: '2025-05-20T10:00:00+07:00',
      actor: atasan,
      data: {
        outcome: 'partially_upheld',
        summary: 'Keterlambatan terbukti; biaya transport diganti.',
        compensation: { amount: 750_000, dueOn: '2025-06-30' },
      },
    },
  ],
  [
    'Keputusan disampaikan',
    { type: 'decision.notified', at: '2025-05-22T10:00:00+07:00', actor: admin, data: { channel: 'surat' } },
  ],
  [
    'Ganti rugi dibayar',
    { type: 'compensation.paid', at: '2025-06-10T10:00:00+07:00', actor: admin, data: { amount: 750_000 } },
  ],
];

for (const [title, event] of steps) deliver(event, title, wake);

// A late event is refused with its reason, and nothing changes.
try {
  applyEvent(
    snapshot,
    {
      type: 'complainant.replied',
      at: '2025-06-11T09:00:00+07:00',
      actor: pengadu,
      data: { kind: 'comment' },
    },
    options,
  );
} catch (error) {
  if (!(error instanceof TransitionRefusedError)) throw error;
  console.log(`\n✗ ditolak (${error.details.reason}): ${error.text.id}`);
}

// Confidentiality: the same complaint as the public and as the Disdukcapil see it.
const publik = viewComplaint(snapshot, complaint, 'public');
const terlapor = viewComplaint(snapshot, complaint, 'terlapor');
console.log(
  '\nTampilan publik: pengadu =',
  JSON.stringify(publik.complainant),
  '| layanan =',
  publik.report?.service.name,
);
console.log(
  'Tampilan terlapor: pengadu =',
  JSON.stringify(terlapor.complainant),
  '| tuntutan =',
  terlapor.report?.requestedRemedy,
);
console.log(
  'Nama pengadu terlihat oleh terlapor?',
  JSON.stringify(terlapor).includes('Siti Rahmawati') ? 'ya' : 'tidak',
);

// Persistence: store as JSON, restore (deadlines are recomputed, not trusted), same state.
const stored = JSON.stringify(snapshot);
const restored = restoreSnapshot(JSON.parse(stored), { policy, verify: 'replay' });
console.log(
  `\nDisimpan ${stored.length} byte JSON, dipulihkan ke status ${restored.value}; ` +
    `riwayat ${restored.context.history.length} peristiwa, kalender ${restored.context.deadlines.calendar.dataVersion}.`,
);
