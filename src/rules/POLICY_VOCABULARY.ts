import type { HistoryEventOf, HistoryEventType } from '../history/types.js';
import type {
  ClockRule,
  DutyHolder,
  LapseKind,
  LimitUnit,
  NonWorkingDueDate,
  Policy,
  Precondition,
  SourceStatus,
} from './types.js';

/**
 * What an event's data field holds: an `instant` or a civil `date` (both strings, and the only kinds
 * a start selector can read), other `text`, or a `number`, `list` or `object` (which a `where` can
 * never match, since it compares strings).
 */
export type DataFieldKind = 'instant' | 'date' | 'text' | 'number' | 'list' | 'object';

/**
 * The closed word lists of a policy, as values: `validatePolicy` checks a policy against them and
 * `PolicySchema` (in `pengaduan/schema`) builds its enums from them, so the two cannot disagree.
 * Each list names every member of its type (checked at compile time below); the order is the order
 * in which error messages list the expected values.
 */
export const POLICY_VOCABULARY = Object.freeze({
  sourceStatuses: Object.freeze(['verified', 'practice', 'inferred'] as const),
  limitUnits: Object.freeze(['calendar_days', 'working_days', 'months', 'years'] as const),
  lapseKinds: Object.freeze(['breach', 'deemed_withdrawn', 'auto_close', 'window_closed'] as const),
  dutyHolders: Object.freeze([
    'provider',
    'complainant',
    'sp4n_admin',
    'handling_unit',
    'terlapor',
    'atasan_terlapor',
  ] as const),
  nonWorkingDueDates: Object.freeze(['keep', 'next_working_day'] as const),
  /** Events whose data carries `unitId`: the only ones that can start a per-unit clock. */
  unitEventTypes: Object.freeze([
    'complaint.dispositioned',
    'followup.posted',
    'disposition.rejected',
  ] as const satisfies readonly HistoryEventType[]),
  /** Rule ids: letters, digits, dots, underscores, colons, hyphens, e.g. `uu25.response`. */
  ruleId: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
  /**
   * The data fields of every history event, with what they hold: a `where` may test only the
   * string fields of its own event type, and a `startsAt` only an `instant` or `date` field of one of
   * the rule's start events. `pengaduan/schema` checks that its event schemas have exactly these.
   */
  eventData: Object.freeze({
    'complaint.submitted': {
      serviceReceivedOn: 'date',
      incidentOn: 'date',
      complaintType: 'text',
      classification: 'text',
    },
    'complaint.received': { receiptNumber: 'text' },
    'file.declared_complete': {},
    'file.declared_incomplete': { missing: 'list', receivedByComplainantAt: 'instant' },
    'file.completed': {},
    'complaint.held': { reason: 'text' },
    'complaint.resumed': {},
    'complaint.referred': { toAgency: 'text', reason: 'text' },
    'complaint.archived': { reason: 'text', note: 'text', duplicateOf: 'text' },
    'complaint.dispositioned': { unitId: 'text', unitKind: 'text', unitName: 'text' },
    'disposition.rejected': { unitId: 'text', reason: 'text' },
    'followup.posted': { unitId: 'text', summary: 'text' },
    'examination.started': {},
    'decision.made': { outcome: 'text', summary: 'text', compensation: 'object' },
    'decision.notified': { channel: 'text' },
    'compensation.paid': { amount: 'number' },
    'complainant.replied': { kind: 'text', message: 'text' },
    'admin.replied': { message: 'text' },
    'complaint.reopened': { reason: 'text' },
    'complaint.closed': { reason: 'text', note: 'text' },
    'complaint.withdrawn': { reason: 'text' },
    'complaint.escalated': { to: 'text', reference: 'text', note: 'text' },
    'sla.breach_recorded': { clockKey: 'text' },
    'ombudsman.lhp_received': { reference: 'text' },
    'ombudsman.lhp_acted': {},
    'ombudsman.recommendation_received': { reference: 'text' },
    'ombudsman.recommendation_reported': {},
  } as const satisfies Record<HistoryEventType, Readonly<Record<string, DataFieldKind>>>),
  /** The keys each object of a policy may have; any other key is refused (a misspelling, usually). */
  keys: Object.freeze({
    policy: ['id', 'title', 'rules', 'preconditions', 'options'],
    rule: [
      'id',
      'title',
      'summary',
      'dutyOf',
      'limit',
      'scope',
      'startOn',
      'startsAt',
      'stopOn',
      'cancelOn',
      'pause',
      'restartOn',
      'newCycle',
      'appliesTo',
      'warning',
      'nonWorkingDueDate',
      'onLapse',
      'source',
    ],
    precondition: ['id', 'text', 'evidencedBy', 'source'],
    text: ['id', 'en'],
    source: ['instrument', 'article', 'status', 'note'],
    limit: ['amount', 'unit', 'basis'],
    basis: ['status', 'note'],
    matcher: ['type', 'where'],
    startsAt: ['field', 'type', 'otherwise'],
    pause: ['on', 'resumeOn'],
    newCycle: ['on', 'startAt'],
    appliesTo: ['complaintType', 'classification'],
    condition: ['in', 'notIn'],
    breach: ['kind', 'sanction', 'consequence'],
    lapse: ['kind'],
    sanction: ['text', 'source'],
  } as const),
  /**
   * Size limits, so that a policy read from a request cannot make a host hold or compute more than
   * a policy needs. Lengths count UTF-16 code units, as zod does; they equal `SCHEMA_LIMITS` of
   * `pengaduan/schema` (`identifier`, `shortText`, `note`).
   */
  limits: Object.freeze({
    /** A rule id, a precondition id, an option's key. */
    identifier: 128,
    /** A policy id, an instrument, an article, a value a `where` or `appliesTo` compares, an option's text. */
    shortText: 300,
    /** Each language of a text, a source's note, a limit basis's note. */
    text: 2_000,
    rules: 200,
    /** Events in one list (`startOn`, `stopOn`, …), values in one `where` or condition, preconditions. */
    listItems: 50,
    limitAmount: 100_000,
    warningDays: 10_000,
  }),
});

