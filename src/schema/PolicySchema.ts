import { z } from 'zod';
import { HISTORY_EVENT_TYPES } from '../history/types.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { POLICY_VOCABULARY } from '../rules/POLICY_VOCABULARY.js';
import { findPolicyProblem } from '../rules/validatePolicy.js';
import { frozenArray } from './_lib/frozenArray.js';
import { text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';

// The vocabulary and the size limits live once, in the rules layer, and the schema ends by running
// `validatePolicy`'s own check (below), so that the two accept exactly the same policies.
const {
  ruleId: RULE_ID,
  sourceStatuses: SOURCE_STATUSES,
  limitUnits: LIMIT_UNITS,
  dutyHolders: DUTY_HOLDERS,
  nonWorkingDueDates: NON_WORKING_DUE_DATES,
  limits: LIMITS,
} = POLICY_VOCABULARY;
const MAX_RULES = LIMITS.rules;
const MAX_MATCHERS = LIMITS.listItems;
const MAX_LIMIT = LIMITS.limitAmount;
const MAX_THRESHOLD = LIMITS.warningDays;

/** Events whose data carries `unitId`: the only ones that can start a per-unit clock. */
export const UNIT_EVENT_TYPES = POLICY_VOCABULARY.unitEventTypes;

const LocalizedTextSchema = z.strictObject({ id: text(LIMITS.text), en: text(LIMITS.text) });

const LegalSourceSchema = z.strictObject({
  instrument: text(LIMITS.shortText),
  article: text(LIMITS.shortText),
  status: z.enum(SOURCE_STATUSES),
  note: text(LIMITS.text).optional(),
});

const EventTypeSchema = z.enum(HISTORY_EVENT_TYPES);

const matchValue = text(LIMITS.shortText);

/**
 * The data fields any history event has (from the vocabulary, which a test checks against the event
 * schemas): the only fields a `where` or a `startsAt` can name. Which ones a given event carries is
 * checked by the shared policy check.
 */
const DATA_FIELDS = [
  ...new Set(Object.values(POLICY_VOCABULARY.eventData).flatMap((fields) => Object.keys(fields))),
].sort();

// A strict object of the known data fields rather than a record: an unknown field (or `__proto__`)
// is refused with an issue instead of being dropped or never matching.
const whereValue = () =>
  z.union([matchValue, frozenArray(z.array(matchValue).min(1).max(MAX_MATCHERS))]).optional();
const WhereSchema = z
  .strictObject(
    Object.fromEntries(DATA_FIELDS.map((field) => [field, whereValue()])) as Record<
      string,
      ReturnType<typeof whereValue>
    >,
  )
  .transform((where) => where as Readonly<Record<string, string | readonly string[]>>);

const EventMatcherSchema = z.union([
  EventTypeSchema,
  z.strictObject({ type: EventTypeSchema, where: WhereSchema }),
]);

// One instance, so that the JSON Schema can define it once and refer to it.
const MatchersSchema = frozenArray(z.array(EventMatcherSchema).min(1).max(MAX_MATCHERS));
const matchers = () => MatchersSchema;

const FieldConditionSchema = z.strictObject({
  in: frozenArray(z.array(matchValue).max(MAX_MATCHERS)).optional(),
  notIn: frozenArray(z.array(matchValue).max(MAX_MATCHERS)).optional(),
});

const WarningThresholdSchema = z.union([
  z.strictObject({ workingDaysBefore: z.number().int().min(0).max(MAX_THRESHOLD) }),
  z.strictObject({ calendarDaysBefore: z.number().int().min(0).max(MAX_THRESHOLD) }),
  z.strictObject({ fraction: z.number().gt(0).max(1) }),
]);

const LapseEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('breach'),
    sanction: z.strictObject({ text: LocalizedTextSchema, source: LegalSourceSchema }).optional(),
    consequence: LocalizedTextSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('deemed_withdrawn') }),
  z.strictObject({ kind: z.literal('auto_close') }),
  z.strictObject({ kind: z.literal('window_closed') }),
]);

const RULE_ONLY = /* @__PURE__ */ errorText('rule_only_title');

/**
 * Runs `validatePolicy`'s own check (`findPolicyProblem`) and adds its first problem as an issue, its
 * path less the first `skip` parts. Duplicate ids and per-unit starts have issues of their own already.
 */
function addPolicyProblem(policy: unknown, ctx: z.RefinementCtx, skip: number): void {
  const problem = findPolicyProblem(policy);
  if (problem === undefined || problem.kind !== 'invalid') return;
  ctx.addIssue({
    code: 'custom',
    path: problem.path.slice(skip),
    message: problem.expected.en,
    params: { rule: 'policy', expected: problem.expected },
  });
}

/**
 * A clock rule of a host-supplied policy: the schema of `ClockRule` (see `pengaduan`'s rules layer).
 * A per-unit clock must start on an event that carries a unit id, and a `where` or `startsAt` may
 * name only fields its events carry; those cross-field rules are checked by zod only (by the check
 * `validatePolicy` runs, so a rule valid here is valid there).
 */
