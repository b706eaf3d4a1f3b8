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
    /** Host-assigned unique id, used to make deliveries idempotent. */
    id: identifier().optional(),
    /** What happened, e.g. `'complaint.submitted'`; decides the shape of `data`. */
    type: z.literal(type),
    /** When it happened, as an instant with offset or Z. */
    at: InstantSchema,
    /** Who did it. */
    actor: ActorSchema,
    /** The event's own facts (`{}` for events without any). */
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
  /** A complaint was submitted: the first event of every history. */
  'complaint.submitted': event(
    'complaint.submitted',
    z.strictObject({
      /** When the complainant received the service complained of: starts the filing window (Pasal 42(2)). */
      serviceReceivedOn: CivilDateSchema.optional(),
      /** When the event complained of happened: starts the Ombudsman 2-year window (UU 37/2008 Pasal 24). */
      incidentOn: CivilDateSchema.optional(),
      /** What kind of submission it is (`ComplaintTypeSchema`), when known at submission. */
      complaintType: ComplaintTypeSchema.optional(),
      /** Its Permendagri 8/2023 class, when known at submission. */
      classification: ClassificationSchema.optional(),
    }),
  ),
  /** The receipt (tanda terima) was issued: UU 25/2009 Pasal 44 ayat (1)-(2). */
  'complaint.received': event(
    'complaint.received',
    z.strictObject({
      /** The receipt's (tanda terima) number. */
      receiptNumber: shortText().optional(),
    }),
  ),
  /** Screening found the file complete: Pasal 44(3) met, Pasal 50(1) starts. */
  'file.declared_complete': event('file.declared_complete', noData),
  /** Screening found the file incomplete; the response says what is missing (Pasal 44 ayat (3)). */
  'file.declared_incomplete': event(
    'file.declared_incomplete',
    z.strictObject({
      /** What is missing, 1 to 50 items: the response says what is incomplete (UU 25/2009 Pasal 44 ayat (3)). */
      missing: frozenArray(z.array(text(SCHEMA_LIMITS.address)).min(1).max(SCHEMA_LIMITS.missingItems)),
      /** When the complainant received the response; Pasal 44(4) counts from then. */
      receivedByComplainantAt: InstantSchema.optional(),
    }),
  ),
  /** The complainant supplied the missing material (Pasal 44 ayat (4)). */
  'file.completed': event('file.completed', noData),
  /** The complaint is put on hold (SP4N-LAPOR! "Tunda"), with the reason. */
  'complaint.held': event(
    'complaint.held',
    z.strictObject({
      /** Why it is on hold. */
      reason: note(),
    }),
  ),
  /** A complaint on hold is handled again. */
  'complaint.resumed': event('complaint.resumed', noData),
  /** Not our authority (SP4N-LAPOR! "Bukan Wewenang"): referred to the competent agency. */
  'complaint.referred': event(
    'complaint.referred',
    z.strictObject({
      /** The competent agency it is referred to. */
      toAgency: text(SCHEMA_LIMITS.name),
      /** Why it is not ours. */
      reason: note().optional(),
    }),
  ),
  /** Archived (SP4N-LAPOR! "Arsipkan"): out of scope, duplicate, spam, with the reason. */
  'complaint.archived': event(
    'complaint.archived',
    z.strictObject({
      /** Why it is archived (`ArchiveReason`). */
      reason: z.enum(ARCHIVE_REASONS),
      /** A free remark. */
      note: note().optional(),
      /** For a duplicate: the id of the complaint it repeats. */
      duplicateOf: identifier().optional(),
    }),
  ),
  /** Disposition to a handling unit (OPD, or APIP for berkadar pengawasan); one per unit. */
  'complaint.dispositioned': event(
    'complaint.dispositioned',
    z.strictObject({
      /** The handling unit it is sent to. */
      unitId: identifier(),
      /** `'opd'`, or `'apip'` for a complaint berkadar pengawasan. */
      unitKind: z.enum(['opd', 'apip']),
      /** The unit's name, for people. */
      unitName: text(SCHEMA_LIMITS.name).optional(),
    }),
  ),
  /** A unit sends a disposition back as not its authority. */
  'disposition.rejected': event(
    'disposition.rejected',
    z.strictObject({
      /** The unit that sends it back. */
      unitId: identifier(),
      /** Why it is not the unit's authority. */
      reason: note(),
    }),
  ),
  /** A unit posts its follow-up (tindak lanjut) (SP4N-LAPOR! 5 hari kerja). */
  'followup.posted': event(
    'followup.posted',
    z.strictObject({
      /** The unit that posts it. */
      unitId: identifier(),
      /** The follow-up (tindak lanjut), in the unit's words. */
      summary: longText(),
    }),
  ),
  /** The examination of the complaint starts. */
  'examination.started': event('examination.started', noData),
  /** The decision on the examination (Pasal 50 ayat (1), (3)). */
  'decision.made': event(
    'decision.made',
    z.strictObject({
      /** Upheld, partially upheld or rejected (`DecisionOutcome`). */
      outcome: z.enum(DECISION_OUTCOMES),
      /** What was decided and why. */
      summary: longText(),
      /** Compensation granted (Pasal 50 ayat (3)), if any. */
      compensation: z
        .strictObject({
          /** The amount, in whole rupiah (at least 1). */
          amount: rupiah(),
          /** The last day for payment, `YYYY-MM-DD`. */
          dueOn: CivilDateSchema,
        })
        .optional(),
    }),
  ),
  /** The decision was delivered to the complainant (Pasal 50 ayat (2), (9)). */
  'decision.notified': event(
    'decision.notified',
    z.strictObject({
      /** How it was delivered (a letter, e-mail, the portal …). */
      channel: shortText().optional(),
    }),
  ),
  /** Compensation paid: the complaint is settled (Penjelasan Pasal 50 ayat (8)). */
  'compensation.paid': event(
    'compensation.paid',
    z.strictObject({
      /** The amount paid, in whole rupiah (at least 1). */
      amount: rupiah(),
    }),
  ),
  /** The complainant replies to the follow-up or decision. */
  'complainant.replied': event(
    'complainant.replied',
    z.strictObject({
      /** Accept the answer, dispute it, or comment (`ReplyKind`). */
      kind: z.enum(REPLY_KINDS),
      /** The reply, in the complainant's words. */
      message: longText().optional(),
    }),
  ),
  /** An administrator replies on the complaint (resets SP4N-LAPOR!'s auto-close). */
  'admin.replied': event(
    'admin.replied',
    z.strictObject({
      /** The reply. */
      message: longText().optional(),
    }),
  ),
  /** The complaint is reopened after a dispute: a new cycle of the clocks it concerns. */
  'complaint.reopened': event(
    'complaint.reopened',
    z.strictObject({
      /** Why it is reopened. */
      reason: note(),
    }),
  ),
  /** The complaint is closed, with the reason. */
  'complaint.closed': event(
    'complaint.closed',
    z.strictObject({
      /** Why it is closed (`CloseReason`). */
      reason: z.enum(CLOSE_REASONS),
      /** A free remark. */
      note: note().optional(),
    }),
  ),
  /** Withdrawn by the complainant, or deemed withdrawn (Pasal 44 ayat (5)). */
  'complaint.withdrawn': event(
    'complaint.withdrawn',
    z.strictObject({
      /** By the complainant, or deemed withdrawn after the Pasal 44(4) limit lapsed (Pasal 44(5)). */
      reason: z.enum(['by_complainant', 'deemed_lapsed']),
    }),
  ),
  /** Escalation recorded; it does not stop the provider's duties (Pasal 52(2), 53(2)). */
  'complaint.escalated': event(
    'complaint.escalated',
    z.strictObject({
      /** Where it goes (`EscalationTarget`). */
      to: z.enum(ESCALATION_TARGETS),
      /** The case number there, if any. */
      reference: shortText().optional(),
      /** A free remark. */
      note: note().optional(),
    }),
  ),
  /** A clock's breach was recorded by the host's scheduler; it changes no deadline. */
  'sla.breach_recorded': event(
    'sla.breach_recorded',
    z.strictObject({
      /** The breached clock's key in the SLA report. */
      clockKey: clockKey(),
    }),
  ),
  /** Ombudsman: LHP received by the Terlapor (PO 58/2023 Pasal 54 ayat (1)). */
  'ombudsman.lhp_received': event(
    'ombudsman.lhp_received',
    z.strictObject({
      /** The LHP's number. */
      reference: shortText().optional(),
    }),
  ),
  /** Ombudsman: the Terlapor acted on the LHP (tindakan korektif). */
  'ombudsman.lhp_acted': event('ombudsman.lhp_acted', noData),
  /** Ombudsman: a Rekomendasi was received by the atasan Terlapor (UU 37/2008 Pasal 38 ayat (2)). */
  'ombudsman.recommendation_received': event(
    'ombudsman.recommendation_received',
    z.strictObject({
      /** The Rekomendasi's number. */
      reference: shortText().optional(),
    }),
  ),
  /** Ombudsman: the atasan Terlapor reported on implementing the Rekomendasi. */
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
