import type { AnyActorScope, AnyStateMachine, SnapshotFrom } from 'xstate';
import { canonicalJson } from '../../_lib/canonicalJson.js';
import type { WorkingCalendar } from '../../calendar/types.js';
import type { RefusalReason } from '../../errors/TransitionRefusedError.js';
import { TransitionRefusedError } from '../../errors/TransitionRefusedError.js';
import type { HistoryEvent } from '../../history/types.js';
import { complianceText } from '../../i18n/errorMessages/compliance.js';
import type { Locale, LocalizedText } from '../../i18n/types.js';
import { inertScope } from '../../machine/_lib/inertScope.js';
import {
  type ComplaintMachine,
  type ComplaintState,
  createComplaintMachine,
  createDeadlineEngine,
  EVENT_PERMISSIONS,
  replayHistory,
} from '../../machine/index.js';
import { mayRoleSend } from '../../machine/permissions.js';
import type { Policy } from '../../rules/types.js';
import type { Finding, FindingKind, FindingSeverity } from '../types.js';
import { lazyEngine } from './lazyEngine.js';
import { DEEMED_WITHDRAWAL_SOURCE, RECORD_SOURCE } from './sources.js';

type MachineSnapshot = SnapshotFrom<ComplaintMachine>;

interface Runner {
  readonly machine: ComplaintMachine;
  readonly scope: AnyActorScope;
}

// One machine per policy and calendar, built once: both are frozen values a host keeps. One inert
// actor scope (the machine layer's `inertScope`) serves every replay of it.
const runners = new WeakMap<Policy, WeakMap<WorkingCalendar, Runner>>();

function runnerFor(policy: Policy, calendar: WorkingCalendar): Runner {
  let byCalendar = runners.get(policy);
  if (byCalendar === undefined) {
    byCalendar = new WeakMap();
    runners.set(policy, byCalendar);
  }
  let runner = byCalendar.get(calendar);
  if (runner === undefined) {
    const machine = createComplaintMachine(lazyEngine(createDeadlineEngine(policy, { calendar })));
    const scope = inertScope(machine as AnyStateMachine);
    runner = { machine, scope };
    byCalendar.set(calendar, runner);
  }
  return runner;
}

/** What replaying a history through the lifecycle gives. */
export interface Replay {
  readonly state?: ComplaintState;
  /** The machine's history after the replay: the events it took, and the records it added itself. */
  readonly history?: readonly HistoryEvent[];
  readonly findings: readonly Finding[];
}

interface Refused {
  readonly reason: RefusalReason;
  readonly text: LocalizedText;
}

/**
 * Why the machine refused `event` after `accepted`: asked of the machine itself (`replayHistory`,
 * which gives its refusals a reason), so the audit's words are the machine's. Only called for the
 * rare refused event.
 */
function diagnose(
  accepted: readonly HistoryEvent[],
  event: HistoryEvent,
  state: string,
  options: { policy: Policy; calendar: WorkingCalendar; zone: string; locale: Locale },
): Refused {
  try {
    replayHistory([...accepted, event], options);
  } catch (error) {
    if (error instanceof TransitionRefusedError && error.details.index === accepted.length) {
      return { reason: error.details.reason, text: bareReason(error) };
    }
  }
  return {
    reason: 'not_allowed_in_state',
    text: complianceText('state_does_not_accept', { state, eventType: event.type }),
  };
}

/** The machine's own reason, without the prefixes `replayHistory` and the error add ("Event … refused in state …: history [n]: …"). */
function bareReason(error: TransitionRefusedError): LocalizedText {
  const { eventType, state, role } = error.details;
  const id = `Peristiwa ${eventType}${role === undefined ? '' : ` dari peran ${role}`} ditolak pada status ${state}: `;
  const en = `Event ${eventType}${role === undefined ? '' : ` from role ${role}`} refused in state ${state}: `;
  const strip = (text: string, prefix: string, history: RegExp): string => {
    let rest = text.startsWith(prefix) ? text.slice(prefix.length) : text;
    rest = rest.replace(history, '');
    return rest.startsWith(prefix) ? rest.slice(prefix.length) : rest;
  };
  return {
    id: strip(error.text.id, id, /^riwayat \[\d+\]: /),
    en: strip(error.text.en, en, /^history \[\d+\]: /),
  };
}

