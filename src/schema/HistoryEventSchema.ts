import { z } from 'zod';
import type {
  ArchiveReason,
  CloseReason,
  DecisionOutcome,
  EscalationTarget,
  HistoryEventType,
  ReplyKind,
} from '../history/types.js';
import { frozenArray } from './_lib/frozenArray.js';
import { clockKey, identifier, rupiah, text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { ActorSchema } from './ActorSchema.js';
import { CivilDateSchema } from './CivilDateSchema.js';
import { ClassificationSchema } from './ClassificationSchema.js';
import { ComplaintTypeSchema } from './ComplaintTypeSchema.js';
import { InstantSchema } from './InstantSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

export const ARCHIVE_REASONS = Object.freeze([
  'out_of_scope',
  'duplicate',
  'spam',
  'not_a_complaint',
  'other',
] as const satisfies readonly ArchiveReason[]);

export const CLOSE_REASONS = Object.freeze([
  'accepted',
  'no_reply',
  'settled',
  'administrative',
] as const satisfies readonly CloseReason[]);

/** Outcomes of the decision on an examination (UU 25/2009 Pasal 50). */
export const DECISION_OUTCOMES = Object.freeze([
  'upheld',
  'partially_upheld',
  'rejected',
] as const satisfies readonly DecisionOutcome[]);

export const REPLY_KINDS = Object.freeze([
  'accept',
  'dispute',
  'comment',
] as const satisfies readonly ReplyKind[]);

/** Where a complaint can be escalated (UU 25/2009 Pasal 18, 40, 45, 46, 51-53). */
export const ESCALATION_TARGETS = Object.freeze([
  'atasan',
  'pembina',
  'ombudsman',
  'dpr',
  'dprd',
  'ptun',
  'civil_court',
  'police',
] as const satisfies readonly EscalationTarget[]);

const noData = z.strictObject({});
const note = () => text(SCHEMA_LIMITS.note);
const longText = () => text(SCHEMA_LIMITS.longText);
const shortText = () => text(SCHEMA_LIMITS.shortText);

function event<const TType extends HistoryEventType, TData extends z.ZodType>(type: TType, data: TData) {
  return z.strictObject({
    id: identifier().optional(),
    type: z.literal(type),
    at: InstantSchema,
    actor: ActorSchema,
    data,
  });
}

/**
 * The schema of each history event, by type. Each is strict: an unknown key anywhere is an issue.
 *
 * @example
 * import { HistoryEventSchemas } from 'pengaduan/schema';
 * HistoryEventSchemas['complaint.held'].safeParse({
 *   type: 'complaint.held',
 *   at: '2025-04-14T08:00:00+07:00',
 *   actor: { role: 'admin_instansi' },
 *   data: { reason: 'Menunggu klarifikasi pelapor' },
 * }).success;
 * //=> true
 */
export const HistoryEventSchemas = Object.freeze({
  'complaint.submitted': event(
    'complaint.submitted',
    z.strictObject({
      serviceReceivedOn: CivilDateSchema.optional(),
      incidentOn: CivilDateSchema.optional(),
      complaintType: ComplaintTypeSchema.optional(),
      classification: ClassificationSchema.optional(),
    }),
  ),
  'complaint.received': event(
    'complaint.received',
    z.strictObject({ receiptNumber: shortText().optional() }),
  ),
  'file.declared_complete': event('file.declared_complete', noData),
  'file.declared_incomplete': event(
    'file.declared_incomplete',
    z.strictObject({
      // UU 25/2009 Pasal 44 ayat (3): the response says what is incomplete, so the list is never empty.
      missing: frozenArray(z.array(text(SCHEMA_LIMITS.address)).min(1).max(SCHEMA_LIMITS.missingItems)),
      receivedByComplainantAt: InstantSchema.optional(),
    }),
  ),
  'file.completed': event('file.completed', noData),
  'complaint.held': event('complaint.held', z.strictObject({ reason: note() })),
  'complaint.resumed': event('complaint.resumed', noData),
  'complaint.referred': event(
    'complaint.referred',
    z.strictObject({ toAgency: text(SCHEMA_LIMITS.name), reason: note().optional() }),
  ),
  'complaint.archived': event(
    'complaint.archived',
    z.strictObject({
      reason: z.enum(ARCHIVE_REASONS),
      note: note().optional(),
      duplicateOf: identifier().optional(),
    }),
  ),
  'complaint.dispositioned': event(
    'complaint.dispositioned',
    z.strictObject({
      unitId: identifier(),
      unitKind: z.enum(['opd', 'apip']),
      unitName: text(SCHEMA_LIMITS.name).optional(),
    }),
  ),
  'disposition.rejected': event(
    'disposition.rejected',
    z.strictObject({ unitId: identifier(), reason: note() }),
  ),
  'followup.posted': event('followup.posted', z.strictObject({ unitId: identifier(), summary: longText() })),
  'examination.started': event('examination.started', noData),
  'decision.made': event(
    'decision.made',
    z.strictObject({
      outcome: z.enum(DECISION_OUTCOMES),
      summary: longText(),
      compensation: z.strictObject({ amount: rupiah(), dueOn: CivilDateSchema }).optional(),
    }),
  ),
  'decision.notified': event('decision.notified', z.strictObject({ channel: shortText().optional() })),
  'compensation.paid': event('compensation.paid', z.strictObject({ amount: rupiah() })),
  'complainant.replied': event(
    'complainant.replied',
    z.strictObject({ kind: z.enum(REPLY_KINDS), message: longText().optional() }),
  ),
  'admin.replied': event('admin.replied', z.strictObject({ message: longText().optional() })),
  'complaint.reopened': event('complaint.reopened', z.strictObject({ reason: note() })),
  'complaint.closed': event(
    'complaint.closed',
    z.strictObject({ reason: z.enum(CLOSE_REASONS), note: note().optional() }),
  ),
  'complaint.withdrawn': event(
    'complaint.withdrawn',
    z.strictObject({ reason: z.enum(['by_complainant', 'deemed_lapsed']) }),
  ),
  'complaint.escalated': event(
    'complaint.escalated',
    z.strictObject({
      to: z.enum(ESCALATION_TARGETS),
      reference: shortText().optional(),
      note: note().optional(),
    }),
  ),
  'sla.breach_recorded': event('sla.breach_recorded', z.strictObject({ clockKey: clockKey() })),
  'ombudsman.lhp_received': event(
    'ombudsman.lhp_received',
    z.strictObject({ reference: shortText().optional() }),
  ),
  'ombudsman.lhp_acted': event('ombudsman.lhp_acted', noData),
  'ombudsman.recommendation_received': event(
    'ombudsman.recommendation_received',
    z.strictObject({ reference: shortText().optional() }),
  ),
  'ombudsman.recommendation_reported': event('ombudsman.recommendation_reported', noData),
} as const satisfies { readonly [T in HistoryEventType]: z.ZodType });

/**
 * One event of a complaint's history, discriminated on `type`: the schema of `HistoryEvent`. Unknown
 * keys (in the event, its actor or its data) are refused; texts are bounded (see `SCHEMA_LIMITS`).
 *
 * @example
 * import { HistoryEventSchema } from 'pengaduan/schema';
 * HistoryEventSchema.parse({
 *   type: 'complaint.dispositioned',
 *   at: '2025-04-10T10:15:00+08:00',
 *   actor: { role: 'admin_instansi', id: 'diskominfo-01' },
 *   data: { unitId: 'dinas-pupr', unitKind: 'opd' },
 * }).type;
 * //=> 'complaint.dispositioned'
 */
export const HistoryEventSchema = /* @__PURE__ */ withDefaultMessages(
  z.discriminatedUnion('type', [
    HistoryEventSchemas['complaint.submitted'],
    HistoryEventSchemas['complaint.received'],
    HistoryEventSchemas['file.declared_complete'],
    HistoryEventSchemas['file.declared_incomplete'],
    HistoryEventSchemas['file.completed'],
    HistoryEventSchemas['complaint.held'],
    HistoryEventSchemas['complaint.resumed'],
    HistoryEventSchemas['complaint.referred'],
    HistoryEventSchemas['complaint.archived'],
    HistoryEventSchemas['complaint.dispositioned'],
    HistoryEventSchemas['disposition.rejected'],
    HistoryEventSchemas['followup.posted'],
    HistoryEventSchemas['examination.started'],
    HistoryEventSchemas['decision.made'],
    HistoryEventSchemas['decision.notified'],
    HistoryEventSchemas['compensation.paid'],
    HistoryEventSchemas['complainant.replied'],
    HistoryEventSchemas['admin.replied'],
    HistoryEventSchemas['complaint.reopened'],
    HistoryEventSchemas['complaint.closed'],
    HistoryEventSchemas['complaint.withdrawn'],
    HistoryEventSchemas['complaint.escalated'],
    HistoryEventSchemas['sla.breach_recorded'],
    HistoryEventSchemas['ombudsman.lhp_received'],
    HistoryEventSchemas['ombudsman.lhp_acted'],
    HistoryEventSchemas['ombudsman.recommendation_received'],
    HistoryEventSchemas['ombudsman.recommendation_reported'],
  ]),
  'event',
);

/**
 * A whole history, oldest first, at most `SCHEMA_LIMITS.historyEvents` events. Order is not checked
 * here (two events may share an instant); the machine and the deadline engine read it in order.
 */
export const HistorySchema = /* @__PURE__ */ withDefaultMessages(
  frozenArray(z.array(HistoryEventSchema).max(SCHEMA_LIMITS.historyEvents)),
  'history',
);
