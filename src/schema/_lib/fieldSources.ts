import type { LegalSource } from '../../rules/types.js';

const uu25 = (article: string): LegalSource =>
  Object.freeze({ instrument: 'UU 25/2009', article, status: 'verified' as const });
const permendagri8 = (article: string): LegalSource =>
  Object.freeze({ instrument: 'Permendagri 8/2023', article, status: 'verified' as const });

const P42_1 = uu25('Pasal 42 ayat (1)');
const P42_3A = uu25('Pasal 42 ayat (3) huruf a');
const P42_3B = uu25('Pasal 42 ayat (3) huruf b');
const P42_3C = uu25('Pasal 42 ayat (3) huruf c');
const P42_3D = uu25('Pasal 42 ayat (3) huruf d');
const P42_4 = uu25('Pasal 42 ayat (4)');
const P44_2A = uu25('Pasal 44 ayat (2) huruf a');
const P44_2B = uu25('Pasal 44 ayat (2) huruf b');
const P44_2C = uu25('Pasal 44 ayat (2) huruf c');
const P44_2D = uu25('Pasal 44 ayat (2) huruf d');
const P50_3 = uu25('Pasal 50 ayat (3)');

/**
 * The article behind each field that the law requires or defines, by the field's scoped path
 * (`<record>.<path without list positions>`). Messages about these fields quote the article; fields
 * the law does not speak of have no entry. Only articles read in the law's own text are cited here.
 */
export const FIELD_SOURCES: ReadonlyMap<string, LegalSource> = new Map<string, LegalSource>([
  ['complaint.complainant', P42_3A],
  ['complaint.complainant.kind', permendagri8('Pasal 1 angka 5')],
  ['complaint.complainant.name', P42_3A],
  ['complaint.complainant.address', P42_3A],
  ['complaint.representative', P42_1],
  ['complaint.representative.name', P42_1],
  ['complaint.representative.powerOfAttorney', P42_1],
  ['complaint.representative.powerOfAttorney.reference', P42_1],
  ['complaint.service.description', P42_3B],
  ['complaint.service.receivedOn', uu25('Pasal 42 ayat (2)')],
  ['complaint.loss', P42_3B],
  ['complaint.loss.kind', P42_3B],
  ['complaint.loss.description', P42_3B],
  ['complaint.requestedRemedy', P42_3C],
  ['complaint.submission', P42_3D],
  ['complaint.submission.place', P42_3D],
  ['complaint.submission.at', P42_3D],
  ['complaint.submission.signature', P42_3D],
  ['complaint.submission.signature.kind', P42_3D],
  ['complaint.compensationClaim', P42_4],
  ['complaint.compensationClaim.amount', P42_4],
  ['complaint.compensationClaim.description', uu25('Pasal 48 ayat (4)')],
  ['complaint.attachments', uu25('Pasal 43 ayat (1)')],
  ['complaint.confidentiality.identityConfidential', uu25('Pasal 42 ayat (5)')],
  ['complaint.source', uu25('Pasal 36 ayat (2)')],
  ['complaint.classification', permendagri8('Pasal 1 angka 3 dan 4')],
  ['receipt.number', uu25('Pasal 44 ayat (1)')],
  ['receipt.complainant', P44_2A],
  ['receipt.complainant.name', P44_2A],
  ['receipt.complainant.address', P44_2A],
  ['receipt.serviceDescription', P44_2B],
  ['receipt.place', P44_2C],
  ['receipt.receivedAt', P44_2C],
  ['receipt.officer', P44_2D],
  ['receipt.officer.name', P44_2D],
  ['receipt.officer.signature', P44_2D],
  ['decision.outcome', uu25('Pasal 50 ayat (1)')],
  ['decision.compensation', P50_3],
  ['decision.compensation.amount', P50_3],
  ['decision.compensation.dueOn', P50_3],
  ['event.data.serviceReceivedOn', uu25('Pasal 42 ayat (2)')],
  ['event.data.classification', permendagri8('Pasal 1 angka 3 dan 4')],
  ['event.data.missing', uu25('Pasal 44 ayat (3)')],
  ['event.data.receivedByComplainantAt', uu25('Pasal 44 ayat (4)')],
  ['event.data.compensation', P50_3],
  ['event.data.compensation.amount', P50_3],
  ['event.data.compensation.dueOn', P50_3],
  ['classificationFacts.subject', permendagri8('Pasal 1 angka 4')],
  ['classificationFacts.misconduct', permendagri8('Pasal 1 angka 4')],
]);
