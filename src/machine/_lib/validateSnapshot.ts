import { z } from 'zod';
import { describeValue } from '../../_lib/describeValue.js';
import { readInstant } from '../../_lib/instantDefinition.js';
import { SnapshotError } from '../../errors/SnapshotError.js';
import type { EscalationTarget, History } from '../../history/types.js';
import { snapshotText } from '../../i18n/errorMessages/snapshot.js';
import type { Locale, LocalizedText } from '../../i18n/types.js';
import { safeParseHistory } from '../../schema/safeParseHistory.js';
import { COMPLAINT_STATES } from '../states.js';
import {
  COMPLAINT_MACHINE_ID,
  type ComplaintContext,
  type ComplaintSnapshot,
  type ComplaintState,
} from '../types.js';
import { envelope } from './envelope.js';
import { lastEventAt } from './facts.js';
import { computedHere } from './quiet.js';
import type { Runtime } from './runtime.js';
import {
  parseStoredSnapshot,
  STORED_SNAPSHOT_FIELDS,
  type StoredSnapshotParts,
  statusMatchesState,
} from './storedSnapshotSchema.js';

/** What a stored snapshot of the current format holds once every field has been checked. */
export interface ValidatedParts {
  readonly state: ComplaintState;
  readonly final: boolean;
  readonly revision: number;
  readonly policyId: string;
  readonly zone: string;
  readonly history: History;
  readonly escalateBreachesTo: EscalationTarget | null;
  readonly reminded: readonly string[];
  /** The instant the stored report was taken as of, when usable; else the last event's instant. */
  readonly asOf: string;
}

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a stored snapshot is data, its prototype (or lack of one) is not. */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function invalidContext(field: string, text: LocalizedText, details: Record<string, unknown> = {}) {
  return new SnapshotError('snapshot', { reason: 'invalid_context', text, field, ...details });
}

function policyMismatch(stored: unknown, given: string | undefined): SnapshotError {
  return new SnapshotError('snapshot', {
    reason: 'policy_mismatch',
    text: snapshotText('snapshot_policy_mismatch', {
      stored: describeValue(stored),
      given: describeValue(given),
    }),
    expected: describeValue(stored),
    given,
  });
}

/**
 * Checks every field of a snapshot in the current format (after `migrateSnapshot`) with
 * `StoredSnapshotSchema` (state, status, revision, zone, history with `HistorySchema` and its order,
 * settings, reminders), then the policy when a policy id is given. Throws `SnapshotError` naming the
 * first wrong field in the schema's order; never anything else but what reading the value throws.
 */
export function validateParts(
  migrated: Fields,
  policyId: string | undefined,
  locale: Locale,
): ValidatedParts {
  const parsed = parseReadable(migrated);
  if ('thrown' in parsed) throw refusal(migrated, policyId, locale, { cause: parsed.thrown });
  if (!parsed.success) throw refusal(migrated, policyId, locale);
  const { value, status, revision, context } = parsed.data;
  if (policyId !== undefined && context.policyId !== policyId)
    throw policyMismatch(context.policyId, policyId);
  const { settings, history } = context;
  return {
    state: value,
    final: status === 'done',
    revision,
    policyId: context.policyId,
    zone: context.zone,
    history,
    escalateBreachesTo: (Array.isArray(settings) ? null : settings?.escalateBreachesTo) ?? null,
    reminded: context.reminded ?? [],
    asOf: asOfOf(context, history),
  };
}

/**
 * `parseStoredSnapshot`, or what reading the value threw (a throwing getter or proxy trap): the
 * fields one by one then say where, as for any refused snapshot, so that such a value is refused
 * exactly as before (as unreadable history when it is in the history, else `not_a_snapshot`); the
 * thrown value is the `cause` when the fields one by one find nothing.
 */
function parseReadable(
  migrated: Fields,
): ReturnType<typeof parseStoredSnapshot> | { readonly thrown: unknown } {
  try {
    return parseStoredSnapshot(migrated);
  } catch (thrown) {
    return { thrown };
  }
}

/** A stored report's instant, in a copy of a snapshot in memory (no `context.asOf`). */
const ReportInstant = z.object({ asOf: z.unknown().optional() });

/**
 * The report is derived data, stored only before schema version 3; the instant it was taken as of
 * is kept (`context.asOf`, or the report's own in a copy of a snapshot in memory), when it is a valid
 * instant not before the last event, so a restored snapshot is as of the same moment. An unreadable
 * instant is ignored: the report is then as of the last event.
 */
function asOfOf(context: StoredSnapshotParts['context'], history: History): string {
  const stored = 'asOf' in context ? context.asOf : ReportInstant.safeParse(context.deadlines).data?.asOf;
  const last = lastEventAt(history);
  return typeof stored === 'string' && stored.length <= 64 && readInstant(stored) >= readInstant(last)
    ? stored
    : last;
}

/**
 * Why a snapshot that `StoredSnapshotSchema` refused is refused: its fields are checked one by one,
 * each with its own member of the schema, in the schema's order, and the first that is wrong is
 * named. Only the snapshot's own properties are read, and each field only once the fields before it
 * passed, as the 0.x check did (test/machine/persistence.test.ts pins the order).
 */