function kindOf(event: HistoryEvent, reason: RefusalReason, state: string): [FindingKind, FindingSeverity] {
  if (
    event.type === 'complaint.withdrawn' &&
    event.data.reason === 'deemed_lapsed' &&
    reason !== 'role_not_permitted'
  ) {
    // A deemed withdrawal the machine does not take: either the complainant was never told what is
    // missing (no Pasal 44(3) response of incompleteness), or the 30 days had not run out.
    return state === 'awaitingCompletion'
      ? ['deemed_withdrawal_too_early', 'high']
      : ['missing_incomplete_notice', 'high'];
  }
  if (reason === 'role_not_permitted') return ['role_not_permitted', 'medium'];
  if (reason === 'invalid_event') return ['invalid_event', 'low'];
  if (reason === 'out_of_order') return ['event_out_of_order', 'low'];
  if (reason === 'already_recorded') return ['event_not_allowed', 'low'];
  return ['event_not_allowed', 'medium'];
}

function refusalFinding(event: HistoryEvent, index: number, state: string, refused: Refused): Finding {
  const [kind, severity] = kindOf(event, refused.reason, state);
  const unitId =
    event.actor.unitId ??
    (typeof (event.data as { unitId?: unknown }).unitId === 'string'
      ? (event.data as { unitId: string }).unitId
      : undefined);
  const source =
    kind === 'deemed_withdrawal_too_early' || kind === 'missing_incomplete_notice'
      ? DEEMED_WITHDRAWAL_SOURCE
      : (EVENT_PERMISSIONS[event.type]?.source ?? RECORD_SOURCE);
  return {
    kind,
    severity,
    ruleId: `lifecycle.${refused.reason}`,
    source,
    instants: { doneAt: event.at },
    responsible: {
      role: event.actor.role,
      ...(event.actor.id === undefined ? {} : { actorId: event.actor.id }),
      ...(unitId === undefined ? {} : { unitId }),
    },
    eventIndex: index,
    eventType: event.type,
    text: complianceText('event_refused_by_lifecycle', {
      index,
      eventType: event.type,
      role: event.actor.role,
      at: event.at,
      state,
      why: refused.text,
    }),
  };
}

/**
 * Replays the events through the lifecycle machine exactly as recorded (no catch-up, like
 * `replayHistory`): each event the machine takes moves the complaint on, each one it refuses gives a
 * finding and is skipped, as it would be skipped by a system running the machine. Events the
 * machine appended itself (a closure after an accepting reply) are matched by id when the record
 * holds them too.
 */
export function replayWorkflow(
  events: readonly HistoryEvent[],
  indices: readonly number[],
  options: { policy: Policy; calendar: WorkingCalendar; zone: string; locale: Locale },
): Replay {
  const findings: Finding[] = [];
  const [first] = events;
  if (first === undefined) return { findings };
  if (first.type !== 'complaint.submitted') {
    findings.push({
      kind: 'event_not_allowed',
      severity: 'medium',
      ruleId: 'lifecycle.not_allowed_in_state',
      source: EVENT_PERMISSIONS['complaint.submitted'].source,
      instants: { doneAt: first.at },
      eventIndex: indices[0] ?? 0,
      eventType: first.type,
      text: complianceText('history_not_submitted_first', { eventType: first.type }),
    });
    return { findings };
  }
  if (!mayRoleSend('complaint.submitted', first.actor.role)) {
    findings.push(
      refusalFinding(first, indices[0] ?? 0, 'none', {
        reason: 'role_not_permitted',
        text: complianceText('submitted_by_roles', {
          roles: EVENT_PERMISSIONS['complaint.submitted'].roles.join(', '),
        }),
      }),
    );
  }
  const { machine, scope } = runnerFor(options.policy, options.calendar);
  let snapshot: MachineSnapshot = machine.getInitialSnapshot(scope, {
    submission: first,
    zone: options.zone,
    escalateBreachesTo: null,
  });
  const accepted: HistoryEvent[] = [first];
  for (let k = 1; k < events.length; k++) {
    const event = events[k]!;
    const index = indices[k] ?? k;
    const known =
      event.id === undefined ? undefined : snapshot.context.history.find((e) => e.id === event.id);
    if (known !== undefined && canonicalJson(known) === canonicalJson(event)) {
      accepted.push(event); // the machine wrote it itself (or it is a repeated delivery): already in
      continue;
    }
    const next: MachineSnapshot =
      snapshot.status === 'done' || known !== undefined
        ? snapshot
        : machine.transition(snapshot, event, scope);
    if (next.context.history.length === snapshot.context.history.length) {
      const state = String(snapshot.value);
      findings.push(refusalFinding(event, index, state, diagnose(accepted, event, state, options)));
      continue;
    }
    snapshot = next;
    accepted.push(event);
  }
  return { state: snapshot.value as ComplaintState, history: snapshot.context.history, findings };
}
