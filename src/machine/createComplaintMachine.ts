import { and, assign, setup } from 'xstate';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { EscalationTarget, HistoryEvent, HistoryEventOf } from '../history/types.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import { deepFreeze } from './_lib/deepFreeze.js';
import type { Watch } from './_lib/due.js';
import { guarded } from './_lib/guardErrors.js';
import { CHECKS, type GuardName, ROUTES, somethingDueAtTick } from './_lib/guards.js';
import { type TickEnding, tickRecords } from './_lib/tick.js';
import { COMPLAINT_STATES } from './states.js';
import {
  COMPLAINT_MACHINE_ID,
  COMPLAINT_MACHINE_VERSION,
  type ComplaintContext,
  type ComplaintEvent,
  type DeadlineEngine,
  type StateInfo,
} from './types.js';

/** What the machine is started with (see `startComplaint`, which validates it first). */
export interface ComplaintMachineInput {
  /** The first history event, `complaint.submitted`. */
  readonly submission: HistoryEventOf<'complaint.submitted'>;
  /** The handling unit's IANA zone (`startComplaint`'s `zone`, resolved). */
  readonly zone: string;
  /** Where a recorded breach escalates; `null` or absent (default) only records it (see `StartComplaintOptions`). */
  readonly escalateBreachesTo?: EscalationTarget | null;
}

type GuardArgs = {
  /** The complaint's context before the event. */
  context: ComplaintContext;
  /** The event being applied. */
  event: ComplaintEvent;
};

type Guards = { readonly [K in Exclude<GuardName, 'somethingDueAtTick'>]: (args: GuardArgs) => boolean } & {
  readonly somethingDueAtTick: (args: GuardArgs, params: { readonly watch: Watch }) => boolean;
};

function guardsFor(engine: DeadlineEngine): Guards {
  const bind =
    (check: (typeof CHECKS)[keyof typeof CHECKS]) =>
    ({ context, event }: GuardArgs) =>
      guarded(() => check(context, event, engine) === null);
  const route =
    (test: (typeof ROUTES)[keyof typeof ROUTES]) =>
    ({ context, event }: GuardArgs) =>
      guarded(() => test(context, event, engine));
  return {
    admissible: bind(CHECKS.admissible),
    unitIsNew: bind(CHECKS.unitIsNew),
    unitHeldByActor: bind(CHECKS.unitHeldByActor),
    withdrawalByComplainant: bind(CHECKS.withdrawalByComplainant),
    withdrawalWhileWaiting: bind(CHECKS.withdrawalWhileWaiting),
    closeAsAnswered: bind(CHECKS.closeAsAnswered),
    closeAdministrative: bind(CHECKS.closeAdministrative),
    breachRecordable: bind(CHECKS.breachRecordable),
    ombudsmanEscalated: bind(CHECKS.ombudsmanEscalated),
    replyIsComment: bind(CHECKS.replyIsComment),
    allUnitsAnswered: route(ROUTES.allUnitsAnswered),
    otherUnitsRemain: route(ROUTES.otherUnitsRemain),
    compensationGranted: route(ROUTES.compensationGranted),
    paidInFull: route(ROUTES.paidInFull),
    hasActiveUnits: route(ROUTES.hasActiveUnits),
    replyIsAccept: route(ROUTES.replyIsAccept),
    replyIsDispute: route(ROUTES.replyIsDispute),
    completionLapsedAtTick: route(ROUTES.completionLapsedAtTick),
    silenceElapsedAtTick: route(ROUTES.silenceElapsedAtTick),
    somethingDueAtTick: ({ context, event }, params) =>
      guarded(() => somethingDueAtTick(context, event, engine, params.watch)),
  };
}

function freezeEvent(event: HistoryEvent): HistoryEvent {
  // A copy, so the caller's object is never frozen or shared; then frozen all the way down.
  return Object.isFrozen(event) ? event : deepFreeze(structuredClone(event));
}

/** The initial context: the submission as the first history event, with its deadlines. */
/**
 * The error of a machine started without input. xstate's pure `transition()` builds an actor from the
 * machine on every call and asks it for an initial snapshot, without input, only to throw that
 * snapshot away: that path runs on every `applyEvent`, so the error is built once and thrown as is
 * (building an error captures a stack trace, which cost more than the transition itself).
 */
let missingInput: InvalidArgumentError | undefined;

