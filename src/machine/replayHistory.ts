import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { TransitionRefusedError } from '../errors/TransitionRefusedError.js';
import type { EscalationTarget, History, HistoryEventOf } from '../history/types.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import type { Locale } from '../i18n/types.js';
import { applyToSnapshot } from './_lib/apply.js';
import { refusalNames } from './_lib/labels.js';
import { type RuntimeOptions, runtimeFor } from './_lib/runtime.js';
import { startComplaint } from './startComplaint.js';
import type { ComplaintSnapshot } from './types.js';

/** Options of `replayHistory`. */
export interface ReplayHistoryOptions extends RuntimeOptions {
  /** The handling unit's IANA zone; default the calendar's zone. */
  readonly zone?: string;
  /** As for `startComplaint`; default `null`. */
  readonly escalateBreachesTo?: EscalationTarget | null;
  /** The language of the messages of a refused event: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Runs a complaint's history through the machine from its submission, event by event, exactly as
 * recorded: nothing is caught up or added, and every event must be accepted where it stands. The
 * result is the state the history leads to; an auditor replays a prefix to see the complaint as it
 * stood after any event.
 *
 * @param history - the events, oldest first, starting with `complaint.submitted`
 * @param options - the policy, calendar, zone and breach escalation the complaint was handled with
 * @returns the snapshot the history leads to (its `reminded` list is empty: reminders are not history)
 * @throws TransitionRefusedError naming the event (`details.index`) the machine does not accept
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { applyEvent, replayHistory, startComplaint } from 'pengaduan/machine';
 *
 * const options = { policy: uu25Policy };
 * const submitted = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *   options,
 * );
 * const received = applyEvent(
 *   submitted.snapshot,
 *   { type: 'complaint.received', at: '2025-03-27T10:00:00+07:00', actor: { role: 'system' }, data: {} },
 *   options,
 * );
 * const { snapshot: stored } = applyEvent(
 *   received.snapshot,
 *   { type: 'file.declared_incomplete', at: '2025-04-08T09:00:00+07:00', actor: { role: 'admin_instansi' }, data: { missing: ['Uraian kerugian'] } },
 *   options,
 * );
 * const snapshot = replayHistory(stored.context.history, { policy: uu25Policy });
 * snapshot.value === stored.value;
 * //=> true
 * snapshot.value;
 * //=> 'awaitingCompletion'
 * ```
 */
export function replayHistory(history: History, options: ReplayHistoryOptions): ComplaintSnapshot {
  const runtime = runtimeFor(options);
  if (!Array.isArray(history)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'history',
      value: history,
      expected: machineText('replay_history_expected'),
    });
  }
  const first: unknown = history[0];
  const firstType =
    typeof first === 'object' && first !== null ? (first as { type?: unknown }).type : undefined;
  if (firstType !== 'complaint.submitted') {
    throw new TransitionRefusedError('transition_refused', {
      reason: 'not_allowed_in_state',
      eventType: typeof firstType === 'string' ? firstType : 'none',
      state: 'none',
      allowed: ['complaint.submitted'],
      index: 0,
      why: machineText('history_must_start_with_submission'),
      names: refusalNames({ eventType: firstType, state: 'none' }),
    });
  }
  let { snapshot } = startComplaint(first as HistoryEventOf<'complaint.submitted'>, options);
  const mode = { locale: options.locale === 'en' ? 'en' : 'id', catchUp: false } as const;
  for (let i = 1; i < history.length; i++) {
    const outcome = applyToSnapshot(runtime, snapshot, history[i], mode);
    if (!outcome.ok) {
      const error = outcome.error as TransitionRefusedError;
      throw new TransitionRefusedError('transition_refused', {
        ...error.details,
        index: i,
        why: machineText('history_refusal_at', { index: i, why: error.why }),
        names: refusalNames(error.details),
      });
    }
    snapshot = outcome.result.snapshot;
  }
  return snapshot;
}
