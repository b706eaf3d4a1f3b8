import { PolicyError, type PolicyErrorDetails } from '../errors/PolicyError.js';
import { HISTORY_EVENT_TYPES, type HistoryEventType } from '../history/types.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { rulesText } from '../i18n/errorMessages/rules.js';
import type { LocalizedText } from '../i18n/types.js';
import { checkWarning } from './_lib/checkWarning.js';
import {
  OPTIONS,
  oneOf,
  perUnitStart,
  RULE_ID,
  STARTS_AT,
  tooLong,
  tooMany,
  unknownKey,
  unknownStartField,
  unknownWhereField,
} from './_lib/policyMessages.js';
import { isUnchangeablyValid, rememberIfUnchangeable } from './_lib/unchangeablyValid.js';
import { type DataFieldKind, POLICY_VOCABULARY } from './POLICY_VOCABULARY.js';
import type { Policy } from './types.js';

const EVENT_TYPES: ReadonlySet<string> = new Set(HISTORY_EVENT_TYPES);
// The events that carry `data.unitId`, the key of per-unit clocks.
const UNIT_EVENTS: ReadonlySet<string> = new Set(POLICY_VOCABULARY.unitEventTypes);
const UNITS: readonly string[] = POLICY_VOCABULARY.limitUnits;
const STATUSES: readonly string[] = POLICY_VOCABULARY.sourceStatuses;
const LAPSE_KINDS: readonly string[] = POLICY_VOCABULARY.lapseKinds;
const DUTY_HOLDERS: readonly string[] = POLICY_VOCABULARY.dutyHolders;
const NON_WORKING_DUE_DATES: readonly string[] = POLICY_VOCABULARY.nonWorkingDueDates;
const ID_PATTERN = POLICY_VOCABULARY.ruleId;
const KEYS = POLICY_VOCABULARY.keys;
const LIMITS = POLICY_VOCABULARY.limits;
const EVENT_DATA: Readonly<Record<string, Readonly<Record<string, DataFieldKind>>>> =
  POLICY_VOCABULARY.eventData;
/** Kinds of data field a `where` can compare with a string. */
const STRING_KINDS: ReadonlySet<DataFieldKind> = new Set(['instant', 'date', 'text']);

/** A path from the policy's root, as zod writes it: `['rules', 0, 'limit', 'amount']`. */
export type PolicyPath = readonly (string | number)[];

/** The first problem of a policy: where, what was wrong, and the kind of rule it breaks. */
export interface PolicyProblem {
  /** From the policy's root, for a zod issue. */
  readonly path: PolicyPath;
  /** As `PolicyError` reports it: the field relative to the rule when in a rule. */
  readonly details: Omit<PolicyErrorDetails, 'expected'>;
  readonly expected: LocalizedText;
  /** `duplicate_id` and `per_unit_start` are the cross-field rules; `invalid` is everything else. */
  readonly kind: 'invalid' | 'duplicate_id' | 'per_unit_start';
}

class Found {
  constructor(readonly problem: PolicyProblem) {}
}

/** Where the check is: the policy's id, the rule's id, and the path of the rule (or of the policy). */
interface Context {
  readonly policyId: string | undefined;
  readonly ruleId: string | undefined;
  readonly base: PolicyPath;
}

/** `limit.amount`, `stopOn[0].where`, `preconditions[1].id`. */
function fieldOf(path: PolicyPath): string {
  let field = '';
  for (const part of path) {
    if (typeof part === 'number') field += `[${part}]`;
    else field += field === '' ? part : `.${part}`;
  }
  return field;
}

