import type { LegalSource } from '../../rules/types.js';

// The legal basis of every state, permission and effect of the lifecycle, as data. Statuses follow
// `rules/types.ts`: `verified` = read in the instrument's own text; `practice` = documented operating
// practice (SP4N-LAPOR! app, FAQ, admin guide, agency SOPs); `inferred` = our reading where no text
// was found. The research behind each is in the project's domain brief (regulations.md §1, §4, §7, §9).

const UU25 = 'UU 25/2009';
const LAPOR_GUIDE = 'SP4N-LAPOR! (Pengelolaan Laporan di Situs LAPOR! V3)';
const LAPOR_APP = 'SP4N-LAPOR! (KemenPANRB; FAQ LAPOR!)';
const LAPOR_SOP = 'SP4N-LAPOR! (agency SOPs: admin instansi, admin penghubung)';

function source(
  instrument: string,
  article: string,
  status: LegalSource['status'],
  note?: string,
): LegalSource {
  return Object.freeze(
    note === undefined ? { instrument, article, status } : { instrument, article, status, note },
  );
}

export const SOURCES = Object.freeze({
  filing: source(UU25, 'Pasal 42 ayat (1)-(3)', 'verified'),
  receipt: source(UU25, 'Pasal 44 ayat (1)-(2)', 'verified'),
  screening: source(
    UU25,
    'Pasal 44 ayat (3); Penjelasan Pasal 23 ayat (4) huruf e',
    'verified',
    'penyeleksian, penelaahan, dan pengklasifikasian; response on completeness within 14 hari',
  ),
  completion: source(UU25, 'Pasal 44 ayat (4)', 'verified'),
  deemedWithdrawn: source(UU25, 'Pasal 44 ayat (5)', 'verified', 'Penjelasan: pengaduan dinyatakan batal'),
  withdrawnByComplainant: source(
    UU25,
    'Pasal 44 ayat (5)',
    'inferred',
    'The law names withdrawal (mencabut) only as the effect of a lapse; a complainant withdrawing of their own accord is assumed to be possible at any open stage.',
  ),
  hold: source(LAPOR_GUIDE, 'Tunda', 'practice'),
  notOurAuthority: source(
    LAPOR_GUIDE,
    'Bukan Wewenang',
    'practice',
    'Routing to the competent official follows UU 25/2009 Pasal 45 (verified).',
  ),
  archive: source(LAPOR_GUIDE, 'Arsipkan', 'practice'),
  fileComplete: source(UU25, 'Pasal 50 ayat (1)', 'verified', 'berkas pengaduan dinyatakan lengkap'),
  disposition: source(LAPOR_SOP, 'disposisi kepada admin penghubung', 'practice'),
  dispositionApip: source(
    'Permendagri 8/2023',
    'Pasal 1 angka 4 dan 6',
    'inferred',
    'The definitions of berkadar pengawasan and APIP were read; the article that allocates such complaints to APIP was not.',
  ),
  followUp: source(LAPOR_APP, '5 hari kerja tindak lanjut', 'practice'),
  examination: source(UU25, 'Pasal 47-49', 'verified'),
  decision: source(UU25, 'Pasal 50 ayat (1) dan (3)', 'verified'),
  notification: source(UU25, 'Pasal 50 ayat (2) dan (9)', 'verified'),
  compensation: source(UU25, 'Pasal 50 ayat (3), Penjelasan ayat (8)', 'verified'),
  settled: source(
    UU25,
    'Penjelasan Pasal 50 ayat (8)',
    'verified',
    'dengan dibayarkannya ganti rugi, aduan dinyatakan selesai',
  ),
  awaitingFeedback: source(LAPOR_APP, '10 hari kerja tanpa balasan', 'practice'),
  closedNoReply: source(LAPOR_APP, '10 hari kerja tanpa balasan', 'practice', 'Aduan dianggap selesai'),
  closedAccepted: source(
    'Lapor Mas Wapres (LAPOR!-based channel)',
    'tanggapan pelapor atas tindak lanjut',
    'practice',
    'Reported practice: once the complainant agrees with the follow-up, the report is finished.',
  ),
  closedAdministrative: source(
    UU25,
    'Pasal 36 ayat (3)',
    'inferred',
    'No regulation on administrative closure was found; a supervisor closes with a recorded reason.',
  ),
  dispute: source(
    UU25,
    'Pasal 36 ayat (3)',
    'inferred',
    'No regulation on reopening was found; the duty to settle complaints until done (sampai tuntas) is read as allowing a disputed answer to be reopened.',
  ),
  reopen: source(
    UU25,
    'Pasal 36 ayat (3)',
    'inferred',
    'Reopening after a dispute; compare PO 48/2020 Pasal 25 ayat (5a) (re-examination after a substantiated response).',
  ),
  escalation: source(
    UU25,
    'Pasal 18 huruf g-h, 40 ayat (1), 45, 46, 51-53; Pasal 52 ayat (2), 53 ayat (2)',
    'verified',
    'Recorded at any open stage; a suit or report does not suspend the provider’s duties.',
  ),
  breach: source(UU25, 'Pasal 54', 'verified', 'Sanctions for the complaint duties missed'),
  laporIntervention: source(
    'SP4N-LAPOR! (FAQ)',
    'intervensi kepada instansi',
    'practice',
    'LAPOR! intervenes when an agency misses its limits; escalation on breach is a host option.',
  ),
  ombudsmanLhp: source('PO 58/2023', 'Pasal 54 ayat (1)', 'verified'),
  ombudsmanRecommendation: source(
    'UU 37/2008',
    'Pasal 38 ayat (2)-(4)',
    'inferred',
    'Ayat (2) was read as quoted in a secondary source; ayat (3)-(4) in the text.',
  ),
  reply: source(
    LAPOR_APP,
    'balasan dari pelapor maupun administrator',
    'practice',
    'A reply keeps the complaint open; the reset of the 10 hari kerja window is inferred.',
  ),
  timer: source(
    'pengaduan (design)',
    'principle 2: deadlines are computed, not scheduled',
    'inferred',
    'Deadlines are computed from the history; the host delivers sla.tick when nextWakeUp says so.',
  ),
  confidentiality: source(UU25, 'Pasal 49 ayat (1)', 'verified'),
} satisfies Record<string, LegalSource>);
