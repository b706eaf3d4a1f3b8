import type { HistoryEventType } from '../history/types.js';
import type { DutyHolder, LapseKind, LimitUnit, NonWorkingDueDate, SourceStatus } from './types.js';

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
] = [true, true, true, true, true];
void _exhaustive;
