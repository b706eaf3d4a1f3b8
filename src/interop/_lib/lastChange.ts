import type { WorkingCalendar } from '../../calendar/types.js';
import type { HistoryEvent } from '../../history/types.js';
import { replayHistory } from '../../machine/replayHistory.js';
import type { ComplaintSnapshot } from '../../machine/types.js';
import type { Policy } from '../../rules/types.js';

/**
 * The history event that moved the complaint into its current state: the last event after which the
 * state differs from the state before it. Found by replaying prefixes of the history from the end
 * (usually one replay: the last event is most often the one that changed the state), so the answer is
 * the machine's own, with no second copy of its transitions.
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
    if (replayHistory(history.slice(0, k), options).value !== snapshot.value)
      return history[k] as HistoryEvent;
  }
  return history[0] as HistoryEvent;
}