/** `true` when a list names exactly the members of a union, `never` otherwise. */
type Names<TList extends readonly unknown[], TUnion> = [Exclude<TUnion, TList[number]>] extends [never]
  ? [Exclude<TList[number], TUnion>] extends [never]
    ? true
    : never
  : never;
type Lists = typeof POLICY_VOCABULARY;
const _exhaustive: [
  Names<Lists['sourceStatuses'], SourceStatus>,
  Names<Lists['limitUnits'], LimitUnit>,
  Names<Lists['lapseKinds'], LapseKind>,
  Names<Lists['dutyHolders'], DutyHolder>,
  Names<Lists['nonWorkingDueDates'], NonWorkingDueDate>,
  Names<Lists['keys']['policy'], keyof Policy>,
  Names<Lists['keys']['rule'], keyof ClockRule>,
  Names<Lists['keys']['precondition'], keyof Precondition>,
] = [true, true, true, true, true, true, true, true];
void _exhaustive;

/** The keys of an event type's data (none for the empty payload, typed as a record of `never`). */
type DataKeys<T extends HistoryEventType> = string extends keyof HistoryEventOf<T>['data']
  ? never
  : keyof HistoryEventOf<T>['data'];
type EventData = Lists['eventData'];
/** The event types whose listed fields differ from their data type's: none, or a compile error. */
type Unlisted = {
  [T in HistoryEventType]: [Names<(keyof EventData[T])[], DataKeys<T>>] extends [never] ? T : never;
}[HistoryEventType];
const _dataFields: [Unlisted] extends [never] ? true : Unlisted = true;
void _dataFields;
