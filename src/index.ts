/**
 * `pengaduan`: the official working-day calendar, the regulations as cited data and the deadline
 * engine. This entry imports neither zod nor xstate; those live in `pengaduan/schema` and
 * `pengaduan/machine`.
 *
 * @module pengaduan
 */
export * from './calendar/index.js';
export type {
  CalendarCoverageErrorCode,
  CalendarDataErrorCode,
  CalendarTentativeErrorCode,
  InvalidArgumentErrorCode,
  InvalidDateErrorCode,
  InvalidHistoryErrorCode,
  LaporStatusRefusedErrorCode,
  Open311RequestErrorCode,
  PengaduanErrorCode,
  PolicyErrorCode,
  RevisionConflictErrorCode,
  SchemaValidationErrorCode,
  SnapshotErrorCode,
  TransitionRefusedErrorCode,
} from './errors/codes.js';
export { PENGADUAN_ERROR_CODES } from './errors/codes.js';
export { isPengaduanError } from './errors/isPengaduanError.js';
export { PengaduanError } from './errors/PengaduanError.js';
export * from './history/index.js';
export * from './holidays/index.js';
export type { Locale, LocalizedText } from './i18n/types.js';
export * from './rules/index.js';
export * from './sla/index.js';
