import type { WorkingCalendar } from '../../calendar/types.js';
import type { HistoryEvent } from '../../history/types.js';
import { replayHistory } from '../../machine/replayHistory.js';
import type { ComplaintSnapshot } from '../../machine/types.js';
import type { Policy } from '../../rules/types.js';

/**
 * The history event that moved the complaint into its current state: the last event after which the
 * state differs from the state before it, or the record the machine wrote for it (a reply that
 * accepts the answer is followed by the `complaint.closed` it causes, which says why). Found by
 * replaying prefixes of the history from the end (usually one or two replays), so the answer is the
 * machine's own, with no second copy of its transitions.
 */
export function lastChange(
  snapshot: ComplaintSnapshot,
  policy: Policy,
  calendar: WorkingCalendar | undefined,
): HistoryEvent {
  const { history, zone, settings } = snapshot.context;
  const options = {
    policy,
    ...(calendar === undefined ? {} : { calendar }),
    zone,
    escalateBreachesTo: settings?.escalateBreachesTo ?? null,
  };
  for (let k = history.length - 1; k >= 1; k--) {
    if (replayHistory(history.slice(0, k), options).value !== snapshot.value) {
      const caused = replayHistory(history.slice(0, k + 1), options).context.history;
      return caused[caused.length - 1] as HistoryEvent;
    }
  }
  return history[0] as HistoryEvent;
}
