import type { LocalizedText } from '../../i18n/types.js';

// The public timeline carries reason codes (`duplicate`, `no_reply`); a status note shows words.
const REASONS: Readonly<Record<string, LocalizedText>> = {
  // complaint.archived
  out_of_scope: { id: 'di luar ruang lingkup', en: 'out of scope' },
  duplicate: { id: 'duplikat pengaduan lain', en: 'a duplicate of another complaint' },
  spam: { id: 'spam', en: 'spam' },
  not_a_complaint: { id: 'bukan pengaduan', en: 'not a complaint' },
  other: { id: 'alasan lain', en: 'another reason' },
  // complaint.closed
  accepted: { id: 'diterima pengadu', en: 'accepted by the complainant' },
  no_reply: { id: 'tanpa balasan sampai batas waktu', en: 'no reply within the limit' },
  settled: { id: 'ganti rugi dibayar', en: 'compensation paid' },
  administrative: { id: 'ditutup oleh atasan', en: 'closed by a supervisor' },
  // complaint.withdrawn
  by_complainant: { id: 'dicabut pengadu', en: 'withdrawn by the complainant' },
  deemed_lapsed: {
    id: 'dianggap dicabut: berkas tidak dilengkapi dalam batas waktu',
    en: 'deemed withdrawn: the file was not completed in time',
  },
};

const CODED = new Set(['complaint.archived', 'complaint.closed', 'complaint.withdrawn']);

/** The words for a public timeline text: a reason code in words, any other text as it is. */
export function publicText(type: string, text: string, locale: 'id' | 'en'): string {
  return CODED.has(type) && Object.hasOwn(REASONS, text) ? (REASONS[text] as LocalizedText)[locale] : text;
}
