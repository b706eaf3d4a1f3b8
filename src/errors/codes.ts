/**
 * The `code` of every error this library throws, one literal union per error class. Switch on `code`
 * (never on `message`): the codes are stable wire values, snake_case like every enumerated value.
 */

export type CalendarCoverageErrorCode = 'calendar_coverage';
export type CalendarDataErrorCode = 'calendar_data';
export type CalendarTentativeErrorCode = 'calendar_tentative';
export type InvalidArgumentErrorCode = 'invalid_argument';
export type InvalidDateErrorCode = 'invalid_date';
export type InvalidHistoryErrorCode = 'invalid_history';
export type LaporStatusRefusedErrorCode = 'lapor_status_refused';
export type Open311RequestErrorCode = 'open311_invalid_request';
export type PolicyErrorCode = 'invalid_policy';
export type RevisionConflictErrorCode = 'revision_conflict';
export type SnapshotErrorCode = 'snapshot';
export type TransitionRefusedErrorCode = 'transition_refused';
/** `SchemaValidationError` (`pengaduan/schema`). */
export type SchemaValidationErrorCode = 'schema_validation';
/** `InvalidPhoneNumberError` (`pengaduan/schema`). */
export type InvalidPhoneNumberErrorCode = 'invalid_phone_number';

/** Every code a `PengaduanError` can have. */
export type PengaduanErrorCode =
  | CalendarCoverageErrorCode
  | CalendarDataErrorCode
  | CalendarTentativeErrorCode
  | InvalidArgumentErrorCode
  | InvalidDateErrorCode
  | InvalidHistoryErrorCode
  | LaporStatusRefusedErrorCode
  | Open311RequestErrorCode
  | PolicyErrorCode
  | RevisionConflictErrorCode
  | SnapshotErrorCode
  | TransitionRefusedErrorCode
  | SchemaValidationErrorCode
  | InvalidPhoneNumberErrorCode;

/** Every `PengaduanErrorCode`, for a host that stores or checks them (a test keeps it complete). */
export const PENGADUAN_ERROR_CODES: readonly PengaduanErrorCode[] = Object.freeze([
  'calendar_coverage',
  'calendar_data',
  'calendar_tentative',
  'invalid_argument',
  'invalid_date',
  'invalid_history',
  'lapor_status_refused',
  'open311_invalid_request',
  'invalid_policy',
  'revision_conflict',
  'snapshot',
  'transition_refused',
  'schema_validation',
  'invalid_phone_number',
] as const);