export function initialContext(engine: DeadlineEngine, input: ComplaintMachineInput): ComplaintContext {
  if (typeof input !== 'object' || input === null) {
    missingInput ??= new InvalidArgumentError('invalid_argument', {
      argument: 'input',
      value: undefined,
      expected: machineText('machine_input_expected'),
    });
    throw missingInput;
  }
  const history = Object.freeze([freezeEvent(input.submission)]);
  return Object.freeze({
    policyId: engine.policyId,
    zone: input.zone,
    history,
    deadlines: engine.evaluate(history, input.submission.at, input.zone),
    reminded: Object.freeze([]),
    settings: Object.freeze({ escalateBreachesTo: input.escalateBreachesTo ?? null }),
  });
}

function appended(engine: DeadlineEngine, context: ComplaintContext, event: HistoryEvent): ComplaintContext {
  const history = Object.freeze([...context.history, freezeEvent(event)]);
  return Object.freeze({ ...context, history, deadlines: engine.evaluate(history, event.at, context.zone) });
}

function ticked(
  engine: DeadlineEngine,
  context: ComplaintContext,
  event: ComplaintEvent,
  ending: TickEnding,
  watch: Watch,
): ComplaintContext {
  if (event.type !== 'sla.tick') return context;
  const { records, reminded } = tickRecords(engine, context, event.at, ending, watch);
  const history = records.length === 0 ? context.history : Object.freeze([...context.history, ...records]);
  return Object.freeze({
    ...context,
    history,
    reminded,
    deadlines: engine.evaluate(history, event.at, context.zone),
  });
}

/**
 * Builds the complaint lifecycle machine on a deadline engine (one policy and one calendar). The
 * machine's events are the history events plus `sla.tick`; its context holds the history, the
 * policy id, the zone and the deadlines. Every guard and action is named, every state carries its
 * `StateInfo` as `meta`, and no legal deadline is an XState delay: the host delivers `sla.tick`.
 *
 * Most hosts never call this: `startComplaint`, `applyEvent` and `createComplaintActor` build and
 * cache the machine for the policy and calendar they are given, and add validation and refusals.
 *
 * @param engine - the deadline engine, from `createDeadlineEngine(policy, { calendar })`
 * @returns the XState v5 machine (`id: 'pengaduan.complaint'`)
 * @example
 * ```ts
 * import { initialTransition } from 'xstate';
 * import { nationalCalendar, uu25Policy } from 'pengaduan';
 * import { createComplaintMachine, createDeadlineEngine } from 'pengaduan/machine';
 *
 * const machine = createComplaintMachine(createDeadlineEngine(uu25Policy, { calendar: nationalCalendar }));
 * const [snapshot] = initialTransition(machine, {
 *   zone: 'Asia/Jakarta',
 *   submission: { type: 'complaint.submitted', at: '2025-03-27T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 * });
 * snapshot.value;
 * //=> 'submitted'
 * ```
 * @see UU 25/2009 Pasal 42-54; SP4N-LAPOR! operating rules
 */
