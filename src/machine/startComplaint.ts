import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { TransitionRefusedError } from '../errors/TransitionRefusedError.js';
import type { EscalationTarget, HistoryEventOf } from '../history/types.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { machineText } from '../i18n/errorMessages/machine.js';
import type { Locale } from '../i18n/types.js';
import { ESCALATION_TARGETS } from '../schema/HistoryEventSchema.js';
import { isZone, validateEvent } from './_lib/apply.js';
import { effectsOf } from './_lib/effects.js';
import { toEnvelope } from './_lib/envelope.js';
import { unwrapGuardErrors } from './_lib/guardErrors.js';
import { refusalNames, rolesNames } from './_lib/labels.js';
import { computedHere } from './_lib/quiet.js';
import { type RuntimeOptions, runtimeFor } from './_lib/runtime.js';
import { EVENT_PERMISSIONS } from './permissions.js';
import type { ApplyResult } from './types.js';

/** Options of `startComplaint`. */
export interface StartComplaintOptions extends RuntimeOptions {
  /** The handling unit's IANA zone; default the calendar's zone (`Asia/Jakarta`, WIB, for `nationalCalendar`). */
  readonly zone?: string;
  /**
   * Where a recorded breach escalates: `null` (default) only records it; e.g. `'atasan'` also records
   * a `complaint.escalated` by the system, once per target (SP4N-LAPOR! intervention practice).
   */
  readonly escalateBreachesTo?: EscalationTarget | null;
  /** The language of validation messages: `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/**
 * Starts a complaint from its submission: validates the event, stores it as the first history
 * event, computes its deadlines, and returns the snapshot in state `submitted` with the effect of
 * issuing the receipt.
 *
 * @param submission - the `complaint.submitted` event
 * @param options - the policy, calendar, zone and breach escalation
 * @returns the snapshot, the effects (`issue_receipt`), the appended event, the next wake-up
 * @throws TransitionRefusedError when the event is not a valid submission or its role may not submit
 * @throws InvalidArgumentError when the zone is not an IANA zone name
 * @example
 * ```ts
 * import { sp4nLaporPolicy } from 'pengaduan';
 * import { startComplaint } from 'pengaduan/machine';
 *
 * const { snapshot, effects } = startComplaint(
 *   { type: 'complaint.submitted', at: '2025-03-27T16:30:00+07:00', actor: { role: 'complainant' }, data: { complaintType: 'pengaduan' } },
 *   { policy: sp4nLaporPolicy },
 * );
 * snapshot.value;
 * //=> 'submitted'
 * effects[0]?.kind;
 * //=> 'issue_receipt'
 * ```
 * @see UU 25/2009 Pasal 42, 44 ayat (1)
 */
export function startComplaint(
  submission: HistoryEventOf<'complaint.submitted'>,
  options: StartComplaintOptions,
): ApplyResult {
  const runtime = runtimeFor(options);
  const zone = options.zone ?? runtime.engine.calendar.zone;
  if (!isZone(zone)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'zone',
      value: zone,
      expected: errorText('iana_zone_expected'),
    });
  }
  const escalateBreachesTo = options.escalateBreachesTo ?? null;
  if (escalateBreachesTo !== null && !ESCALATION_TARGETS.includes(escalateBreachesTo)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'escalateBreachesTo',
      value: escalateBreachesTo,
      expected: machineText('escalation_target_expected', { targets: ESCALATION_TARGETS.join(', ') }),
    });
  }
  const locale = options.locale === 'en' ? 'en' : 'id';
  const validated = validateEvent(submission, locale);
  const allowed = ['complaint.submitted'];
  if (!validated.ok) {
    const details = {
      reason: 'invalid_event',
      eventType: validated.type,
      state: 'none',
      allowed,
      issues: validated.issues,
    } as const;
    throw new TransitionRefusedError('transition_refused', {
      ...details,
      why: validated.text,
      names: refusalNames(details),
    });
  }
  const event = validated.event;
  if (event.type !== 'complaint.submitted') {
    const details = {
      reason: 'not_allowed_in_state',
      eventType: event.type,
      state: 'none',
      allowed,
    } as const;
    throw new TransitionRefusedError('transition_refused', {
      ...details,
      why: machineText('complaint_starts_with_submission'),
      names: refusalNames(details),
    });
  }
  const roles = EVENT_PERMISSIONS['complaint.submitted'].roles;
  if (!roles.includes(event.actor.role)) {
    const details = {
      reason: 'role_not_permitted',
      eventType: event.type,
      state: 'none',
      role: event.actor.role,
      allowed,
    } as const;
    throw new TransitionRefusedError('transition_refused', {
      ...details,
      why: machineText('complaint_submitted_by', { permitted: rolesNames(roles) }),
      names: refusalNames(details),
    });
  }
  const started = unwrapGuardErrors(() =>
    runtime.machine.getInitialSnapshot(runtime.scope, { submission: event, zone, escalateBreachesTo }),
  );
  const snapshot = toEnvelope(started, 1);
  const appended = started.context.history;
  // The initial context's report is as of the submission's instant, like the wake-up.
  const wakeUpAt = runtime.engine.nextWakeUp(appended, event.at, zone);
  computedHere(runtime, started.context, wakeUpAt);
  return Object.freeze({
    snapshot,
    effects: effectsOf(event, appended, undefined, started.context),
    appended,
    duplicate: false,
    wakeUpAt,
  });
}