function refusal(
  migrated: Fields,
  policyId: string | undefined,
  locale: Locale,
  options?: ErrorOptions,
): SnapshotError {
  const fields = STORED_SNAPSHOT_FIELDS;
  const value = own(migrated, 'value');
  const state = fields.value.safeParse(value);
  if (!state.success) {
    return new SnapshotError('snapshot', {
      reason: 'invalid_state',
      text: snapshotText('snapshot_unknown_state', {
        value: describeValue(value),
        machine: COMPLAINT_MACHINE_ID,
      }),
      value: describeValue(value),
    });
  }
  const status = own(migrated, 'status');
  const knownStatus = fields.status.safeParse(status);
  if (!knownStatus.success || !statusMatchesState(knownStatus.data, state.data)) {
    return new SnapshotError('snapshot', {
      reason: 'invalid_state',
      text: snapshotText('snapshot_status_mismatch', {
        status: describeValue(status),
        stateId: state.data,
        label: COMPLAINT_STATES[state.data].label,
      }),
      value: state.data,
      status: describeValue(status),
    });
  }
  const revision = own(migrated, 'revision');
  if (!fields.revision.safeParse(revision).success) {
    return invalidContext(
      'revision',
      snapshotText('snapshot_revision_invalid', { revision: describeValue(revision) }),
    );
  }
  const context = own(migrated, 'context');
  if (!isFields(context)) return invalidContext('context', snapshotText('snapshot_context_not_object'));
  const storedPolicy = own(context, 'policyId');
  const policy = fields.context.policyId.safeParse(storedPolicy);
  if (!policy.success || (policyId !== undefined && policy.data !== policyId)) {
    return policyMismatch(storedPolicy, policyId);
  }
  if (!fields.context.zone.safeParse(own(context, 'zone')).success) {
    return invalidContext('zone', snapshotText('snapshot_zone_invalid'));
  }
  const history = own(context, 'history');
  // The issues in the locale asked for, as `safeParseHistory` words them (a history whose members
  // throw when read is refused here, as unreadable).
  const parsedHistory = safeParseHistory(history, { locale });
  if (!parsedHistory.success) {
    return invalidContext('history', snapshotText('snapshot_history_schema'), {
      issues: parsedHistory.issues,
    });
  }
  const ordered = fields.context.history.safeParse(history);
  if (!ordered.success) {
    const issue = ordered.error.issues[0];
    const index: unknown = issue?.code === 'custom' ? issue.params?.index : undefined;
    return typeof index !== 'number' || index === 0
      ? invalidContext('history', snapshotText('snapshot_history_start'))
      : invalidContext('history', snapshotText('snapshot_history_order', { index }), { index });
  }
  if (!fields.context.settings.safeParse(own(context, 'settings')).success) {
    return invalidContext('settings.escalateBreachesTo', snapshotText('snapshot_settings_invalid'));
  }
  if (!fields.context.reminded.safeParse(own(context, 'reminded')).success) {
    return invalidContext('reminded', snapshotText('snapshot_reminded_invalid'));
  }
  // The instant of the report, which is never refused, is read last, as the whole schema reads it: a
  // getter that throws there refuses the snapshot as unreadable (`readUntrusted`).
  if (Object.hasOwn(context, 'asOf')) {
    own(context, 'asOf');
  } else {
    const deadlines = own(context, 'deadlines');
    if (isFields(deadlines)) own(deadlines, 'asOf');
  }
  // Every field passed one by one, but not all at once: a member read twice gave different values
  // (a getter or a proxy), or the schema read a field the snapshot only inherits.
  return new SnapshotError(
    'snapshot',
    { reason: 'not_a_snapshot', text: snapshotText('snapshot_changed_while_read') },
    options,
  );
}

/** Freezes every object and array of a JSON tree, also below a part that is frozen already. */
function freezeTree<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) freezeTree(member);
    Object.freeze(value);
  }
  return value;
}

/** A current, frozen, trusted snapshot from validated parts, with the deadlines recomputed. */
export function buildSnapshot(runtime: Runtime, parts: ValidatedParts): ComplaintSnapshot {
  // `parts.history` and `parts.reminded` are outputs of `StoredSnapshotSchema`: zod builds every
  // object and array of them anew (the history schemas are strict objects, with no `unknown` or
  // record members), so they share nothing with the stored JSON and are frozen as they are, without
  // a second copy. test/machine/restoreCopies.test.ts keeps that assumption true. The history's list
  // is frozen already (`HistorySchema`), so the whole tree is walked.
  const history = freezeTree(parts.history);
  const context: ComplaintContext = Object.freeze({
    policyId: runtime.engine.policyId,
    zone: parts.zone,
    history,
    deadlines: runtime.engine.evaluate(history, parts.asOf, parts.zone),
    reminded: Object.freeze(parts.reminded),
    settings: Object.freeze({ escalateBreachesTo: parts.escalateBreachesTo }),
  });
  computedHere(runtime, context);
  return envelope(parts.revision, parts.state, parts.final, context);
}
