/**
 * The `code` of every error this library throws, one literal union per error class. Switch on `code`
 * (never on `message`): the codes are stable wire values, snake_case like every enumerated value.
 */

/**
 * `CalendarCoverageError`: a `{ coverage: 'strict' }` computation needed a year the calendar's official
 * data does not cover.
 */
export type CalendarCoverageErrorCode = 'calendar_coverage';
/** `CalendarDataError`: the data given to `createWorkingCalendar` or `calendar.extend` is inconsistent. */
export type CalendarDataErrorCode = 'calendar_data';
/** `CalendarTentativeError`: a `{ tentative: 'strict' }` answer would change if a tentative day moved. */
export type CalendarTentativeErrorCode = 'calendar_tentative';
/**
 * `InvalidArgumentError`: an argument that is not a date but is still wrong (a count, a zone, a
 * calendar).
 */
export type InvalidArgumentErrorCode = 'invalid_argument';
/** `InvalidDateError`: a civil date or an instant that is malformed or does not exist. */
export type InvalidDateErrorCode = 'invalid_date';
/** `InvalidHistoryError`: a complaint history the deadline engine refuses to evaluate. */
export type InvalidHistoryErrorCode = 'invalid_history';
/**
 * `LaporStatusRefusedError` (`pengaduan/interop`): a SP4N-LAPOR! status change the lifecycle does not
 * allow.
 */
export type LaporStatusRefusedErrorCode = 'lapor_status_refused';
/**
 * `Open311RequestError` (`pengaduan/interop`): an Open311 GeoReport v2 request that cannot become a
 * complaint.
 */
export type Open311RequestErrorCode = 'open311_invalid_request';
/** `PolicyError`: a policy that cannot be evaluated safely. */
export type PolicyErrorCode = 'invalid_policy';
/**
 * `RevisionConflictError` (`pengaduan/machine`): a write based on a stale read of the snapshot's
 * `revision`.
 */
export type RevisionConflictErrorCode = 'revision_conflict';
/** `SnapshotError` (`pengaduan/machine`): a stored snapshot that cannot be restored, migrated or used. */
export type SnapshotErrorCode = 'snapshot';
/** `TransitionRefusedError` (`pengaduan/machine`): an event the complaint cannot take in its state. */
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
