import type { Instant } from '../../calendar/types.js';
import type { EscalationTarget, History, HistoryEventOf } from '../../history/types.js';

// Facts derived from a complaint's history. The history is the only source of truth, so guards,
// effects and views ask these questions of it rather than of copies kept beside it.

/** The instant of the last event in the history. */
export function lastEventAt(history: History): Instant {
  const last = history[history.length - 1];
  // A complaint always starts with its submission, so the history is never empty here.
  return last === undefined ? '1970-01-01T00:00:00Z' : last.at;
}

/** The index where the current handling cycle starts: after the last reopening, or 0. */
export function cycleStart(history: History): number {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]?.type === 'complaint.reopened') return i + 1;
  }
  return 0;
}

/** A unit that holds a disposition. */
export interface ActiveUnit {
  readonly unitId: string;
  readonly unitKind: 'opd' | 'apip';
  readonly unitName?: string;
}

/** The units currently holding a disposition (dispositioned and not sent back), in disposition order. */
export function activeUnits(history: History): readonly ActiveUnit[] {
  const units = new Map<string, ActiveUnit>();
  for (const event of history) {
    if (event.type === 'complaint.dispositioned') {
      const { unitId, unitKind, unitName } = event.data;
      units.set(unitId, unitName === undefined ? { unitId, unitKind } : { unitId, unitKind, unitName });
    } else if (event.type === 'disposition.rejected') {
      units.delete(event.data.unitId);
    }
  }
  return [...units.values()];
}

/** Whether `unitId` currently holds a disposition. */
export function isActiveUnit(history: History, unitId: string): boolean {
  return activeUnits(history).some((unit) => unit.unitId === unitId);
}

/** The units that posted a follow-up in the current cycle (since the last reopening). */
export function unitsFollowedUp(history: History): ReadonlySet<string> {
  const done = new Set<string>();
  for (const event of history.slice(cycleStart(history))) {
    if (event.type === 'followup.posted') done.add(event.data.unitId);
    // A unit that sends the disposition back owes no follow-up; a new disposition owes a new one.
    if (event.type === 'complaint.dispositioned') done.delete(event.data.unitId);
  }
  return done;
}

/** The last decision, if any. */
export function lastDecision(history: History): HistoryEventOf<'decision.made'> | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i];
    if (event?.type === 'decision.made') return event;
  }
  return undefined;
}

/** Rupiah paid since the last decision. */
export function compensationPaidSinceDecision(history: History): number {
  let paid = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i];
    if (event === undefined || event.type === 'decision.made') break;
    if (event.type === 'compensation.paid') paid += event.data.amount;
  }
  return paid;
}

/** The clock keys whose breach is already recorded. */
export function recordedBreaches(history: History): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const event of history) if (event.type === 'sla.breach_recorded') keys.add(event.data.clockKey);
  return keys;
}

/** The escalation targets recorded so far, in order, without repeats. */
export function escalationTargets(history: History): readonly EscalationTarget[] {
  const targets: EscalationTarget[] = [];
  for (const event of history) {
    if (event.type === 'complaint.escalated' && !targets.includes(event.data.to)) targets.push(event.data.to);
  }
  return targets;
}

/** Whether an event with this id is already in the history. */
export function hasEventId(history: History, id: string): boolean {
  return history.some((event) => event.id === id);
}
