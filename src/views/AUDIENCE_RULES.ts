import type { LegalSource } from '../rules/types.js';
import type { Audience, AudienceRules } from './types.js';

const ANONIM_RAHASIA: LegalSource = Object.freeze({
  instrument: 'SP4N-LAPOR! (materi Bimtek; tesis UI tentang LAPOR!)',
  article: 'Anonim dan Rahasia',
  status: 'practice',
  note: 'Anonim: identity not known to the terlapor or the public, report public. Rahasia: report not accessible to the public. Identity is still collected for verification.',
});

/**
 * What each audience sees of a complaint: the rules `projectComplaint` applies, as data.
 *
 * - `public`: the report unless *rahasia*; never contact details, evidence files or messages; the
 *   name only with `publicIdentity: 'name_unless_hidden'` and neither *anonim* nor confidential.
 * - `terlapor`: the report (to answer it, even when *rahasia*); the name unless *anonim* or
 *   confidential (Pasal 42(5)); never contact details; evidence only when the identity is not hidden.
 * - `complainant`: everything about their own complaint.
 * - `handler`: everything: identity is needed to verify and answer (SP4N-LAPOR! collects it even for
 *   *anonim* reports), and handlers are bound by Pasal 49(1).
 * - `opd_staff`: staff of the unit a complaint was dispositioned to: the report, replies and deadlines;
 *   the name and evidence only when the identity is not hidden; never contact details or account ids.
 * - `supervisor`: the report and handling, the name unless hidden, no contact details (need to know);
 *   evidence files and the complainant's account ids only when the identity is not hidden, unless the
 *   host passes `supervisorEvidence: 'always'`.
 *
 * @see UU 25/2009 Pasal 42 ayat (5), Pasal 49 ayat (1); SP4N-LAPOR! *anonim* and *rahasia*
 */
export const AUDIENCE_RULES: Readonly<Record<Audience, AudienceRules>> = Object.freeze({
  public: Object.freeze({
    content: 'unless_rahasia',
    name: 'never',
    contact: false,
    attachments: 'never',
    messages: false,
    actorIds: false,
    timeline: 'public',
    deadlines: 'none',
    source: ANONIM_RAHASIA,
    note: Object.freeze({
      id: 'Nama tidak pernah ditampilkan kecuali dengan opsi publicIdentity: name_unless_hidden.',
      en: 'The name is never shown unless with the option publicIdentity: name_unless_hidden.',
    }),
  }),
  terlapor: Object.freeze({
    content: 'always',
    name: 'unless_hidden',
    contact: false,
    attachments: 'unless_hidden',
    messages: false,
    actorIds: false,
    timeline: 'public',
    deadlines: 'none',
    source: ANONIM_RAHASIA,
    note: Object.freeze({
      id: 'Rahasia menutup laporan dari publik, bukan dari pihak yang harus menjawabnya. UU 25/2009 Pasal 42 ayat (5) dan 49 ayat (1).',
      en: 'Rahasia closes the report to the public, not to the party that must answer it. UU 25/2009 Pasal 42(5) and 49(1).',
    }),
  }),
  complainant: Object.freeze({
    content: 'always',
    name: 'always',
    contact: true,
    attachments: 'always',
    messages: true,
    actorIds: false,
    timeline: 'full',
    deadlines: 'open',
    source: Object.freeze({
      instrument: 'UU 25/2009',
      article: 'Pasal 18 huruf c',
      status: 'verified',
      note: 'The right to a response to one’s complaint.',
    }),
    note: Object.freeze({
      id: 'Pengadu melihat seluruh pengaduannya sendiri dan batas waktu yang masih berjalan.',
      en: 'The complainant sees all of their own complaint and the deadlines still running.',
    }),
  }),
  opd_staff: Object.freeze({
    content: 'always',
    name: 'unless_hidden',
    contact: false,
    attachments: 'unless_hidden',
    messages: true,
    actorIds: false,
    timeline: 'full',
    deadlines: 'all',
    source: Object.freeze({
      instrument: 'SP4N-LAPOR! (materi Bimtek; tesis UI tentang LAPOR!)',
      article: 'Anonim dan Rahasia; disposisi ke unit kerja',
      status: 'inferred',
      note: 'A unit that follows a complaint up needs the report, the dialogue and its deadlines; verifying the complainant is the admin’s task, so the unit gets no contact details and no hidden identity.',
    }),
    note: Object.freeze({
      id: 'Staf OPD tujuan disposisi melihat laporan, penanganan dan batas waktunya, tanpa data kontak dan tanpa identitas yang dirahasiakan.',
      en: 'Staff of the OPD the complaint was dispositioned to see the report, its handling and deadlines, without contact details or hidden identity.',
    }),
  }),
  handler: Object.freeze({
    content: 'always',
    name: 'always',
    contact: true,
    attachments: 'always',
    messages: true,
    actorIds: true,
    timeline: 'full',
    deadlines: 'all',
    source: Object.freeze({
      instrument: 'UU 25/2009',
      article: 'Pasal 49 ayat (1)',
      status: 'verified',
      note: 'Handlers keep the examination confidential; SP4N-LAPOR! collects identity for verification (practice).',
    }),
    note: Object.freeze({
      id: 'Berikan tampilan terlapor, bukan handler, kepada staf unit yang menjadi pihak teradu.',
      en: 'Give staff of a unit that is itself complained about the terlapor view, not the handler view.',
    }),
  }),
  supervisor: Object.freeze({
    content: 'always',
    name: 'unless_hidden',
    contact: false,
    attachments: 'unless_hidden',
    messages: true,
    actorIds: true,
    timeline: 'full',
    deadlines: 'all',
    source: Object.freeze({
      instrument: 'UU 25/2009',
      article: 'Pasal 42 ayat (5), Pasal 49 ayat (1)',
      status: 'inferred',
      note: 'Oversight needs the handling and deadlines, not the complainant’s contact details.',
    }),
    note: Object.freeze({
      id: 'Atasan mengawasi penanganan dan batas waktu tanpa data kontak pengadu; lampiran dan id akun pengadu yang identitasnya dirahasiakan hanya dengan opsi supervisorEvidence: always.',
      en: 'Supervisors oversee handling and deadlines without the complainant’s contact details; attachments and account ids of a complainant whose identity is hidden only with the option supervisorEvidence: always.',
    }),
  }),
});
