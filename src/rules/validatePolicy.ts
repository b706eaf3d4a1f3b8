import { PolicyError } from '../errors/PolicyError.js';
import { HISTORY_EVENT_TYPES } from '../history/types.js';
import { checkWarning, type Fail } from './_lib/checkWarning.js';
import { POLICY_VOCABULARY } from './POLICY_VOCABULARY.js';
import type { Policy } from './types.js';

const EVENT_TYPES: ReadonlySet<string> = new Set(HISTORY_EVENT_TYPES);
// The events that carry `data.unitId`, the key of per-unit clocks.
const UNIT_EVENTS: ReadonlySet<string> = new Set(POLICY_VOCABULARY.unitEventTypes);
const UNITS: readonly string[] = POLICY_VOCABULARY.limitUnits;
const STATUSES: readonly string[] = POLICY_VOCABULARY.sourceStatuses;
const LAPSE_KINDS: readonly string[] = POLICY_VOCABULARY.lapseKinds;
const DUTY_HOLDERS: readonly string[] = POLICY_VOCABULARY.dutyHolders;
const ID_PATTERN = POLICY_VOCABULARY.ruleId;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function checkText(value: unknown, field: string, fail: Fail): void {
  if (!isRecord(value) || !nonEmptyString(value.id) || !nonEmptyString(value.en)) {
    fail(field, value, {
      id: 'diharapkan teks { id, en } yang keduanya tidak kosong',
      en: 'expected a text { id, en } with both languages filled in',
    });
  }
}

function checkSource(value: unknown, field: string, fail: Fail): void {
  if (!isRecord(value)) {
    fail(field, value, {
      id: 'setiap aturan wajib mencantumkan sumbernya { instrument, article, status }',
      en: 'every rule must cite its source { instrument, article, status }',
    });
  }
  if (!nonEmptyString(value.instrument)) {
    fail(`${field}.instrument`, value.instrument, {
      id: 'diharapkan nama peraturan, mis. "UU 25/2009"',
      en: 'expected the instrument, e.g. "UU 25/2009"',
    });
  }
  if (!nonEmptyString(value.article)) {
    fail(`${field}.article`, value.article, {
      id: 'diharapkan pasal, mis. "Pasal 44 ayat (3)"',
      en: 'expected the article, e.g. "Pasal 44 ayat (3)"',
    });
  }
  if (!STATUSES.includes(value.status as string)) {
    fail(`${field}.status`, value.status, {
      id: `diharapkan salah satu dari ${STATUSES.join(', ')}`,
      en: `expected one of ${STATUSES.join(', ')}`,
    });
  }
  if (value.note !== undefined && typeof value.note !== 'string') {
    fail(`${field}.note`, value.note, { id: 'diharapkan teks', en: 'expected a string' });
  }
}

