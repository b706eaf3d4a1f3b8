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

const LocalizedTextSchema = z.strictObject({
  /** The text in Bahasa Indonesia. */
  id: text(LIMITS.text),
  /** The text in English. */
  en: text(LIMITS.text),
});

const LegalSourceSchema = z.strictObject({
  /** The instrument, e.g. `'UU 25/2009'`, `'PO 58/2023'`. */
  instrument: text(LIMITS.shortText),
  /** The article, e.g. `'Pasal 44 ayat (3)'`. */
  article: text(LIMITS.shortText),
  /** How sure we are of the rule: read in the text, known from practice, or our reading. */
  status: z.enum(SOURCE_STATUSES),
  /** Why the status is what it is, or which reading was chosen. */
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
  z.strictObject({
    /** The event type. */
    type: EventTypeSchema,
    /** Conditions on the event's `data`: each field must equal the value, or one of the array's. */
    where: WhereSchema,
  }),
]);

// One instance, so that the JSON Schema can define it once and refer to it.
const MatchersSchema = frozenArray(z.array(EventMatcherSchema).min(1).max(MAX_MATCHERS));
const matchers = () => MatchersSchema;

const FieldConditionSchema = z.strictObject({
  /** The field's value must be one of these. */
  in: frozenArray(z.array(matchValue).max(MAX_MATCHERS)).optional(),
  /** The field's value must not be one of these (a missing field passes). */
  notIn: frozenArray(z.array(matchValue).max(MAX_MATCHERS)).optional(),
});

const WarningThresholdSchema = z.union([
  z.strictObject({
    /** Warn from the start of the k-th working day before the due date. */
    workingDaysBefore: z.number().int().min(0).max(MAX_THRESHOLD),
  }),
  z.strictObject({
    /** Warn from the start of the k-th calendar day before the due date. */
    calendarDaysBefore: z.number().int().min(0).max(MAX_THRESHOLD),
  }),
  z.strictObject({
    /** Warn from the day on which this share of the limit is used, 0 < f ≤ 1. */
    fraction: z.number().gt(0).max(1),
  }),
]);

const LapseEffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A duty was not met on time. */
    kind: z.literal('breach'),
    /** The sanction the law names for the breach (UU 25/2009 Pasal 54), where it names one. */
    sanction: z
      .strictObject({
        /** The sanction in plain words, in Bahasa Indonesia and English. */
        text: LocalizedTextSchema,
        /** The article that provides it. */
        source: LegalSourceSchema,
      })
      .optional(),
    /** What follows procedurally, in Bahasa Indonesia and English. */
    consequence: LocalizedTextSchema.optional(),
  }),
  z.strictObject({
    /** The complaint is deemed withdrawn (UU 25/2009 Pasal 44 ayat (5)). */
    kind: z.literal('deemed_withdrawn'),
  }),
  z.strictObject({
    /** The complaint is deemed finished. */
    kind: z.literal('auto_close'),
  }),
  z.strictObject({
    /** A filing window closed. */
    kind: z.literal('window_closed'),
  }),
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
      /** Unique in a policy, stable across versions: `'uu25.response'`. */
      id: z.string().max(LIMITS.identifier, { abort: true }).regex(RULE_ID),
      /** The clock's name, in Bahasa Indonesia and English, as reports and effects show it. */
      title: LocalizedTextSchema,
      /** One or two sentences: what the duty is, in plain words. */
      summary: LocalizedTextSchema.optional(),
      /** Who has to act before the clock runs out; not stated when absent. */
      dutyOf: z.enum(DUTY_HOLDERS).optional(),
      /** How long the clock runs from day 0. */
      limit: z.strictObject({
        /** A whole number ≥ 0. */
        amount: z.number().int().min(0).max(MAX_LIMIT),
        /** What `amount` counts (`LimitUnit`). */
        unit: z.enum(LIMIT_UNITS),
        /** Present when the unit is a reading of the text rather than the text itself. */
        basis: z
          .strictObject({
            /** How sure we are of the unit (e.g. `inferred` for the "hari" of UU 25/2009). */
            status: z.enum(SOURCE_STATUSES),
            /** Why, and which reading was chosen. */
            note: text(LIMITS.text),
          })
          .optional(),
      }),
      /** One clock per complaint, or one per handling unit; default `'complaint'`. */
      scope: z.enum(['complaint', 'per_unit']).optional(),
      /** The events that start a run: the first one of a cycle, or one after the previous run ended. */
      startOn: matchers(),
      /** Where day 0 is read from; the start event's `at` when absent. */
      startsAt: z
        .strictObject({
          /** The field of the start event's `data` that holds day 0, e.g. `'serviceReceivedOn'`. */
          field: z.enum(DATA_FIELDS as [string, ...string[]]),
          /** Whether the field holds an instant or a civil date (`YYYY-MM-DD`). */
          type: z.enum(['instant', 'date']),
          /** When the field is absent: count from the event's `at`, or report the clock `not_applicable`. */
          otherwise: z.enum(['event_at', 'not_applicable']),
        })
        .optional(),
      /** The events that stop a run: `met` when on or before the due instant, `breached` or `lapsed` after. */
      stopOn: matchers(),
      /** The events that end a run still within its limit as `not_applicable`; none when absent. */
      cancelOn: matchers().optional(),
      /** What suspends counting and what resumes it; the clock never pauses when absent. */
      pause: z
        .strictObject({
          /** The events that pause the clock (e.g. `complaint.held`). */
          on: matchers(),
          /** The events that let it count again (e.g. `complaint.resumed`). */
          resumeOn: matchers(),
        })
        .optional(),
      /** The events that move day 0 to themselves while the run is open and not yet due; none when absent. */
      restartOn: matchers().optional(),
      /** What begins a new cycle (a reopened complaint); one cycle only when absent. */
      newCycle: z
        .strictObject({
          /** The events that begin a new cycle (e.g. `complaint.reopened`). */
          on: matchers(),
          /** Where the new cycle's run starts: at the cycle event, or at the next start event. */
          startAt: z.enum(['cycle_event', 'start_event']),
        })
        .optional(),
      /** Which complaints the rule applies to; all when absent. */
      appliesTo: z
        .strictObject({
          /** A condition on the SP4N-LAPOR! report type (`pengaduan`, `aspirasi` …). */
          complaintType: FieldConditionSchema.optional(),
          /** A condition on the Permendagri 8/2023 class. */
          classification: FieldConditionSchema.optional(),
        })
        .optional(),
      /** This rule's warning threshold; the evaluation's `warning` option, then the default, otherwise. */
      warning: WarningThresholdSchema.optional(),
      /** For calendar-day, month and year limits; default `'keep'`. Ignored for working days. */
      nonWorkingDueDate: z.enum(NON_WORKING_DUE_DATES).optional(),
      /** What it means when the clock runs out: a breach (with its sanction), or a state effect. */
      onLapse: LapseEffectSchema,
      /** The article the limit comes from, and how sure we are of it. */
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
  /** Unique in a policy, stable across versions. */
  id: text(LIMITS.identifier),
  /** The condition in plain words, in Bahasa Indonesia and English. */
  text: LocalizedTextSchema,
  /** The history event that shows the condition is met, where there is one. */
  evidencedBy: matchers().optional(),
  /** The article that sets the condition. */
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
      /** Quoted in every report; encodes the options a preset was built with, for audits. */
      id: text(LIMITS.shortText),
      /** The policy's name, in Bahasa Indonesia and English. */
      title: LocalizedTextSchema,
      /** Its clocks, each with an `id` unique in the policy. */
      rules: frozenArray(z.array(ClockRuleSchema).max(MAX_RULES)),
      /** Conditions a host must check that are not clocks; none when absent. */
      preconditions: frozenArray(z.array(PreconditionSchema).max(MAX_MATCHERS)).optional(),
      /** The options a preset was created with (or a host's own settings), for the record. */
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

/**
 * A policy as `PolicySchema` outputs it: assignable to `Policy`.
 *
 * @interface
 */
export type PolicyRecord = z.output<typeof PolicySchema>;
