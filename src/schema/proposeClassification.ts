import { z } from 'zod';
import { en } from '../i18n/en.js';
import { id } from '../i18n/id.js';
import {
  ALLEGED_MISCONDUCTS,
  type AllegedMisconduct,
  COMPLAINT_SUBJECTS,
  type ComplaintSubject,
} from '../i18n/keys.js';
import type { Messages } from '../i18n/Messages.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import type { Classification } from './ClassificationSchema.js';
import { parseWith } from './parseWith.js';

/** The facts a classification is proposed from: who is complained about and what they allegedly did. */
export interface ClassificationFacts {
  /** Who is complained about (see `ComplaintSubject`). */
  readonly subject: ComplaintSubject;
  /** What they allegedly did (see `AllegedMisconduct`). */
  readonly misconduct: AllegedMisconduct;
}

/** The schema of `ClassificationFacts`, for validating them from a form. */
export const ClassificationFactsSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** Who is complained about (see `ComplaintSubject`). */
    subject: z.enum(COMPLAINT_SUBJECTS),
    /** What they allegedly did (see `AllegedMisconduct`). */
    misconduct: z.enum(ALLEGED_MISCONDUCTS),
  }),
  'classificationFacts',
);

/** Options of `proposeClassification`. */
export interface ProposeClassificationOptions {
  /**
   * What to propose when the subject or the misconduct is `unknown`: `'needs_review'` (default) leaves
   * the decision to an officer; `'berkadar_pengawasan'` sends doubtful complaints to the inspectorate,
   * for hosts that prefer to err on the side of supervision.
   */
  readonly whenUnknown?: 'needs_review' | 'berkadar_pengawasan';
}

/** Whether one element of Permendagri 8/2023 Pasal 1 angka 4 is met. */
export type ElementTest = 'met' | 'not_met' | 'unknown';

/** A proposed classification, with both tests, the reason in both languages and the source. */
export interface ClassificationProposal {
  /** The class proposed, or `'needs_review'` when a test is `unknown` (see `whenUnknown`). */
  readonly classification: Classification | 'needs_review';
  /** The subject test: a kepala daerah, wakil, anggota DPRD, ASN or perangkat desa is complained about. */
  readonly subjectTest: ElementTest;
  /** The misconduct test: abuse of authority (penyalahgunaan kewenangan) or violation of law. */
  readonly misconductTest: ElementTest;
  /** Why, in Bahasa Indonesia and English. */
  readonly reason: LocalizedText;
  /** The article the proposal rests on: Permendagri 8/2023 Pasal 1 angka 4 (or angka 3 and 4). */
  readonly source: LegalSource;
}

const BERKADAR_SUBJECTS: ReadonlySet<ComplaintSubject> = new Set<ComplaintSubject>([
  'kepala_daerah',
  'wakil_kepala_daerah',
  'anggota_dprd',
  'asn_kementerian',
  'asn_pemerintah_daerah',
  'perangkat_desa',
]);

const BERKADAR_MISCONDUCTS: ReadonlySet<AllegedMisconduct> = new Set<AllegedMisconduct>([
  'penyalahgunaan_kewenangan',
  'pelanggaran_hukum',
]);

const SOURCE_BERKADAR: LegalSource = Object.freeze({
  instrument: 'Permendagri 8/2023',
  article: 'Pasal 1 angka 4',
  status: 'verified',
});

const SOURCE_TIDAK_BERKADAR: LegalSource = Object.freeze({
  instrument: 'Permendagri 8/2023',
  article: 'Pasal 1 angka 3 dan 4',
  status: 'inferred',
  note:
    'Angka 3 defines a complaint tidak berkadar pengawasan by its content (suggestions, constructive ' +
    'criticism); a complaint that fails the angka 4 test is proposed as tidak berkadar pengawasan by elimination.',
});

const SOURCE_REVIEW: LegalSource = Object.freeze({
  instrument: 'Permendagri 8/2023',
  article: 'Pasal 1 angka 3 dan 4',
  status: 'verified',
  note: 'Both elements of angka 4 must be known to classify.',
});

function test<T>(value: T, unknown: T, members: ReadonlySet<T>): ElementTest {
  if (value === unknown) return 'unknown';
  return members.has(value) ? 'met' : 'not_met';
}