export const ClockRuleSchema = /* @__PURE__ */ withDefaultMessages(
  z
    .strictObject({
      id: z.string().max(LIMITS.identifier, { abort: true }).regex(RULE_ID),
      title: LocalizedTextSchema,
      summary: LocalizedTextSchema.optional(),
      dutyOf: z.enum(DUTY_HOLDERS).optional(),
      limit: z.strictObject({
        amount: z.number().int().min(0).max(MAX_LIMIT),
        unit: z.enum(LIMIT_UNITS),
        basis: z.strictObject({ status: z.enum(SOURCE_STATUSES), note: text(LIMITS.text) }).optional(),
      }),
      scope: z.enum(['complaint', 'per_unit']).optional(),
      startOn: matchers(),
      startsAt: z
        .strictObject({
          field: z.enum(DATA_FIELDS as [string, ...string[]]),
          type: z.enum(['instant', 'date']),
          otherwise: z.enum(['event_at', 'not_applicable']),
        })
        .optional(),
      stopOn: matchers(),
      cancelOn: matchers().optional(),
      pause: z.strictObject({ on: matchers(), resumeOn: matchers() }).optional(),
      restartOn: matchers().optional(),
      newCycle: z
        .strictObject({ on: matchers(), startAt: z.enum(['cycle_event', 'start_event']) })
        .optional(),
      appliesTo: z
        .strictObject({
          complaintType: FieldConditionSchema.optional(),
          classification: FieldConditionSchema.optional(),
        })
        .optional(),
      warning: WarningThresholdSchema.optional(),
      nonWorkingDueDate: z.enum(NON_WORKING_DUE_DATES).optional(),
      onLapse: LapseEffectSchema,
      source: LegalSourceSchema,
    })
    .superRefine((rule, ctx) => {
      if (rule.scope === 'per_unit') {
        rule.startOn.forEach((matcher, index) => {
          const type = typeof matcher === 'string' ? matcher : matcher.type;
          if (!(UNIT_EVENT_TYPES as readonly string[]).includes(type)) {
            ctx.addIssue({
              code: 'custom',
              path: typeof matcher === 'string' ? ['startOn', index] : ['startOn', index, 'type'],
              params: { rule: 'perUnitStart', events: UNIT_EVENT_TYPES.join(', ') },
            });
          }
        });
      }
      // The rule alone, in a policy of its own, through `validatePolicy`'s check: what the shapes
      // cannot say (which fields its events carry), at the rule's own paths.
      if (ctx.issues.length === 0) addPolicyProblem({ id: 'rule', title: RULE_ONLY, rules: [rule] }, ctx, 2);
    }),
);

const PreconditionSchema = z.strictObject({
  id: text(LIMITS.identifier),
  text: LocalizedTextSchema,
  evidencedBy: matchers().optional(),
  source: LegalSourceSchema,
});

function uniqueIds(items: readonly { readonly id: string }[], list: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [list, index, 'id'], params: { rule: 'duplicateId' } });
    }
    seen.add(item.id);
  });
}

/**
 * A host-supplied deadline policy (a Perbup, an agency's SOP, a changed preset): the schema of
 * `Policy`, for policies read from JSON or a database. Rule ids and precondition ids must be unique,
 * and per-unit clocks must start on a unit event; those cross-field rules are checked by zod only.
 * It ends by running `validatePolicy`'s own check, and its enums, data fields and size limits come
 * from the same table (`POLICY_VOCABULARY`): it accepts exactly the policies `validatePolicy` /
 * `definePolicy` accept (a property test checks it both ways).
 *
 * @example
 * import { PolicySchema } from 'pengaduan/schema';
 * PolicySchema.safeParse({
 *   id: 'perbup-contoh-12-2024',
 *   title: { id: 'Perbup Contoh 12/2024', en: 'Regent Regulation Contoh 12/2024' },
 *   rules: [{
 *     id: 'perbup.response',
 *     title: { id: 'Tanggapan awal', en: 'First response' },
 *     limit: { amount: 7, unit: 'working_days' },
 *     startOn: ['complaint.submitted'],
 *     stopOn: ['file.declared_complete', 'file.declared_incomplete'],
 *     onLapse: { kind: 'breach' },
 *     source: { instrument: 'Perbup Contoh 12/2024', article: 'Pasal 9 ayat (2)', status: 'verified' },
 *   }],
 * }).success;
 * //=> true
 */
export const PolicySchema = /* @__PURE__ */ withDefaultMessages(
  z
    .strictObject({
      id: text(LIMITS.shortText),
      title: LocalizedTextSchema,
      rules: frozenArray(z.array(ClockRuleSchema).max(MAX_RULES)),
      preconditions: frozenArray(z.array(PreconditionSchema).max(MAX_MATCHERS)).optional(),
      options: z
        .record(
          // Any key, as `validatePolicy` allows (combined policies prefix keys with a policy id).
          text(LIMITS.identifier),
          z.union([z.string().max(LIMITS.shortText), z.number(), z.boolean(), z.null()]),
        )
        .optional(),
    })
    .superRefine((policy, ctx) => {
      uniqueIds(policy.rules, 'rules', ctx);
      if (policy.preconditions !== undefined) uniqueIds(policy.preconditions, 'preconditions', ctx);
      // Already refused (an unknown key, a duplicate id, a per-unit start): the issues say why.
      // Otherwise the same check as `validatePolicy`, so that nothing passes one and fails the other.
      if (ctx.issues.length === 0) addPolicyProblem(policy, ctx, 0);
    }),
  'policy',
);

/** A policy as `PolicySchema` outputs it: assignable to `Policy`. */
export type PolicyRecord = z.output<typeof PolicySchema>;
