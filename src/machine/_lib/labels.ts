import { describeValue } from '../../_lib/describeValue.js';
import type { RefusalNames } from '../../errors/TransitionRefusedError.js';
import { machineText } from '../../i18n/errorMessages/machine.js';
import { messagesFor } from '../../i18n/messagesFor.js';
import type { LocalizedText } from '../../i18n/types.js';
import { COMPLAINT_STATES } from '../states.js';

/*
 * How the machine names roles, events, states and data values in its messages: Indonesian messages
 * carry the words an officer uses (the i18n `values` table, the state labels), never the internal
 * codes (`admin_instansi`, `screening`). English messages keep the codes; `details` always does.
 */

const VALUES: Readonly<Record<string, string>> = messagesFor('id').values;

function word(code: string): string | undefined {
  return Object.hasOwn(VALUES, code) ? VALUES[code] : undefined;
}

/** A code from untrusted input, bounded: as written when short and known-safe, else described. */
function bounded(value: unknown): string {
  return typeof value === 'string' && value.length <= 60 && /^[\w.:@#/+-]*$/.test(value)
    ? value
    : describeValue(value);
}

/** The label of an event type, or the bounded value when the type is not one the machine knows. */
export function eventLabel(type: unknown): LocalizedText {
  const known = typeof type === 'string' ? word(type) : undefined;
  if (known !== undefined) return { id: known, en: type as string };
  if (type === 'unknown' || type === 'none' || typeof type !== 'string') {
    return machineText('unknown_event_type_label');
  }
  return machineText('unrecognised_event_type_label', { shown: bounded(type) });
}

/** The label of a role, or the bounded value. */
export function roleLabel(role: unknown): LocalizedText {
  const known = typeof role === 'string' ? word(role) : undefined;
  if (known !== undefined) return { id: known, en: role as string };
  const shown = bounded(role);
  return { id: shown, en: shown };
}

/** The label of a state (`"Diverifikasi"`), or the bounded value. */
export function stateLabel(state: unknown): LocalizedText {
  if (state === 'none') return machineText('before_submission_label');
  if (typeof state === 'string' && Object.hasOwn(COMPLAINT_STATES, state)) {
    const { label } = COMPLAINT_STATES[state as keyof typeof COMPLAINT_STATES];
    return machineText('state_label', { label, stateId: state });
  }
  const shown = bounded(state);
  return { id: shown, en: shown };
}

/** The Indonesian label of a data value the machine quotes, or the bounded value. */
function valueLabel(value: unknown): string {
  return (typeof value === 'string' ? word(value) : undefined) ?? bounded(value);
}

/** A data value as a message names it: its Indonesian label, and the code itself in English. */
export function valueNames(value: string): LocalizedText {
  return { id: valueLabel(value), en: value };
}

/** A list of roles as a message names it: their labels, and the codes in English. */
export function rolesNames(roles: readonly string[]): LocalizedText {
  return { id: roles.map((role) => roleLabel(role).id).join(', '), en: roles.join(', ') };
}

/** The names a refusal message uses for the codes in its details. */
export function refusalNames(details: {
  readonly eventType: unknown;
  readonly state: unknown;
  readonly role?: unknown;
}): RefusalNames {
  return {
    event: eventLabel(details.eventType),
    state: stateLabel(details.state),
    ...(details.role === undefined ? {} : { role: roleLabel(details.role) }),
  };
}
