import type { LegalSource } from '../../rules/types.js';

// The basis of every interop mapping, as data. Statuses follow `rules/types.ts`: `practice` = what a
// documented system does (Open311 spec, FixMyStreet's code, SP4N-LAPOR! guides and app text);
// `inferred` = our reading where no text says it. The research is in the project's domain brief
// (anchors.md §1, §2, §3, §8.1; regulations.md §4; research-2026-12.md §5).

function source(instrument: string, article: string, status: LegalSource['status'], note?: string) {
  return Object.freeze(
    note === undefined ? { instrument, article, status } : { instrument, article, status, note },
  ) as LegalSource;
}

const LAPOR_GUIDE = 'SP4N-LAPOR! (Pengelolaan Laporan di Situs LAPOR! V3)';
const LAPOR_APP = 'SP4N-LAPOR! (KemenPANRB; FAQ LAPOR!)';
const LAPOR_LABELS = 'SP4N-LAPOR! (status labels shown to reporters)';

export const INTEROP_SOURCES = Object.freeze({
  open311Status: source(
    'Open311 GeoReport v2',
    'Service request: status',
    'practice',
    'Only open and closed; richer states go to status_notes or an extension.',
  ),
  fmsExtended: source(
    'FixMyStreet (perllib/Open311.pm)',
    'extended statuses',
    'practice',
    'OPEN, INVESTIGATING, IN_PROGRESS, ACTION_SCHEDULED, FIXED, CLOSED, DUPLICATE, NOT_COUNCILS_RESPONSIBILITY, NO_FURTHER_ACTION, INTERNAL_REFERRAL, FOR_TRIAGE, CANCELLED, REOPEN.',
  ),
  fmsExtendedInferred: source(
    'FixMyStreet (perllib/Open311.pm)',
    'extended statuses',
    'inferred',
    'FixMyStreet has no state for this one; the nearest extended status is chosen.',
  ),
  laporLabels: source(
    LAPOR_LABELS,
    'Belum terverifikasi, Terverifikasi, Didisposisi, Ditindaklanjuti, Selesai, Diarsipkan',
    'inferred',
    'Labels commonly shown by LAPOR! and its integrations (label set unverified); no official list with definitions was found (research-2026-12 §5).',
  ),
  laporVerify: source(LAPOR_GUIDE, 'Verifikasi', 'practice'),
  laporHold: source(LAPOR_GUIDE, 'Tunda', 'practice'),
  laporArchive: source(LAPOR_GUIDE, 'Arsipkan', 'practice'),
  laporNotOurs: source(
    LAPOR_GUIDE,
    'Bukan Wewenang',
    'inferred',
    'LAPOR! has no status of its own for it: the report leaves this agency, which is read as archived here.',
  ),
  laporDisposition: source(
    'SP4N-LAPOR! (agency SOPs: admin instansi, admin penghubung)',
    'disposisi kepada admin penghubung',
    'practice',
  ),
  laporFollowUp: source(LAPOR_APP, '5 hari kerja tindak lanjut', 'practice'),
  laporDone: source(LAPOR_APP, '10 hari kerja tanpa balasan: aduan dianggap selesai', 'practice'),
  laporDoneInferred: source(
    LAPOR_APP,
    'aduan dianggap selesai',
    'inferred',
    'The lifecycle ends here in another way (payment, withdrawal); LAPOR! shows an ended report as selesai.',
  ),
  laporWorkInferred: source(
    LAPOR_LABELS,
    'Ditindaklanjuti',
    'inferred',
    'The provider is working on the report under UU 25/2009 (examination, decision, compensation, a dispute); LAPOR! shows that as ditindaklanjuti.',
  ),
  laporResume: source(
    LAPOR_GUIDE,
    'Tunda',
    'inferred',
    'A report leaves Tunda when the reporter completes it or the admin resumes it: back to verification.',
  ),
});
