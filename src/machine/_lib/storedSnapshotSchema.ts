import { z } from 'zod';
import { readInstant } from '../../_lib/instantDefinition.js';
import { isValidZone } from '../../_lib/zones.js';
import { ESCALATION_TARGETS, HistorySchema } from '../../schema/HistoryEventSchema.js';
import { COMPLAINT_STATE_IDS, COMPLAINT_STATES } from '../states.js';
import type { ComplaintState } from '../types.js';

/** The longest text `context.reminded` may hold (a reminder key names a clock). */
const REMINDER_KEY_MAX = 1024;

/**
 * The stored history: `HistorySchema`, starting with the submission and in time order (two events
 * may share an instant). Each instant is read once, and only after `HistorySchema` accepted it.
 * An issue of this check carries `params.index`: 0 when the first event is not the submission,
 * else the first event that is earlier than the one before it.
 */
const StoredHistorySchema = HistorySchema.check((ctx) => {
  const history = ctx.value;
  if (history[0]?.type !== 'complaint.submitted') {
    ctx.issues.push({ code: 'custom', input: history, params: { index: 0 } });
    return;
  }
  let previous = readInstant(history[0].at);
  for (let i = 1; i < history.length; i++) {
    const at = readInstant(history[i]?.at);
    if (at < previous) {
      ctx.issues.push({ code: 'custom', input: history, params: { index: i } });
      return;
    }
    previous = at;
  }
});

/**
 * The fields of a stored snapshot in the current format (after `migrateSnapshot`), in the order a
 * refusal names them: the first that is wrong is the one reported (`validateParts`). The format
 * fields (`schemaVersion`, `machine`) are `migrateSnapshot`'s; the policy id is compared with the
 * policy given after this check, so the schema needs no policy.
 *
 * What 0.x accepted stays accepted: `settings` may be absent or an array (no target), its target
 * absent or null; `reminded` may be absent or null (no reminders sent); `asOf` (and the stored
 * report's `deadlines.asOf`, in a copy of a snapshot in memory) may be anything: an unusable instant
 * is not refused, the report is then as of the last event.
 */
export const STORED_SNAPSHOT_FIELDS = {
  value: z.enum(COMPLAINT_STATE_IDS),
  status: z.enum(['active', 'done']),
  revision: z.int().min(1),
  context: {
    policyId: z.string(),
    zone: z.custom<string>(isValidZone),
    history: StoredHistorySchema,
    settings: z
      .union([z.object({ escalateBreachesTo: z.enum(ESCALATION_TARGETS).nullish() }), z.array(z.unknown())])
      .optional(),
    reminded: z.array(z.string().max(REMINDER_KEY_MAX)).nullish(),
    asOf: z.unknown().optional(),
    deadlines: z.unknown().optional(),
  },
} as const;

/** The context of a stored snapshot: an object (not an array) with the fields above. */
const StoredContextSchema = z.object(STORED_SNAPSHOT_FIELDS.context);

/** Whether a snapshot's status matches its state: `'done'` exactly for a final state. */
export function statusMatchesState(status: 'active' | 'done', state: ComplaintState): boolean {
  return (status === 'done') === COMPLAINT_STATES[state].final;
}

/**
 * A stored snapshot in the current format, as one schema: the fields above, and a status that
 * matches the state (`done` exactly for a final state). Unknown keys are ignored (dropped from the
 * output), as they always were.
 */
export const StoredSnapshotSchema = z
  .object({
    value: STORED_SNAPSHOT_FIELDS.value,
    status: STORED_SNAPSHOT_FIELDS.status,
    revision: STORED_SNAPSHOT_FIELDS.revision,
    context: StoredContextSchema,
  })
  .refine((snapshot) => statusMatchesState(snapshot.status, snapshot.value), { path: ['status'] });

/** A stored snapshot that passed {@link StoredSnapshotSchema}. */
export type StoredSnapshotParts = z.output<typeof StoredSnapshotSchema>;

let compiled: typeof StoredSnapshotSchema | undefined;

/**
 * `StoredSnapshotSchema.safeParse`, through zod's ahead-of-time compiled parser (`z.compile`, zod
 * 4.6 and later) where the runtime allows it, built on first use: restoring is a hot path, and the
 * compiled parser takes about half the time of zod's own on a valid snapshot. Older zod versions,
 * and runtimes that forbid `new Function` (a CSP), parse with the schema itself: same results.
 */
export function parseStoredSnapshot(stored: unknown) {
  if (compiled === undefined) {
    compiled = typeof z.compile === 'function' ? z.compile(StoredSnapshotSchema) : StoredSnapshotSchema;
  }
  return compiled.safeParse(stored);
}
