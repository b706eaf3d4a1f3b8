import type { LocalizedText } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import { INTEROP_SOURCES as S } from './_lib/sources.js';

/** The statuses a SP4N-LAPOR! integration sees, as keys. */
export type LaporStatus =
  | 'belum_terverifikasi'
  | 'terverifikasi'
  | 'didisposisi'
  | 'ditindaklanjuti'
  | 'selesai'
  | 'diarsipkan'
  | 'ditunda';

/** One SP4N-LAPOR! status with its label and basis. */
export interface LaporStatusInfo {
  /** The status, as SP4N-LAPOR! names it (`'didisposisi'` …). */
  readonly id: LaporStatus;
  /** Its label, in Bahasa Indonesia and English. */
  readonly label: LocalizedText;
  /** Where the status is defined. */
  readonly source: LegalSource;
}

function status(id: LaporStatus, label: LocalizedText, source: LegalSource): LaporStatusInfo {
  return Object.freeze({ id, label: Object.freeze(label), source });
}

/**
 * The statuses of a report in SP4N-LAPOR!, in the order a report meets them. No official list with
 * definitions was found (research-2026-12 §5): the labels are those LAPOR! shows, and *ditunda* is the
 * admin action *Tunda* of the LAPOR! V3 guide.
 *
 * @see regulations.md §4.4, §10; research-2026-12.md §5
 */
export const LAPOR_STATUSES: Readonly<Record<LaporStatus, LaporStatusInfo>> = Object.freeze({
  belum_terverifikasi: status(
    'belum_terverifikasi',
    { id: 'Belum terverifikasi', en: 'Not yet verified' },
    S.laporLabels,
  ),
  terverifikasi: status('terverifikasi', { id: 'Terverifikasi', en: 'Verified' }, S.laporVerify),
  didisposisi: status('didisposisi', { id: 'Didisposisi', en: 'Dispositioned' }, S.laporDisposition),
  ditindaklanjuti: status(
    'ditindaklanjuti',
    { id: 'Ditindaklanjuti', en: 'Being followed up' },
    S.laporFollowUp,
  ),
  selesai: status('selesai', { id: 'Selesai', en: 'Finished' }, S.laporDone),
  diarsipkan: status('diarsipkan', { id: 'Diarsipkan', en: 'Archived' }, S.laporArchive),
  ditunda: status('ditunda', { id: 'Ditunda', en: 'On hold' }, S.laporHold),
});

/** The LAPOR! status keys, in order. */
export const LAPOR_STATUS_IDS = Object.freeze(Object.keys(LAPOR_STATUSES) as LaporStatus[]);
