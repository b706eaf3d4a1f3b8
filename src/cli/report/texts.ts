import type { FindingSeverity, Locale } from '../_lib/library.js';
import type { RefusalReason } from '../input/readWorkItems.js';

export const SEVERITY_LABELS: Readonly<Record<Locale, Readonly<Record<FindingSeverity, string>>>> = {
  id: { high: 'tinggi', medium: 'sedang', low: 'rendah', info: 'info' },
  en: { high: 'high', medium: 'medium', low: 'low', info: 'info' },
};

export const REFUSAL_LABELS: Readonly<Record<Locale, Readonly<Record<RefusalReason, string>>>> = {
  id: {
    malformed_json: 'JSON tidak sah',
    not_a_complaint: 'bukan pengaduan (diharapkan { "id", "history": [ … ] } atau larik peristiwa)',
    missing_id: 'tanpa id pengaduan',
    line_too_long: 'baris terlalu panjang (lebih dari 16 MiB)',
    bad_csv_row: 'baris CSV tidak sesuai judul',
    not_an_array: 'bukan larik JSON',
    truncated: 'larik JSON terpotong',
    audit_failed: 'audit gagal (galat pustaka, mohon laporkan)',
  },
  en: {
    malformed_json: 'malformed JSON',
    not_a_complaint: 'not a complaint (expected { "id", "history": [ … ] } or an array of events)',
    missing_id: 'no complaint id',
    line_too_long: 'line too long (over 16 MiB)',
    bad_csv_row: 'CSV row does not match the header',
    not_an_array: 'not a JSON array',
    truncated: 'truncated JSON array',
    audit_failed: 'audit failed (a library defect, please report)',
  },
};

/** `1234567` as `1.234.567` (id) or `1,234,567` (en). */
export function formatCount(n: number, lang: Locale): string {
  return n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
}

/** A ratio as a percentage with one decimal, `–` when there is none. */
export function formatRate(rate: number | null, lang: Locale): string {
  if (rate === null) return '–';
  return `${(rate * 100).toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}
