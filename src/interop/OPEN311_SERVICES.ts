import type { LocalizedText } from '../i18n/types.js';
import { CLASSIFICATIONS, type Classification } from '../schema/ClassificationSchema.js';
import { COMPLAINT_TYPES, type ComplaintType } from '../schema/ComplaintTypeSchema.js';

/** One Open311 service: a kind of report (and, for a pengaduan, its Permendagri 8/2023 class). */
export interface Open311ServiceInfo {
  /** `pengaduan`, `pengaduan.berkadar_pengawasan`, `aspirasi` … */
  readonly code: string;
  /** The complaint type a request for this service records. */
  readonly type: ComplaintType;
  /** The Permendagri 8/2023 class it records, for the classified `pengaduan.*` services. */
  readonly classification?: Classification;
  /** The service's name, in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** What the service is for, in Bahasa Indonesia and English. */
  readonly description: LocalizedText;
  /** Open311 `keywords`: words a client may search the service by. */
  readonly keywords: readonly string[];
}

const TYPE_TEXT: Readonly<Record<ComplaintType, { name: LocalizedText; description: LocalizedText }>> = {
  pengaduan: {
    name: { id: 'Pengaduan', en: 'Complaint' },
    description: {
      id: 'Pengaduan atas pelayanan publik yang tidak sesuai standar pelayanan (UU 25/2009 Pasal 40).',
      en: 'A complaint about a public service that fell short of its service standard (UU 25/2009 Pasal 40).',
    },
  },
  aspirasi: {
    name: { id: 'Aspirasi', en: 'Suggestion' },
    description: {
      id: 'Saran atau masukan untuk pelayanan publik.',
      en: 'A suggestion for a public service.',
    },
  },
  permintaan_informasi: {
    name: { id: 'Permintaan informasi', en: 'Information request' },
    description: {
      id: 'Permintaan informasi tentang pelayanan publik.',
      en: 'A request for information about a public service.',
    },
  },
  whistleblowing: {
    name: { id: 'Whistleblowing', en: 'Whistleblowing' },
    description: {
      id: 'Laporan pelanggaran oleh aparatur (kategori WBS SP4N-LAPOR!).',
      en: 'A report of misconduct by officials (the SP4N-LAPOR! WBS category).',
    },
  },
};

const CLASS_TEXT: Readonly<Record<Classification, LocalizedText>> = {
  berkadar_pengawasan: { id: 'berkadar pengawasan', en: 'berkadar pengawasan (for the inspectorate)' },
  tidak_berkadar_pengawasan: { id: 'tidak berkadar pengawasan', en: 'tidak berkadar pengawasan' },
};

function service(type: ComplaintType, classification?: Classification): Open311ServiceInfo {
  const text = TYPE_TEXT[type];
  if (classification === undefined) {
    return Object.freeze({
      code: type,
      type,
      name: text.name,
      description: text.description,
      keywords: Object.freeze([type.replace('_', ' ')]),
    });
  }
  const cls = CLASS_TEXT[classification];
  return Object.freeze({
    code: `${type}.${classification}`,
    type,
    classification,
    name: { id: `${text.name.id} ${cls.id}`, en: `${text.name.en}, ${cls.en}` },
    description: {
      id: `${text.description.id} Klasifikasi Permendagri 8/2023 Pasal 1 angka 3-4: ${cls.id}.`,
      en: `${text.description.en} Permendagri 8/2023 Pasal 1 angka 3-4 class: ${cls.en}.`,
    },
    keywords: Object.freeze([type.replace('_', ' '), classification.replace(/_/g, ' ')]),
  });
}

/**
 * The Open311 services a portal offers, one per kind of report (SP4N-LAPOR!'s pengaduan, aspirasi,
 * permintaan informasi, whistleblowing) and, for a pengaduan whose class the complainant already
 * knows, one per Permendagri 8/2023 class. Derived from `ComplaintTypeSchema.options` and `ClassificationSchema.options`;
 * the `group` of each service is its kind of report.
 *
 * @see Open311 GeoReport v2, GET services; Permendagri 8/2023 Pasal 1 angka 3-4
 */
export const OPEN311_SERVICES: readonly Open311ServiceInfo[] = Object.freeze(
  COMPLAINT_TYPES.flatMap((type) =>
    type === 'pengaduan' ? [service(type), ...CLASSIFICATIONS.map((c) => service(type, c))] : [service(type)],
  ),
);
