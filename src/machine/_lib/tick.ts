import type { Instant } from '../../calendar/types.js';
import type { HistoryEvent } from '../../history/types.js';
import { IDENTIFIER } from '../../schema/_lib/patterns.js';
import { SCHEMA_LIMITS } from '../../schema/SCHEMA_LIMITS.js';
import type { ClockReport } from '../../sla/types.js';
import type { ComplaintContext, DeadlineEngine } from '../types.js';
import { dueAsOf, effectiveAt, remindersFor, type Watch } from './due.js';
import { escalationTargets } from './facts.js';
import { compareInstants, laterInstant } from './instants.js';

const SYSTEM = Object.freeze({ role: 'system' as const });

/**
 * The id of a record the library writes: `pengaduan:<kind>:<clock key>`, readable and stable, when
 * that is a valid identifier; otherwise (a key with a `~run` suffix, a long unit id) the record's
 * position in the history, `pengaduan:<kind>#<position>`, which is unique in the history and can
 * never equal the first form. Every id the library writes must pass its own schema.
 */
export function recordId(kind: string, key: string, position: number): string {
  const readable = `pengaduan:${kind}:${key}`;
  return readable.length <= SCHEMA_LIMITS.identifier && IDENTIFIER.test(readable)
    ? readable
    : `pengaduan:${kind}#${position}`;
}

/** How a tick ends the complaint, if it does. */
export type TickEnding = 'none' | 'lapse' | 'autoClose';

/** The records a tick appends and the reminders it remembers. */
export interface TickRecords {
  readonly records: readonly HistoryEvent[];
  readonly reminded: readonly string[];
}

/**
 * The history records a tick at `at` produces: one `sla.breach_recorded` per newly breached clock
 * (with an escalation when the settings ask for one), then the ending record (`complaint.withdrawn`
 * `deemed_lapsed` or `complaint.closed` `no_reply`). Each record is dated when it took effect, so a
 * late tick writes the same records as an on-time one; breaches that fall after the ending are not
 * recorded, because the complaint had ended by then.
 */
export function tickRecords(
  engine: DeadlineEngine,
  context: ComplaintContext,
  at: Instant,
  ending: TickEnding,
  watch: Watch,
): TickRecords {
  const due = dueAsOf(engine, context, at);
  const endClock: ClockReport | undefined =
    ending === 'lapse' ? due.lapse : ending === 'autoClose' ? due.autoClose : undefined;
  const endAt = endClock === undefined ? undefined : effectiveAt(endClock, context.history, at);

  const records: HistoryEvent[] = [];
  let cursor: Instant = context.history[context.history.length - 1]?.at ?? at;
  const escalated = new Set(escalationTargets(context.history));
  const target = context.settings.escalateBreachesTo;

  for (const clock of due.breaches) {
    const when = laterInstant(effectiveAt(clock, context.history, at), cursor);
    if (endAt !== undefined && compareInstants(when, endAt) > 0) continue;
    cursor = when;
    records.push(
      Object.freeze({
        id: recordId('breach', clock.key, context.history.length + records.length),
        type: 'sla.breach_recorded',
        at: when,
        actor: SYSTEM,
        data: Object.freeze({ clockKey: clock.key }),
      }),
    );
    if (target !== null && !escalated.has(target)) {
      escalated.add(target);
      records.push(
        Object.freeze({
          id: recordId('escalation', clock.key, context.history.length + records.length),
          type: 'complaint.escalated',
          at: when,
          actor: SYSTEM,
          data: Object.freeze({ to: target, note: `pelanggaran batas waktu ${clock.key}` }),
        }),
      );
    }
  }

  if (endClock !== undefined && endAt !== undefined) {
    const when = laterInstant(endAt, cursor);
    records.push(
      ending === 'lapse'
        ? Object.freeze({
            id: recordId('lapse', endClock.key, context.history.length + records.length),
            type: 'complaint.withdrawn',
            at: when,
            actor: SYSTEM,
            data: Object.freeze({ reason: 'deemed_lapsed' as const }),
          })
        : Object.freeze({
            id: recordId('auto-close', endClock.key, context.history.length + records.length),
            type: 'complaint.closed',
            at: when,
            actor: SYSTEM,
            data: Object.freeze({ reason: 'no_reply' as const }),
          }),
    );
  }

  const reminders = ending === 'none' ? remindersFor(due, watch) : [];
  const reminded =
    reminders.length > 0
      ? Object.freeze([...context.reminded, ...reminders.map((c) => c.key)])
      : context.reminded;
  return { records, reminded };
}
