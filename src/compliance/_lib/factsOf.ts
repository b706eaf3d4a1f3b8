import { civilDateOf } from '../../calendar/civilDateOf.js';
import { countWorkingDays } from '../../calendar/countWorkingDays.js';
import { toDayNumber } from '../../calendar/toDayNumber.js';
import type { CivilDate, Instant, WorkingCalendar } from '../../calendar/types.js';
import type { EscalationTarget, HistoryEvent } from '../../history/types.js';
import type { ComplaintState } from '../../machine/types.js';
import type { ComplaintFacts } from '../types.js';
import type { InputMeta } from './normalizeInput.js';

const FIRST_ANSWER = new Set<string>([
  'file.declared_complete',
  'file.declared_incomplete',
  'complaint.referred',
  'complaint.archived',
  'followup.posted',
  'decision.made',
  'admin.replied',
]);
const FINAL: ReadonlySet<string> = new Set(['closed', 'settled', 'withdrawn', 'referred', 'archived']);

interface Span {
  readonly days?: number;
  readonly working?: number;
}

function span(from: CivilDate, at: Instant, zone: string, calendar: WorkingCalendar): Span {
  try {
    const to = civilDateOf(at, zone);
    const days = toDayNumber(to) - toDayNumber(from);
    const working = countWorkingDays(from, to, calendar).days;
    return { days, working };
  } catch {
    // A date outside the calendar's window: the span is left out of the statistics, not guessed.
    return {};
  }
}

/** The facts the performance indicators count, read once from the evaluated history. */
export function factsOf(
  events: readonly HistoryEvent[],
  state: ComplaintState | undefined,
  meta: InputMeta,
  asOf: Instant,
  zone: string,
  calendar: WorkingCalendar,
): ComplaintFacts {
  const submission = events[0]?.type === 'complaint.submitted' ? events[0] : undefined;
  const receivedOn = submission === undefined ? undefined : civilDateOf(submission.at, zone);
  const units: string[] = [];
  const escalatedTo: EscalationTarget[] = [];
  let firstAnswer: HistoryEvent | undefined;
  let decision: HistoryEvent | undefined;
  let followedUp = false;
  let deemedWithdrawn = false;
  let reopened = 0;
  let toApip = false;
  let feedback: 'accept' | 'dispute' | undefined;
  let ended = false;
  let completed = false;
  for (const event of events) {
    if (firstAnswer === undefined && FIRST_ANSWER.has(event.type)) firstAnswer = event;
    switch (event.type) {
      case 'complaint.dispositioned':
        if (!units.includes(event.data.unitId)) units.push(event.data.unitId);
        if (event.data.unitKind === 'apip') toApip = true;
        break;
      case 'followup.posted':
        followedUp = true;
        break;
      case 'decision.made':
        followedUp = true;
        decision ??= event;
        break;
      case 'complaint.withdrawn':
        ended = true;
        if (event.data.reason === 'deemed_lapsed') deemedWithdrawn = true;
        break;
      case 'complaint.reopened':
        reopened++;
        break;
      case 'complaint.escalated':
        if (!escalatedTo.includes(event.data.to)) escalatedTo.push(event.data.to);
        break;
      case 'complainant.replied':
        if (event.data.kind !== 'comment') feedback = event.data.kind;
        break;
      case 'complaint.closed':
        ended = true;
        completed = true;
        break;
      case 'compensation.paid':
        break;
      case 'complaint.referred':
      case 'complaint.archived':
        ended = true;
        break;
      default:
        break;
    }
  }
  if (state !== undefined) {
    // The replay knows the state, including closures the machine records itself.
    ended = FINAL.has(state);
    completed = state === 'closed' || state === 'settled';
  }
  if (units.length === 0 && meta.unitId !== undefined) units.push(meta.unitId);
  const answer =
    receivedOn === undefined || firstAnswer === undefined
      ? {}
      : span(receivedOn, firstAnswer.at, zone, calendar);
  const decided =
    receivedOn === undefined || decision === undefined ? {} : span(receivedOn, decision.at, zone, calendar);
  const age = receivedOn === undefined || ended ? {} : span(receivedOn, asOf, zone, calendar);
  const data = submission?.type === 'complaint.submitted' ? submission.data : undefined;
  return {
    ...(receivedOn === undefined ? {} : { receivedOn, month: receivedOn.slice(0, 7) }),
    ...(meta.channel === undefined ? {} : { channel: meta.channel }),
    ...(data?.complaintType === undefined ? {} : { complaintType: data.complaintType }),
    ...(data?.classification === undefined ? {} : { classification: data.classification }),
    units,
    followedUp,
    completed,
    open: !ended,
    decided: decision !== undefined,
    ...(answer.days === undefined
      ? {}
      : { firstResponseDays: answer.days, firstResponseWorkingDays: answer.working }),
    ...(decided.days === undefined
      ? {}
      : { decisionDays: decided.days, decisionWorkingDays: decided.working }),
    ...(age.days === undefined ? {} : { ageDays: age.days }),
    deemedWithdrawn,
    reopened,
    escalatedTo,
    dispositionedToApip: toApip,
    ...(feedback === undefined ? {} : { feedback }),
    ...(meta.rating === undefined ? {} : { rating: meta.rating }),
  };
}