function reasonIn(
  messages: Messages,
  facts: ClassificationFacts,
  subjectTest: ElementTest,
  misconductTest: ElementTest,
): string {
  const subject = messages.subjects[facts.subject];
  const misconduct = messages.misconducts[facts.misconduct];
  const texts = messages.classification;
  // The element that fails decides the wording, even when the other one is unknown.
  if (subjectTest === 'not_met' && misconductTest === 'not_met') return texts.neither(subject, misconduct);
  if (misconductTest === 'not_met') return texts.subjectOnly(subject, misconduct);
  if (subjectTest === 'not_met') return texts.misconductOnly(subject, misconduct);
  if (subjectTest === 'met' && misconductTest === 'met') return texts.berkadar(subject, misconduct);
  const parts: string[] = [];
  if (subjectTest === 'unknown') parts.push(texts.subjectPart);
  if (misconductTest === 'unknown') parts.push(texts.misconductPart);
  return texts.needsReview(parts);
}

/**
 * Proposes the class of a complaint under Permendagri 8/2023 Pasal 1 angka 3-4. A complaint is
 * *berkadar pengawasan* only when both elements of angka 4 are met: the subject (a kepala daerah,
 * wakil kepala daerah, anggota DPRD, ASN of the Ministry or a regional government, or perangkat desa)
 * AND the misconduct (penyalahgunaan kewenangan or pelanggaran hukum). Corruption "as such", or a
 * service complaint against an institution, does not make a complaint berkadar pengawasan. It is a
 * proposal for an officer to confirm, with the reason in both languages.
 *
 * @param facts - who is complained about and what they allegedly did
 * @param options - what to propose when an element is unknown (default `'needs_review'`)
 * @returns the proposal with both tests, the reason and the source
 * @throws {SchemaValidationError} when `facts` holds a subject or misconduct this function does not know
 * @see Permendagri 8/2023 Pasal 1 angka 3 dan 4
 * @example
 * import { proposeClassification } from 'pengaduan/schema';
 * proposeClassification({ subject: 'perangkat_desa', misconduct: 'penyalahgunaan_kewenangan' }).classification;
 * //=> 'berkadar_pengawasan'
 * proposeClassification({ subject: 'institution', misconduct: 'pelanggaran_hukum' }).classification;
 * //=> 'tidak_berkadar_pengawasan' (no official named: the subject test fails)
 */
export function proposeClassification(
  facts: ClassificationFacts,
  options: ProposeClassificationOptions = {},
): ClassificationProposal {
  // Facts often come straight from a form; check them rather than trust the static type.
  parseWith(ClassificationFactsSchema, facts, { scope: 'classificationFacts' });
  const whenUnknown = options.whenUnknown ?? 'needs_review';
  if (whenUnknown !== 'needs_review' && whenUnknown !== 'berkadar_pengawasan') {
    parseWith(z.enum(['needs_review', 'berkadar_pengawasan']), whenUnknown);
  }
  const subjectTest = test(facts.subject, 'unknown', BERKADAR_SUBJECTS);
  const misconductTest = test(facts.misconduct, 'unknown', BERKADAR_MISCONDUCTS);
  const reason = Object.freeze({
    id: reasonIn(id, facts, subjectTest, misconductTest),
    en: reasonIn(en, facts, subjectTest, misconductTest),
  });

  let classification: ClassificationProposal['classification'];
  let source: LegalSource;
  if (subjectTest === 'unknown' || misconductTest === 'unknown') {
    // Unknown only counts when the other element does not already rule berkadar pengawasan out.
    const ruledOut = subjectTest === 'not_met' || misconductTest === 'not_met';
    if (ruledOut) {
      classification = 'tidak_berkadar_pengawasan';
      source = SOURCE_TIDAK_BERKADAR;
    } else {
      classification = whenUnknown;
      source = SOURCE_REVIEW;
    }
  } else if (subjectTest === 'met' && misconductTest === 'met') {
    classification = 'berkadar_pengawasan';
    source = SOURCE_BERKADAR;
  } else {
    classification = 'tidak_berkadar_pengawasan';
    source = SOURCE_TIDAK_BERKADAR;
  }
  return Object.freeze({ classification, subjectTest, misconductTest, reason, source });
}
