import { errorText } from '../../i18n/errorMessages/index.js';
import { rulesText } from '../../i18n/errorMessages/rules.js';
import type { LocalizedText } from '../../i18n/types.js';

/*
 * The longer texts of `validatePolicy` (and, through it, of `PolicySchema`): what a field accepts, in
 * Bahasa Indonesia and English, from the i18n tables. Each is completed by `PolicyError` into
 * "Kebijakan "x" tidak valid: aturan "y", `field` (value): <text>".
 */

const NONE = /* @__PURE__ */ rulesText('none_listed');

/** A list of names, or "none" in each language when it is empty. */
function list(items: readonly string[]): LocalizedText {
  return items.length === 0 ? NONE : { id: items.join(', '), en: items.join(', ') };
}

/** A key the object does not have: usually a misspelling. */
export function unknownKey(known: readonly string[]): LocalizedText {
  return rulesText('unknown_key', { known: list(known) });
}

/** A `where` key that is not a text field of the matcher's event: it would never match. */
export function unknownWhereField(type: string, fields: readonly string[]): LocalizedText {
  return rulesText('unknown_where_field', { type, fields: list(fields) });
}

/** A `startsAt.field` that no start event carries with the selector's type. */
export function unknownStartField(
  type: 'instant' | 'date',
  events: readonly string[],
  fields: readonly string[],
): LocalizedText {
  const kind = rulesText(type === 'instant' ? 'instant_field_kind' : 'date_field_kind');
  return rulesText('unknown_start_field', { kind, events: list(events), fields: list(fields) });
}

/** A text longer than the limit. */
export function tooLong(max: number): LocalizedText {
  return rulesText('too_long', { max });
}

/** A list longer than the limit. */
export function tooMany(max: number): LocalizedText {
  return rulesText('too_many', { max });
}

/** A value outside a closed list. */
export function oneOf(values: readonly string[]): LocalizedText {
  return errorText('one_of_expected', { allowed: values.join(', ') });
}

/** A per-unit clock started by an event without `data.unitId`. */
export function perUnitStart(events: readonly string[]): LocalizedText {
  return rulesText('per_unit_start', { eventTypes: events.join(', ') });
}

export const RULE_ID: LocalizedText = /* @__PURE__ */ rulesText('rule_id_expected');

export const STARTS_AT: LocalizedText = /* @__PURE__ */ rulesText('starts_at_expected');

export const OPTIONS: LocalizedText = /* @__PURE__ */ rulesText('policy_options_expected');