function checkMatchers(
  value: unknown,
  field: string,
  fail: Fail,
  options: { required: boolean; unitEventsOnly?: boolean },
): void {
  if (value === undefined && !options.required) return;
  if (!Array.isArray(value) || (options.required && value.length === 0)) {
    fail(field, value, {
      id: 'diharapkan daftar peristiwa riwayat yang tidak kosong',
      en: 'expected a non-empty list of history events',
    });
  }
  value.forEach((matcher: unknown, index: number) => {
    const at = `${field}[${index}]`;
    const type = isRecord(matcher) ? matcher.type : matcher;
    if (typeof type !== 'string' || !EVENT_TYPES.has(type)) {
      fail(isRecord(matcher) ? `${at}.type` : at, type, {
        id: 'diharapkan jenis peristiwa yang dikenal (lihat HISTORY_EVENT_TYPES)',
        en: 'expected a known history event type (see HISTORY_EVENT_TYPES)',
      });
    }
    if (options.unitEventsOnly === true && !UNIT_EVENTS.has(type)) {
      fail(at, type, {
        id: `jam per unit harus dimulai oleh peristiwa yang membawa data.unitId: ${[...UNIT_EVENTS].join(', ')}`,
        en: `a per-unit clock must start on an event that carries data.unitId: ${[...UNIT_EVENTS].join(', ')}`,
      });
    }
    if (isRecord(matcher)) {
      const where = matcher.where;
      const valid =
        isRecord(where) &&
        Object.values(where).every(
          (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
        );
      if (!valid) {
        fail(`${at}.where`, where, {
          id: 'diharapkan objek { field: nilai | [nilai, …] } berisi teks',
          en: 'expected an object { field: value | [value, …] } of strings',
        });
      }
    }
  });
}

function checkCondition(value: unknown, field: string, fail: Fail): void {
  if (value === undefined) return;
  const stringList = (v: unknown) =>
    v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  if (!isRecord(value) || !stringList(value.in) || !stringList(value.notIn)) {
    fail(field, value, {
      id: 'diharapkan { in?: [teks], notIn?: [teks] }',
      en: 'expected { in?: [string], notIn?: [string] }',
    });
  }
}

function checkRule(rule: unknown, index: number, policyId: string | undefined, seen: Set<string>): void {
  const ruleId = isRecord(rule) && nonEmptyString(rule.id) ? rule.id : `rules[${index}]`;
  const fail: Fail = (field, value, expected) => {
    throw new PolicyError(
      { ...(policyId === undefined ? {} : { policyId }), ruleId, field, value },
      expected,
    );
  };
  if (!isRecord(rule)) fail('', rule, { id: 'diharapkan objek aturan', en: 'expected a rule object' });
  if (typeof rule.id !== 'string' || !ID_PATTERN.test(rule.id)) {
    fail('id', rule.id, {
      id: 'diharapkan id berupa huruf, angka, titik, garis bawah, titik dua atau tanda hubung, mis. "uu25.response"',
      en: 'expected an id of letters, digits, dots, underscores, colons or hyphens, e.g. "uu25.response"',
    });
  }
  if (seen.has(rule.id)) {
    fail('id', rule.id, {
      id: 'id aturan harus unik dalam satu kebijakan',
      en: 'rule ids must be unique within a policy',
    });
  }
  seen.add(rule.id);
  checkText(rule.title, 'title', fail);
  if (rule.summary !== undefined) checkText(rule.summary, 'summary', fail);
  if (rule.dutyOf !== undefined && !DUTY_HOLDERS.includes(rule.dutyOf as string)) {
    fail('dutyOf', rule.dutyOf, {
      id: `diharapkan salah satu dari ${DUTY_HOLDERS.join(', ')}`,
      en: `expected one of ${DUTY_HOLDERS.join(', ')}`,
    });
  }
  checkSource(rule.source, 'source', fail);

  const limit = rule.limit;
  if (!isRecord(limit))
    fail('limit', limit, { id: 'diharapkan { amount, unit }', en: 'expected { amount, unit }' });
  if (typeof limit.amount !== 'number' || !Number.isInteger(limit.amount) || limit.amount < 0) {
    fail('limit.amount', limit.amount, {
      id: 'diharapkan bilangan bulat ≥ 0',
      en: 'expected a whole number ≥ 0',
    });
  }
  if (limit.amount > 100_000) {
    fail('limit.amount', limit.amount, {
      id: 'diharapkan paling banyak 100000',
      en: 'expected at most 100000',
    });
  }
  if (!UNITS.includes(limit.unit as string)) {
    fail('limit.unit', limit.unit, {
      id: `diharapkan salah satu dari ${UNITS.join(', ')}`,
      en: `expected one of ${UNITS.join(', ')}`,
    });
  }
  if (limit.basis !== undefined) {
    const basis = limit.basis;
    if (!isRecord(basis) || !STATUSES.includes(basis.status as string) || !nonEmptyString(basis.note)) {
      fail('limit.basis', basis, {
        id: `diharapkan { status: ${STATUSES.join(' | ')}, note }`,
        en: `expected { status: ${STATUSES.join(' | ')}, note }`,
      });
    }
  }

  const scope = rule.scope ?? 'complaint';
  if (scope !== 'complaint' && scope !== 'per_unit') {
    fail('scope', rule.scope, {
      id: 'diharapkan "complaint" atau "per_unit"',
      en: 'expected "complaint" or "per_unit"',
    });
  }
  checkMatchers(rule.startOn, 'startOn', fail, { required: true, unitEventsOnly: scope === 'per_unit' });
  checkMatchers(rule.stopOn, 'stopOn', fail, { required: true });
  checkMatchers(rule.cancelOn, 'cancelOn', fail, { required: false });
  checkMatchers(rule.restartOn, 'restartOn', fail, { required: false });
  if (rule.pause !== undefined) {
    if (!isRecord(rule.pause))
      fail('pause', rule.pause, { id: 'diharapkan { on, resumeOn }', en: 'expected { on, resumeOn }' });
    checkMatchers(rule.pause.on, 'pause.on', fail, { required: true });
    checkMatchers(rule.pause.resumeOn, 'pause.resumeOn', fail, { required: true });
  }
  if (rule.newCycle !== undefined) {
    if (!isRecord(rule.newCycle)) {
      fail('newCycle', rule.newCycle, { id: 'diharapkan { on, startAt }', en: 'expected { on, startAt }' });
    }
    checkMatchers(rule.newCycle.on, 'newCycle.on', fail, { required: true });
    if (rule.newCycle.startAt !== 'cycle_event' && rule.newCycle.startAt !== 'start_event') {
      fail('newCycle.startAt', rule.newCycle.startAt, {
        id: 'diharapkan "cycle_event" atau "start_event"',
        en: 'expected "cycle_event" or "start_event"',
      });
    }
  }
  if (rule.startsAt !== undefined) {
    const s = rule.startsAt;
    const valid =
      isRecord(s) &&
      nonEmptyString(s.field) &&
      (s.type === 'instant' || s.type === 'date') &&
      (s.otherwise === 'event_at' || s.otherwise === 'not_applicable');
    if (!valid) {
      fail('startsAt', s, {
        id: 'diharapkan { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }',
        en: 'expected { field, type: "instant" | "date", otherwise: "event_at" | "not_applicable" }',
      });
    }
  }
  if (rule.appliesTo !== undefined) {
    if (!isRecord(rule.appliesTo)) {
      fail('appliesTo', rule.appliesTo, {
        id: 'diharapkan { complaintType?, classification? }',
        en: 'expected { complaintType?, classification? }',
      });
    }
    checkCondition(rule.appliesTo.complaintType, 'appliesTo.complaintType', fail);
    checkCondition(rule.appliesTo.classification, 'appliesTo.classification', fail);
  }
  if (rule.warning !== undefined) checkWarning(rule.warning, 'warning', fail);
  if (
    rule.nonWorkingDueDate !== undefined &&
    rule.nonWorkingDueDate !== 'keep' &&
    rule.nonWorkingDueDate !== 'next_working_day'
  ) {
    fail('nonWorkingDueDate', rule.nonWorkingDueDate, {
      id: 'diharapkan "keep" atau "next_working_day"',
      en: 'expected "keep" or "next_working_day"',
    });
  }
  const lapse = rule.onLapse;
  if (!isRecord(lapse) || !LAPSE_KINDS.includes(lapse.kind as string)) {
    fail('onLapse', lapse, {
      id: `diharapkan { kind: ${LAPSE_KINDS.join(' | ')} }`,
      en: `expected { kind: ${LAPSE_KINDS.join(' | ')} }`,
    });
  }
  if (lapse.kind === 'breach') {
    if (lapse.sanction !== undefined) {
      if (!isRecord(lapse.sanction)) {
        fail('onLapse.sanction', lapse.sanction, {
          id: 'diharapkan { text, source }',
          en: 'expected { text, source }',
        });
      }
      checkText(lapse.sanction.text, 'onLapse.sanction.text', fail);
      checkSource(lapse.sanction.source, 'onLapse.sanction.source', fail);
    }
    if (lapse.consequence !== undefined) checkText(lapse.consequence, 'onLapse.consequence', fail);
  }
}

/**
 * Checks a policy before anything is computed with it, and throws a `PolicyError` that names the rule
 * and the field at the first problem: a rule without a source, a limit that is negative or not a
 * whole number, an unknown start, stop, pause or cancel event, a per-unit clock started by an event
 * without a unit, a duplicate rule id.
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
  const policyId = isRecord(policy) && nonEmptyString(policy.id) ? policy.id : undefined;
  const fail: Fail = (field, value, expected) => {
    throw new PolicyError({ ...(policyId === undefined ? {} : { policyId }), field, value }, expected);
  };
  if (!isRecord(policy))
    fail('', policy, { id: 'diharapkan objek kebijakan', en: 'expected a policy object' });
  if (policyId === undefined) {
    fail('id', policy.id, {
      id: 'diharapkan id kebijakan yang tidak kosong',
      en: 'expected a non-empty policy id',
    });
  }
  checkText(policy.title, 'title', fail);
  if (!Array.isArray(policy.rules)) {
    fail('rules', policy.rules, { id: 'diharapkan daftar aturan', en: 'expected a list of rules' });
  }
  const seen = new Set<string>();
  policy.rules.forEach((rule: unknown, index: number) => {
    checkRule(rule, index, policyId, seen);
  });
  if (policy.preconditions !== undefined) {
    if (!Array.isArray(policy.preconditions)) {
      fail('preconditions', policy.preconditions, { id: 'diharapkan daftar', en: 'expected a list' });
    }
    const ids = new Set<string>();
    policy.preconditions.forEach((p: unknown, index: number) => {
      const at = `preconditions[${index}]`;
      if (!isRecord(p) || !nonEmptyString(p.id) || ids.has(p.id)) {
        fail(`${at}.id`, isRecord(p) ? p.id : p, {
          id: 'diharapkan id prasyarat yang tidak kosong dan unik',
          en: 'expected a non-empty, unique precondition id',
        });
      }
      ids.add(p.id);
      checkText(p.text, `${at}.text`, fail);
      checkSource(p.source, `${at}.source`, fail);
      checkMatchers(p.evidencedBy, `${at}.evidencedBy`, fail, { required: false });
    });
  }
  if (policy.options !== undefined) {
    const ok =
      isRecord(policy.options) &&
      Object.values(policy.options).every(
        (v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
      );
    if (!ok) {
      fail('options', policy.options, {
        id: 'diharapkan objek berisi teks, angka, boolean atau null',
        en: 'expected an object of strings, numbers, booleans or null',
      });
    }
  }
}