function fail(
  at: Context,
  path: PolicyPath,
  value: unknown,
  expected: LocalizedText,
  kind: PolicyProblem['kind'] = 'invalid',
): never {
  throw new Found({
    path: [...at.base, ...path],
    details: {
      ...(at.policyId === undefined ? {} : { policyId: at.policyId }),
      ...(at.ruleId === undefined ? {} : { ruleId: at.ruleId }),
      field: fieldOf(path),
      value,
    },
    expected,
    kind,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Not only white space (the same test as the schemas' texts). */
function nonBlank(value: unknown): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

/** Refuses every key of `value` that `known` does not list. */
function checkKeys(
  at: Context,
  path: PolicyPath,
  value: Record<string, unknown>,
  known: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(at, [...path, key], value[key], unknownKey(known));
  }
}

/** A non-blank string of at most `max` characters. */
function checkString(
  at: Context,
  path: PolicyPath,
  value: unknown,
  max: number,
  expected: LocalizedText,
): void {
  if (typeof value === 'string' && value.length > max) fail(at, path, value, tooLong(max));
  if (!nonBlank(value)) fail(at, path, value, expected);
}

/** A list of at most `max` items (and at least `min`). */
function checkList(
  at: Context,
  path: PolicyPath,
  value: unknown,
  max: number,
  expected: LocalizedText,
  min = 0,
): asserts value is readonly unknown[] {
  if (!Array.isArray(value) || value.length < min) fail(at, path, value, expected);
  if (value.length > max) fail(at, path, value, tooMany(max));
}

const TEXT_EXPECTED = /* @__PURE__ */ rulesText('bilingual_text_expected');

function checkText(at: Context, path: PolicyPath, value: unknown): void {
  if (!isRecord(value)) fail(at, path, value, TEXT_EXPECTED);
  checkKeys(at, path, value, KEYS.text);
  for (const language of KEYS.text) {
    const text = value[language];
    if (typeof text === 'string' && text.length > LIMITS.text)
      fail(at, [...path, language], text, tooLong(LIMITS.text));
    if (!nonBlank(text)) fail(at, path, value, TEXT_EXPECTED);
  }
}

function checkSource(at: Context, path: PolicyPath, value: unknown): void {
  if (!isRecord(value)) {
    fail(at, path, value, rulesText('source_required'));
  }
  checkKeys(at, path, value, KEYS.source);
  checkString(
    at,
    [...path, 'instrument'],
    value.instrument,
    LIMITS.shortText,
    rulesText('instrument_expected'),
  );
  checkString(at, [...path, 'article'], value.article, LIMITS.shortText, rulesText('article_expected'));
  if (!STATUSES.includes(value.status as string))
    fail(at, [...path, 'status'], value.status, oneOf(STATUSES));
  if (value.note !== undefined) {
    checkString(at, [...path, 'note'], value.note, LIMITS.text, rulesText('non_blank_text_expected'));
  }
}

const MATCH_VALUE = /* @__PURE__ */ rulesText('non_blank_text_expected');

function checkWhere(at: Context, path: PolicyPath, type: HistoryEventType, where: unknown): void {
  const expected = rulesText('where_expected');
  if (!isRecord(where)) fail(at, path, where, expected);
  const data = EVENT_DATA[type] ?? {};
  const fields = Object.keys(data).filter((field) => STRING_KINDS.has(data[field] as DataFieldKind));
  for (const key of Object.keys(where)) {
    const value = where[key];
    if (!fields.includes(key)) fail(at, [...path, key], value, unknownWhereField(type, fields));
    // `undefined` is an absent condition, as a JSON round trip makes it.
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    // A wrong type is named at `where`, with the shape it must have.
    if (values.length === 0 || !values.every((v) => typeof v === 'string')) fail(at, path, where, expected);
    if (values.length > LIMITS.listItems) fail(at, [...path, key], value, tooMany(LIMITS.listItems));
    values.forEach((item, index) => {
      checkString(
        at,
        Array.isArray(value) ? [...path, key, index] : [...path, key],
        item,
        LIMITS.shortText,
        MATCH_VALUE,
      );
    });
  }
}

/** Checks a list of event matchers and returns the (known) event types it names. */
function checkMatchers(
  at: Context,
  path: PolicyPath,
  value: unknown,
  options: { required: boolean; unitEventsOnly?: boolean },
): HistoryEventType[] {
  if (value === undefined && !options.required) return [];
  checkList(at, path, value, LIMITS.listItems, rulesText('event_list_expected'), 1);
  const types: HistoryEventType[] = [];
  for (let index = 0; index < value.length; index++) {
    const matcher = value[index];
    const here = [...path, index];
    if (isRecord(matcher)) checkKeys(at, here, matcher, KEYS.matcher);
    const type = isRecord(matcher) ? matcher.type : matcher;
    if (typeof type !== 'string' || !EVENT_TYPES.has(type)) {
      fail(at, isRecord(matcher) ? [...here, 'type'] : here, type, rulesText('event_type_expected'));
    }
    if (options.unitEventsOnly === true && !UNIT_EVENTS.has(type)) {
      fail(
        at,
        isRecord(matcher) ? [...here, 'type'] : here,
        type,
        perUnitStart([...UNIT_EVENTS]),
        'per_unit_start',
      );
    }
    if (isRecord(matcher)) checkWhere(at, [...here, 'where'], type as HistoryEventType, matcher.where);
    types.push(type as HistoryEventType);
  }
  return types;
}

function checkCondition(at: Context, path: PolicyPath, value: unknown): void {
  if (value === undefined) return;
  const expected = rulesText('in_not_in_expected');
  if (!isRecord(value)) fail(at, path, value, expected);
  checkKeys(at, path, value, KEYS.condition);
  for (const key of KEYS.condition) {
    const list = value[key];
    if (list === undefined) continue;
    checkList(at, [...path, key], list, LIMITS.listItems, expected);
    list.forEach((item, index) => {
      checkString(at, [...path, key, index], item, LIMITS.shortText, MATCH_VALUE);
    });
  }
}

/** The start selector: its shape, then that its field is one the start events carry, of its type. */
function checkStartsAt(at: Context, value: unknown, startTypes: readonly HistoryEventType[]): void {
  if (!isRecord(value)) fail(at, ['startsAt'], value, STARTS_AT);
  checkKeys(at, ['startsAt'], value, KEYS.startsAt);
  const { field, type, otherwise } = value;
  const valid =
    nonBlank(field) &&
    (type === 'instant' || type === 'date') &&
    (otherwise === 'event_at' || otherwise === 'not_applicable');
  if (!valid) fail(at, ['startsAt'], value, STARTS_AT);
  const fields = [
    ...new Set(
      startTypes.flatMap((event) => {
        const data = EVENT_DATA[event] ?? {};
        return Object.keys(data).filter((name) => data[name] === type);
      }),
    ),
  ];
  if (!fields.includes(field)) {
    fail(at, ['startsAt', 'field'], field, unknownStartField(type, [...new Set(startTypes)], fields));
  }
}

function checkLapse(at: Context, lapse: unknown): void {
  if (!isRecord(lapse) || !LAPSE_KINDS.includes(lapse.kind as string)) {
    fail(at, ['onLapse'], lapse, rulesText('lapse_expected', { kinds: LAPSE_KINDS.join(' | ') }));
  }
  checkKeys(at, ['onLapse'], lapse, lapse.kind === 'breach' ? KEYS.breach : KEYS.lapse);
  if (lapse.sanction !== undefined) {
    const sanction = lapse.sanction;
    if (!isRecord(sanction)) {
      fail(at, ['onLapse', 'sanction'], sanction, rulesText('sanction_expected'));
    }
    checkKeys(at, ['onLapse', 'sanction'], sanction, KEYS.sanction);
    checkText(at, ['onLapse', 'sanction', 'text'], sanction.text);
    checkSource(at, ['onLapse', 'sanction', 'source'], sanction.source);
  }
  if (lapse.consequence !== undefined) checkText(at, ['onLapse', 'consequence'], lapse.consequence);
}

function checkLimit(at: Context, limit: unknown): void {
  if (!isRecord(limit)) fail(at, ['limit'], limit, rulesText('limit_expected'));
  checkKeys(at, ['limit'], limit, KEYS.limit);
  const amount = limit.amount;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0) {
    fail(at, ['limit', 'amount'], amount, rulesText('whole_number_expected'));
  }
  if (amount > LIMITS.limitAmount) {
    fail(at, ['limit', 'amount'], amount, rulesText('at_most_expected', { max: LIMITS.limitAmount }));
  }
  if (!UNITS.includes(limit.unit as string)) fail(at, ['limit', 'unit'], limit.unit, oneOf(UNITS));
  if (limit.basis !== undefined) {
    const basis = limit.basis;
    const expected = rulesText('basis_expected', { statuses: STATUSES.join(' | ') });
    if (!isRecord(basis)) fail(at, ['limit', 'basis'], basis, expected);
    checkKeys(at, ['limit', 'basis'], basis, KEYS.basis);
    if (!STATUSES.includes(basis.status as string)) fail(at, ['limit', 'basis'], basis, expected);
    checkString(at, ['limit', 'basis', 'note'], basis.note, LIMITS.text, expected);
  }
}

function checkRule(rule: unknown, index: number, policyId: string | undefined, seen: Set<string>): void {
  const ruleId = isRecord(rule) && nonBlank(rule.id) ? rule.id : `rules[${index}]`;
  const at: Context = { policyId, ruleId, base: ['rules', index] };
  if (!isRecord(rule)) fail(at, [], rule, rulesText('rule_object_expected'));
  checkKeys(at, [], rule, KEYS.rule);
  if (typeof rule.id === 'string' && rule.id.length > LIMITS.identifier) {
    fail(at, ['id'], rule.id, tooLong(LIMITS.identifier));
  }
  if (typeof rule.id !== 'string' || !ID_PATTERN.test(rule.id)) fail(at, ['id'], rule.id, RULE_ID);
  if (seen.has(rule.id)) {
    fail(at, ['id'], rule.id, rulesText('rule_id_unique'), 'duplicate_id');
  }
  seen.add(rule.id);
  checkText(at, ['title'], rule.title);
  if (rule.summary !== undefined) checkText(at, ['summary'], rule.summary);
  if (rule.dutyOf !== undefined && !DUTY_HOLDERS.includes(rule.dutyOf as string)) {
    fail(at, ['dutyOf'], rule.dutyOf, oneOf(DUTY_HOLDERS));
  }
  checkSource(at, ['source'], rule.source);
  checkLimit(at, rule.limit);

  const scope = rule.scope === undefined ? 'complaint' : rule.scope;
  if (scope !== 'complaint' && scope !== 'per_unit') {
    fail(at, ['scope'], rule.scope, rulesText('scope_expected'));
  }
  const startTypes = checkMatchers(at, ['startOn'], rule.startOn, {
    required: true,
    unitEventsOnly: scope === 'per_unit',
  });
  checkMatchers(at, ['stopOn'], rule.stopOn, { required: true });
  checkMatchers(at, ['cancelOn'], rule.cancelOn, { required: false });
  checkMatchers(at, ['restartOn'], rule.restartOn, { required: false });
  if (rule.pause !== undefined) {
    const pause = rule.pause;
    if (!isRecord(pause)) fail(at, ['pause'], pause, rulesText('pause_expected'));
    checkKeys(at, ['pause'], pause, KEYS.pause);
    checkMatchers(at, ['pause', 'on'], pause.on, { required: true });
    checkMatchers(at, ['pause', 'resumeOn'], pause.resumeOn, { required: true });
  }
  if (rule.newCycle !== undefined) {
    const cycle = rule.newCycle;
    if (!isRecord(cycle)) fail(at, ['newCycle'], cycle, rulesText('new_cycle_expected'));
    checkKeys(at, ['newCycle'], cycle, KEYS.newCycle);
    checkMatchers(at, ['newCycle', 'on'], cycle.on, { required: true });
    if (cycle.startAt !== 'cycle_event' && cycle.startAt !== 'start_event') {
      fail(at, ['newCycle', 'startAt'], cycle.startAt, rulesText('new_cycle_start_expected'));
    }
  }
  if (rule.startsAt !== undefined) checkStartsAt(at, rule.startsAt, startTypes);
  if (rule.appliesTo !== undefined) {
    const appliesTo = rule.appliesTo;
    if (!isRecord(appliesTo)) {
      fail(at, ['appliesTo'], appliesTo, rulesText('applies_to_expected'));
    }
    checkKeys(at, ['appliesTo'], appliesTo, KEYS.appliesTo);
    checkCondition(at, ['appliesTo', 'complaintType'], appliesTo.complaintType);
    checkCondition(at, ['appliesTo', 'classification'], appliesTo.classification);
  }
  if (rule.warning !== undefined) {
    checkWarning(rule.warning, 'warning', (field, value, expected) =>
      fail(
        at,
        field === 'warning' ? ['warning'] : ['warning', field.slice('warning.'.length)],
        value,
        expected,
      ),
    );
  }
  if (
    rule.nonWorkingDueDate !== undefined &&
    !NON_WORKING_DUE_DATES.includes(rule.nonWorkingDueDate as string)
  ) {
    fail(at, ['nonWorkingDueDate'], rule.nonWorkingDueDate, oneOf(NON_WORKING_DUE_DATES));
  }
  checkLapse(at, rule.onLapse);
}

function checkPreconditions(at: Context, value: unknown): void {
  checkList(at, ['preconditions'], value, LIMITS.listItems, errorText('list_expected'));
  const ids = new Set<string>();
  for (let index = 0; index < value.length; index++) {
    const p = value[index];
    const here = ['preconditions', index];
    const expectedId = rulesText('precondition_id_expected');
    if (!isRecord(p)) fail(at, [...here, 'id'], p, expectedId);
    checkKeys(at, here, p, KEYS.precondition);
    checkString(at, [...here, 'id'], p.id, LIMITS.identifier, expectedId);
    if (ids.has(p.id as string)) fail(at, [...here, 'id'], p.id, expectedId, 'duplicate_id');
    ids.add(p.id as string);
    checkText(at, [...here, 'text'], p.text);
    checkSource(at, [...here, 'source'], p.source);
    checkMatchers(at, [...here, 'evidencedBy'], p.evidencedBy, { required: false });
  }
}

function checkOptions(at: Context, options: unknown): void {
  if (!isRecord(options)) fail(at, ['options'], options, OPTIONS);
  for (const key of Object.keys(options)) {
    // A key `__proto__` (as `JSON.parse` makes it) is skipped, never read, as zod's records do.
    if (key === '__proto__') continue;
    const value = options[key];
    if (key.length > LIMITS.identifier) fail(at, ['options', key], value, tooLong(LIMITS.identifier));
    if (!nonBlank(key)) fail(at, ['options', key], value, OPTIONS);
    if (typeof value === 'string' && value.length > LIMITS.shortText) {
      fail(at, ['options', key], value, tooLong(LIMITS.shortText));
    }
    const ok =
      value === null ||
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!ok) fail(at, ['options', key], value, OPTIONS);
  }
}

/**
 * The first problem of a policy, or `undefined` when it is valid: the one check behind both
 * `validatePolicy` and `PolicySchema` (which ends by calling it), so that they cannot disagree.
 * Internal: hosts call one of those two.
 */
export function findPolicyProblem(policy: unknown): PolicyProblem | undefined {
  try {
    const policyId = isRecord(policy) && nonBlank(policy.id) ? policy.id : undefined;
    const at: Context = { policyId, ruleId: undefined, base: [] };
    if (!isRecord(policy)) fail(at, [], policy, rulesText('policy_object_expected'));
    checkKeys(at, [], policy, KEYS.policy);
    checkString(at, ['id'], policy.id, LIMITS.shortText, rulesText('policy_id_expected'));
    checkText(at, ['title'], policy.title);
    checkList(at, ['rules'], policy.rules, LIMITS.rules, rulesText('rule_list_expected'));
    const seen = new Set<string>();
    for (let index = 0; index < policy.rules.length; index++)
      checkRule(policy.rules[index], index, policyId, seen);
    if (policy.preconditions !== undefined) checkPreconditions(at, policy.preconditions);
    if (policy.options !== undefined) checkOptions(at, policy.options);
    return undefined;
  } catch (error) {
    if (error instanceof Found) return error.problem;
    throw error;
  }
}

/**
 * Checks a policy before anything is computed with it, and throws a `PolicyError` that names the rule
 * and the field at the first problem: a rule without a source, a limit that is negative or not a
 * whole number, an unknown start, stop, pause or cancel event, a per-unit clock started by an event
 * without a unit, a duplicate rule id, a key the policy vocabulary does not have (a misspelling), a
 * `where` or `startsAt` field the event does not carry, a text or list over its size limit. It
 * accepts exactly what `PolicySchema` of `pengaduan/schema` accepts.
 *
 * @param policy - the policy to check (any value: the check is at run time)
 * @returns nothing; it returns normally when the policy is valid
 * @throws PolicyError with `details.ruleId` and `details.field`
 * @example
 * ```ts
 * import { validatePolicy, uu25Policy } from 'pengaduan';
 * validatePolicy(uu25Policy); //=> undefined (valid)
 * validatePolicy({ ...uu25Policy, rules: [{ ...uu25Policy.rules[0], limit: { amount: -1, unit: 'calendar_days' } }] });
 * //=> throws PolicyError: Invalid policy "uu25-2009": rule "uu25.filing_window", `limit.amount` (-1): expected a whole number ≥ 0
 * ```
 */
export function validatePolicy(policy: unknown): asserts policy is Policy {
  if (isUnchangeablyValid(policy)) return;
  const problem = findPolicyProblem(policy);
  if (problem !== undefined)
    throw new PolicyError('invalid_policy', { ...problem.details, expected: problem.expected });
  rememberIfUnchangeable(policy);
}
