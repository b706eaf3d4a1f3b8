import type { LegalSource } from '../rules/types.js';
import { SOURCES } from './_lib/sources.js';
import type { ComplaintState, StateInfo } from './types.js';

function state(info: Omit<StateInfo, 'sources'> & { readonly sources?: readonly LegalSource[] }): StateInfo {
  return Object.freeze({
    ...info,
    sources: Object.freeze([...(info.sources ?? [info.source])]),
    crosswalk: Object.freeze({ ...info.crosswalk }),
  });
}

/**
 * Every state of the complaint lifecycle with its labels, category, legal source and crosswalk to
 * SP4N-LAPOR! and Open311, in lifecycle order. The machine carries the same objects as state `meta`.
 *
 * @example
 * ```ts
 * import { COMPLAINT_STATES } from 'pengaduan/machine';
 * COMPLAINT_STATES.awaitingCompletion.label.id;
 * //=> 'Menunggu kelengkapan berkas'
 * COMPLAINT_STATES.awaitingCompletion.source.article;
 * //=> 'Pasal 44 ayat (4)'
 * ```
 * @see UU 25/2009 Pasal 42-50; SP4N-LAPOR! (Verifikasi, Tunda, Bukan Wewenang, Arsipkan)
 */
export const COMPLAINT_STATES: Readonly<Record<ComplaintState, StateInfo>> = Object.freeze({
  submitted: state({
    id: 'submitted',
    label: { id: 'Diajukan', en: 'Submitted' },
    description: {
      id: 'Pengaduan masuk dan menunggu tanda terima.',
      en: 'The complaint came in and waits for its receipt.',
    },
    category: 'open',
    final: false,
    source: SOURCES.filing,
    crosswalk: { sp4nLapor: 'Belum terverifikasi', open311: 'open' },
  }),
  screening: state({
    id: 'screening',
    label: { id: 'Penelaahan', en: 'Screening' },
    description: {
      id: 'Tanda terima sudah diberikan; pengaduan diseleksi, ditelaah dan diklasifikasi, dan kelengkapannya ditanggapi paling lambat 14 hari.',
      en: 'The receipt was issued; the complaint is selected, examined and classified, and its completeness must be answered within 14 days.',
    },
    category: 'open',
    final: false,
    source: SOURCES.screening,
    crosswalk: { sp4nLapor: 'Belum terverifikasi (verifikasi)', open311: 'open' },
  }),
  awaitingCompletion: state({
    id: 'awaitingCompletion',
    label: { id: 'Menunggu kelengkapan berkas', en: 'Waiting for the complainant to complete the file' },
    description: {
      id: 'Materi aduan tidak lengkap; pengadu melengkapinya paling lambat 30 hari sejak menerima tanggapan, jika tidak pengadu dianggap mencabut pengaduannya.',
      en: 'The file is incomplete; the complainant completes it within 30 days of receiving the response, otherwise the complaint is deemed withdrawn.',
    },
    category: 'waiting_complainant',
    final: false,
    source: SOURCES.completion,
    crosswalk: { sp4nLapor: 'Tunda (menunggu informasi pelapor)', open311: 'open' },
  }),
  onHold: state({
    id: 'onHold',
    label: { id: 'Ditunda', en: 'On hold' },
    description: {
      id: 'Penanganan ditunda dengan alasan yang dicatat (Tunda), lalu dilanjutkan ke penelaahan.',
      en: 'Handling is put on hold with a recorded reason (Tunda), then resumed to screening.',
    },
    category: 'open',
    final: false,
    source: SOURCES.hold,
    crosswalk: { sp4nLapor: 'Tunda', open311: 'open' },
  }),
  referred: state({
    id: 'referred',
    label: { id: 'Bukan wewenang, dirujuk', en: 'Not our authority, referred' },
    description: {
      id: 'Pengaduan bukan wewenang penyelenggara ini dan dirujuk ke instansi yang berwenang.',
      en: 'The complaint is not this provider’s authority and was referred to the competent agency.',
    },
    category: 'closed',
    final: true,
    source: SOURCES.notOurAuthority,
    crosswalk: { sp4nLapor: 'Bukan Wewenang', open311: 'closed' },
  }),
  archived: state({
    id: 'archived',
    label: { id: 'Diarsipkan', en: 'Archived' },
    description: {
      id: 'Diarsipkan dengan alasan: di luar ruang lingkup, duplikat, spam, bukan pengaduan, atau lainnya.',
      en: 'Archived with a reason: out of scope, duplicate, spam, not a complaint, or other.',
    },
    category: 'closed',
    final: true,
    source: SOURCES.archive,
    crosswalk: { sp4nLapor: 'Arsipkan', open311: 'closed' },
  }),
  fileComplete: state({
    id: 'fileComplete',
    label: { id: 'Berkas lengkap', en: 'File complete' },
    description: {
      id: 'Berkas dinyatakan lengkap; batas 60 hari untuk memutuskan mulai berjalan. Menunggu disposisi atau pemeriksaan.',
      en: 'The file was declared complete; the 60-day decision limit runs. Waits for disposition or examination.',
    },
    category: 'open',
    final: false,
    source: SOURCES.fileComplete,
    crosswalk: { sp4nLapor: 'Terverifikasi', open311: 'open' },
  }),
  dispositioned: state({
    id: 'dispositioned',
    label: { id: 'Didisposisikan', en: 'Dispositioned' },
    description: {
      id: 'Diteruskan ke satu atau lebih unit (OPD, atau APIP untuk pengaduan berkadar pengawasan) untuk ditindaklanjuti.',
      en: 'Sent to one or more units (OPD, or APIP for berkadar pengawasan complaints) for follow-up.',
    },
    category: 'open',
    final: false,
    source: SOURCES.disposition,
    crosswalk: { sp4nLapor: 'Terdisposisi', open311: 'open' },
  }),
  examination: state({
    id: 'examination',
    label: { id: 'Pemeriksaan', en: 'Examination' },
    description: {
      id: 'Penyelenggara memeriksa materi aduan dan wajib menjaga kerahasiaan.',
      en: 'The provider examines the complaint and must keep it confidential.',
    },
    category: 'open',
    final: false,
    source: SOURCES.examination,
    crosswalk: { sp4nLapor: 'Ditindaklanjuti', open311: 'open' },
  }),
  decided: state({
    id: 'decided',
    label: { id: 'Diputuskan', en: 'Decided' },
    description: {
      id: 'Hasil pemeriksaan diputuskan; keputusan wajib disampaikan kepada pengadu paling lambat 14 hari.',
      en: 'The examination was decided; the decision must reach the complainant within 14 days.',
    },
    category: 'open',
    final: false,
    source: SOURCES.decision,
    crosswalk: { sp4nLapor: 'Ditindaklanjuti', open311: 'open' },
  }),
  awaitingCompensation: state({
    id: 'awaitingCompensation',
    label: { id: 'Menunggu pembayaran ganti rugi', en: 'Waiting for compensation' },
    description: {
      id: 'Keputusan memberikan ganti rugi; aduan selesai setelah ganti rugi dibayar.',
      en: 'The decision grants compensation; the complaint is settled once it is paid.',
    },
    category: 'open',
    final: false,
    source: SOURCES.compensation,
    crosswalk: { sp4nLapor: 'Ditindaklanjuti', open311: 'open' },
  }),
  settled: state({
    id: 'settled',
    label: { id: 'Selesai, ganti rugi dibayar', en: 'Settled, compensation paid' },
    description: {
      id: 'Dengan dibayarkannya ganti rugi, aduan dinyatakan selesai.',
      en: 'With the compensation paid, the complaint is finished.',
    },
    category: 'closed',
    final: true,
    source: SOURCES.settled,
    crosswalk: { sp4nLapor: 'Selesai', open311: 'closed' },
  }),
  awaitingFeedback: state({
    id: 'awaitingFeedback',
    label: { id: 'Ditindaklanjuti, menunggu tanggapan', en: 'Answered, waiting for a reply' },
    description: {
      id: 'Tindak lanjut atau keputusan sudah disampaikan; pengadu dapat menerima atau membantah. Tanpa balasan, aduan dianggap selesai setelah batas kebijakan (SP4N-LAPOR!: 10 hari kerja sejak tindak lanjut atau pemberitahuan keputusan). UU 25/2009 sendiri tidak memberi batas: tanpa kebijakan SP4N-LAPOR! aduan menunggu pengadu, atau ditutup atasan dengan alasan.',
      en: 'The follow-up or decision was delivered; the complainant may accept or dispute it. Without a reply the complaint is deemed finished after the policy’s limit (SP4N-LAPOR!: 10 hari kerja from the follow-up or the notified decision). UU 25/2009 itself sets no limit: without the SP4N-LAPOR! policy the complaint waits for the complainant, or a supervisor closes it with a reason.',
    },
    category: 'resolved',
    final: false,
    source: SOURCES.awaitingFeedback,
    crosswalk: { sp4nLapor: 'Ditindaklanjuti (menunggu tanggapan)', open311: 'open' },
  }),
  disputed: state({
    id: 'disputed',
    label: { id: 'Dibantah pengadu', en: 'Disputed' },
    description: {
      id: 'Pengadu membantah jawaban; penanganan dibuka kembali, dijawab, atau ditutup oleh atasan dengan alasan.',
      en: 'The complainant disputes the answer; it is reopened, answered, or closed by a supervisor with a reason.',
    },
    category: 'open',
    final: false,
    source: SOURCES.dispute,
    crosswalk: { sp4nLapor: 'Ditindaklanjuti (balasan pelapor)', open311: 'open' },
  }),
  closed: state({
    id: 'closed',
    label: { id: 'Selesai', en: 'Closed' },
    description: {
      id: 'Ditutup: diterima pengadu, tanpa balasan sampai batas waktu, atau ditutup atasan dengan alasan.',
      en: 'Closed: accepted by the complainant, no reply within the limit, or closed by a supervisor with a reason.',
    },
    category: 'closed',
    final: true,
    source: SOURCES.closedNoReply,
    sources: [SOURCES.closedNoReply, SOURCES.closedAccepted, SOURCES.closedAdministrative],
    crosswalk: { sp4nLapor: 'Selesai', open311: 'closed' },
  }),
  withdrawn: state({
    id: 'withdrawn',
    label: { id: 'Dicabut', en: 'Withdrawn' },
    description: {
      id: 'Dicabut oleh pengadu, atau dianggap dicabut karena berkas tidak dilengkapi dalam 30 hari.',
      en: 'Withdrawn by the complainant, or deemed withdrawn because the file was not completed within 30 days.',
    },
    category: 'closed',
    final: true,
    source: SOURCES.deemedWithdrawn,
    crosswalk: { sp4nLapor: 'Selesai (dicabut)', open311: 'closed' },
  }),
});

/** The state ids in lifecycle order. */
export const COMPLAINT_STATE_IDS = Object.freeze(Object.keys(COMPLAINT_STATES) as ComplaintState[]);