export function createComplaintMachine(engine: DeadlineEngine) {
  const open = {
    'complaint.escalated': { guard: 'admissible', actions: 'appendEvent' },
    'sla.breach_recorded': { guard: and(['admissible', 'breachRecordable']), actions: 'appendEvent' },
    'admin.replied': { guard: 'admissible', actions: 'appendEvent' },
    'complainant.replied': { guard: and(['admissible', 'replyIsComment']), actions: 'appendEvent' },
    'complaint.withdrawn': {
      guard: and(['admissible', 'withdrawalByComplainant']),
      target: 'withdrawn',
      actions: 'appendEvent',
    },
    'ombudsman.lhp_received': { guard: and(['admissible', 'ombudsmanEscalated']), actions: 'appendEvent' },
    'ombudsman.lhp_acted': { guard: and(['admissible', 'ombudsmanEscalated']), actions: 'appendEvent' },
    'ombudsman.recommendation_received': {
      guard: and(['admissible', 'ombudsmanEscalated']),
      actions: 'appendEvent',
    },
    'ombudsman.recommendation_reported': {
      guard: and(['admissible', 'ombudsmanEscalated']),
      actions: 'appendEvent',
    },
    'sla.tick': {
      guard: { type: 'somethingDueAtTick', params: { watch: 'breaches' } },
      actions: { type: 'recordDue', params: { watch: 'breaches' } },
    },
  } as const;

  const meta = (info: StateInfo) => info;

  return setup({
    types: {
      context: {} as ComplaintContext,
      events: {} as ComplaintEvent,
      input: {} as ComplaintMachineInput,
      meta: {} as StateInfo,
    },
    guards: guardsFor(engine),
    actions: {
      /** Appends the event to the history and recomputes the deadlines as of its instant. */
      appendEvent: assign(({ context, event }) =>
        event.type === 'sla.tick' ? context : appended(engine, context, event),
      ),
      /** Tick: records newly breached clocks (and escalations), remembers the reminders the state watches. */
      recordDue: assign(({ context, event }, params: { readonly watch: Watch }) =>
        ticked(engine, context, event, 'none', params.watch),
      ),
      /** Tick: records the breaches due before the lapse, then `complaint.withdrawn` (`deemed_lapsed`). */
      recordLapse: assign(({ context, event }) => ticked(engine, context, event, 'lapse', 'completion')),
      /** Tick: records the breaches due before the silence ran out, then `complaint.closed` (`no_reply`). */
      recordAutoClose: assign(({ context, event }) => ticked(engine, context, event, 'autoClose', 'silence')),
      /** Records the closure that an accepting reply or a full payment brings (`complaint.closed` by the system). */
      recordClosure: assign(({ context, event }, params: { readonly reason: 'accepted' | 'settled' }) =>
        event.type === 'sla.tick'
          ? context
          : appended(engine, context, {
              id: `pengaduan:closed:${context.history.length}`,
              type: 'complaint.closed',
              at: event.at,
              actor: { role: 'system' },
              data: { reason: params.reason },
            }),
      ),
    },
  }).createMachine({
    id: COMPLAINT_MACHINE_ID,
    version: String(COMPLAINT_MACHINE_VERSION),
    /** The initial context, from the machine's input: the submission and its deadlines. */
    context: ({ input }) => initialContext(engine, input),
    initial: 'submitted',
    states: {
      submitted: {
        meta: meta(COMPLAINT_STATES.submitted),
        on: {
          ...open,
          'complaint.received': { guard: 'admissible', target: 'screening', actions: 'appendEvent' },
        },
      },
      screening: {
        meta: meta(COMPLAINT_STATES.screening),
        on: {
          ...open,
          'file.declared_complete': { guard: 'admissible', target: 'fileComplete', actions: 'appendEvent' },
          'file.declared_incomplete': {
            guard: 'admissible',
            target: 'awaitingCompletion',
            actions: 'appendEvent',
          },
          'complaint.held': { guard: 'admissible', target: 'onHold', actions: 'appendEvent' },
          'complaint.referred': { guard: 'admissible', target: 'referred', actions: 'appendEvent' },
          'complaint.archived': { guard: 'admissible', target: 'archived', actions: 'appendEvent' },
        },
      },
      awaitingCompletion: {
        meta: meta(COMPLAINT_STATES.awaitingCompletion),
        on: {
          ...open,
          'file.completed': { guard: 'admissible', target: 'screening', actions: 'appendEvent' },
          // A new or corrected notice, e.g. one that records when the complainant received it
          // (Pasal 44(4) counts from receipt); the completion clock restarts from it.
          'file.declared_incomplete': { guard: 'admissible', actions: 'appendEvent' },
          'complaint.withdrawn': {
            guard: and(['admissible', 'withdrawalWhileWaiting']),
            target: 'withdrawn',
            actions: 'appendEvent',
          },
          'sla.tick': [
            { guard: 'completionLapsedAtTick', target: 'withdrawn', actions: 'recordLapse' },
            {
              guard: { type: 'somethingDueAtTick', params: { watch: 'completion' } },
              actions: { type: 'recordDue', params: { watch: 'completion' } },
            },
          ],
        },
      },
      onHold: {
        meta: meta(COMPLAINT_STATES.onHold),
        on: {
          ...open,
          'complaint.resumed': { guard: 'admissible', target: 'screening', actions: 'appendEvent' },
          'complaint.referred': { guard: 'admissible', target: 'referred', actions: 'appendEvent' },
          'complaint.archived': { guard: 'admissible', target: 'archived', actions: 'appendEvent' },
        },
      },
      referred: { meta: meta(COMPLAINT_STATES.referred), type: 'final' },
      archived: { meta: meta(COMPLAINT_STATES.archived), type: 'final' },
      fileComplete: {
        meta: meta(COMPLAINT_STATES.fileComplete),
        on: {
          ...open,
          'complaint.dispositioned': { guard: 'admissible', target: 'dispositioned', actions: 'appendEvent' },
          'examination.started': { guard: 'admissible', target: 'examination', actions: 'appendEvent' },
        },
      },
      dispositioned: {
        meta: meta(COMPLAINT_STATES.dispositioned),
        on: {
          ...open,
          'complaint.dispositioned': { guard: and(['admissible', 'unitIsNew']), actions: 'appendEvent' },
          'disposition.rejected': [
            { guard: and(['admissible', 'unitHeldByActor', 'otherUnitsRemain']), actions: 'appendEvent' },
            { guard: and(['admissible', 'unitHeldByActor']), target: 'fileComplete', actions: 'appendEvent' },
          ],
          'followup.posted': [
            {
              guard: and(['admissible', 'unitHeldByActor', 'allUnitsAnswered']),
              target: 'awaitingFeedback',
              actions: 'appendEvent',
            },
            { guard: and(['admissible', 'unitHeldByActor']), actions: 'appendEvent' },
          ],
          'examination.started': { guard: 'admissible', target: 'examination', actions: 'appendEvent' },
        },
      },
      examination: {
        meta: meta(COMPLAINT_STATES.examination),
        on: {
          ...open,
          'complaint.dispositioned': { guard: and(['admissible', 'unitIsNew']), actions: 'appendEvent' },
          'disposition.rejected': { guard: and(['admissible', 'unitHeldByActor']), actions: 'appendEvent' },
          'followup.posted': { guard: and(['admissible', 'unitHeldByActor']), actions: 'appendEvent' },
          'decision.made': { guard: 'admissible', target: 'decided', actions: 'appendEvent' },
        },
      },
      decided: {
        meta: meta(COMPLAINT_STATES.decided),
        on: {
          ...open,
          'decision.notified': [
            {
              guard: and(['admissible', 'compensationGranted']),
              target: 'awaitingCompensation',
              actions: 'appendEvent',
            },
            { guard: 'admissible', target: 'awaitingFeedback', actions: 'appendEvent' },
          ],
        },
      },
      awaitingCompensation: {
        meta: meta(COMPLAINT_STATES.awaitingCompensation),
        on: {
          ...open,
          'compensation.paid': [
            {
              guard: and(['admissible', 'paidInFull']),
              target: 'settled',
              actions: ['appendEvent', { type: 'recordClosure', params: { reason: 'settled' } }],
            },
            { guard: 'admissible', actions: 'appendEvent' },
          ],
        },
      },
      settled: { meta: meta(COMPLAINT_STATES.settled), type: 'final' },
      awaitingFeedback: {
        meta: meta(COMPLAINT_STATES.awaitingFeedback),
        on: {
          ...open,
          'complainant.replied': [
            {
              guard: and(['admissible', 'replyIsAccept']),
              target: 'closed',
              actions: ['appendEvent', { type: 'recordClosure', params: { reason: 'accepted' } }],
            },
            { guard: and(['admissible', 'replyIsDispute']), target: 'disputed', actions: 'appendEvent' },
            { guard: 'admissible', actions: 'appendEvent' },
          ],
          'followup.posted': { guard: and(['admissible', 'unitHeldByActor']), actions: 'appendEvent' },
          // UU 25/2009 Pasal 50(1): the provider must decide within 60 days of the complete file,
          // also when a unit's follow-up already went to the complainant (SP4N-LAPOR! path).
          'decision.made': { guard: 'admissible', target: 'decided', actions: 'appendEvent' },
          'complaint.closed': {
            guard: and(['admissible', 'closeAsAnswered']),
            target: 'closed',
            actions: 'appendEvent',
          },
          'sla.tick': [
            { guard: 'silenceElapsedAtTick', target: 'closed', actions: 'recordAutoClose' },
            {
              guard: { type: 'somethingDueAtTick', params: { watch: 'silence' } },
              actions: { type: 'recordDue', params: { watch: 'silence' } },
            },
          ],
        },
      },
      disputed: {
        meta: meta(COMPLAINT_STATES.disputed),
        on: {
          ...open,
          'complaint.reopened': [
            { guard: and(['admissible', 'hasActiveUnits']), target: 'dispositioned', actions: 'appendEvent' },
            { guard: 'admissible', target: 'examination', actions: 'appendEvent' },
          ],
          'admin.replied': { guard: 'admissible', target: 'awaitingFeedback', actions: 'appendEvent' },
          'decision.made': { guard: 'admissible', target: 'decided', actions: 'appendEvent' },
          'complaint.closed': {
            guard: and(['admissible', 'closeAdministrative']),
            target: 'closed',
            actions: 'appendEvent',
          },
        },
      },
      closed: { meta: meta(COMPLAINT_STATES.closed), type: 'final' },
      withdrawn: { meta: meta(COMPLAINT_STATES.withdrawn), type: 'final' },
    },
  });
}

/** The machine type built by `createComplaintMachine`. */
export type ComplaintMachine = ReturnType<typeof createComplaintMachine>;
