import type { Locale } from '../../i18n/types.js';
import type { LimitUnit, SourceStatus } from '../../rules/types.js';
import type { ClockStatus } from '../types.js';

/** The words `describeClock` and `formatClockSource` use, per locale. */
export const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<ClockStatus, string>>>> = {
  id: {
    not_started: 'belum dimulai',
    running: 'berjalan',
    paused: 'dijeda',
    met: 'terpenuhi',
    breached: 'terlampaui',
    lapsed: 'lewat waktu',
    not_applicable: 'tidak berlaku',
  },
  en: {
    not_started: 'not started',
    running: 'running',
    paused: 'paused',
    met: 'met',
    breached: 'breached',
    lapsed: 'lapsed',
    not_applicable: 'not applicable',
  },
};

export const UNIT_LABELS: Readonly<Record<Locale, Readonly<Record<LimitUnit, string>>>> = {
  id: { calendar_days: 'hari kalender', working_days: 'hari kerja', months: 'bulan', years: 'tahun' },
  en: { calendar_days: 'calendar days', working_days: 'working days', months: 'months', years: 'years' },
};

/** What a reader must know about a source that was not read in the regulation's own text. */
export const STATUS_NOTES: Readonly<Record<Locale, Readonly<Record<SourceStatus, string>>>> = {
  id: { verified: '', practice: ' (praktik)', inferred: ' (tafsiran)' },
  en: { verified: '', practice: ' (practice)', inferred: ' (our reading)' },
};
