import type { CivilDate, Instant } from '../calendar/types.js';

/**
 * The history of a complaint: plain JSON events, oldest first. Everything else (state, deadlines,
 * warnings, breaches) is derived from it, so the history is what a host stores and what an auditor
 * replays. The zod schema for these types lives in `pengaduan/schema`.
 */

/** Who may act on a complaint (UU 25/2009 Pasal 42, 45; SP4N-LAPOR! roles; Permendagri 8/2023 APIP). */
export type ActorRole =
  | 'complainant' // pengadu or kuasa (UU 25/2009 Pasal 42 ayat (1))
  | 'admin_instansi' // admin instansi / koordinator: receives, screens, dispositions (SP4N-LAPOR!)
  | 'admin_penghubung' // admin/pejabat penghubung of an OPD: answers for the unit it belongs to
  | 'apip' // inspektorat (APIP): handles berkadar pengawasan complaints
  | 'supervisor' // atasan / pembina: oversight, decisions on escalation
  | 'system'; // the host's scheduler and automation

/** Who did something to a complaint: a role, optionally the host's id of the person and the unit. */
export interface Actor {
  /** What the actor is to the complaint; the machine checks it against the event's permissions. */
  readonly role: ActorRole;
  /** The host's identifier of the person or service account. */
  readonly id?: string;
  /** The handling unit (OPD, inspectorate) the actor acts for, when it acts for one. */
  readonly unitId?: string;
}

/** Where a complaint goes when it is not ours or goes above us (UU 25/2009 Pasal 18, 40, 45, 46, 51-53). */
export type EscalationTarget =
  | 'atasan' // atasan pelaksana / atasan satuan kerja (Pasal 45)
  | 'pembina' // pembina penyelenggara (Pasal 18 huruf h)
  | 'ombudsman' // Pasal 46; UU 37/2008
  | 'dpr' // Pasal 40 ayat (1)
  | 'dprd' // Pasal 40 ayat (1)
  | 'ptun' // Pasal 51
  | 'civil_court' // Pasal 52
  | 'police'; // Pasal 53

/** Why a complaint was archived without being handled (`complaint.archived`). */
export type ArchiveReason = 'out_of_scope' | 'duplicate' | 'spam' | 'not_a_complaint' | 'other';

/** Why a complaint was closed (`complaint.closed`). */
export type CloseReason =
  | 'accepted' // the complainant accepted the outcome
  | 'no_reply' // auto-closed after silence (SP4N-LAPOR! 10 hari kerja)
  | 'settled' // compensation paid (UU 25/2009 Penjelasan Pasal 50 ayat (8))
  | 'administrative'; // closed by a supervisor with a reason

/** The outcome of the decision on an examination (`decision.made`; UU 25/2009 Pasal 50). */
export type DecisionOutcome = 'upheld' | 'partially_upheld' | 'rejected';

/** What a complainant's reply does (`complainant.replied`): accept the answer, dispute it, or comment. */
export type ReplyKind = 'accept' | 'dispute' | 'comment';

/** The common shape of every history event. */
export interface HistoryEventBase<TType extends string, TData> {
  /** Host-assigned unique id, used to make deliveries idempotent. */
  readonly id?: string;
  /** What happened, e.g. `'complaint.submitted'`; decides the shape of `data`. */
  readonly type: TType;
  /** When it happened, as an instant with offset or Z. */
  readonly at: Instant;
  /** Who did it. */
  readonly actor: Actor;
  /** The event's own facts (`{}` for events without any). */
  readonly data: TData;
}

/** Empty payload, written `{}` in JSON. */
export type NoData = Readonly<Record<string, never>>;

/** A complaint was submitted: the first event of every history. */
export type ComplaintSubmitted = HistoryEventBase<
  'complaint.submitted',
  {
    /** When the complainant received the service complained of: starts the filing window (Pasal 42(2)). */
    readonly serviceReceivedOn?: CivilDate;
    /** When the event complained of happened: starts the Ombudsman 2-year window (UU 37/2008 Pasal 24). */
    readonly incidentOn?: CivilDate;
    /** What kind of submission it is (SP4N-LAPOR! report type), when known at submission. */
    readonly complaintType?: 'pengaduan' | 'aspirasi' | 'permintaan_informasi' | 'whistleblowing';
    /** Its Permendagri 8/2023 class, when known at submission. */
    readonly classification?: 'berkadar_pengawasan' | 'tidak_berkadar_pengawasan';
  }
>;
/** The receipt (tanda terima) was issued: UU 25/2009 Pasal 44 ayat (1)-(2). */
export type ComplaintReceived = HistoryEventBase<
  'complaint.received',
  {
    /** The receipt's (tanda terima) number. */
    readonly receiptNumber?: string;
  }
>;
/** Screening found the file complete ("berkas dinyatakan lengkap"): Pasal 44(3) met, Pasal 50(1) starts. */
export type FileDeclaredComplete = HistoryEventBase<'file.declared_complete', NoData>;
/** Screening found the file incomplete; the response says what is missing (Pasal 44 ayat (3)). */
export type FileDeclaredIncomplete = HistoryEventBase<
  'file.declared_incomplete',
  {
    /** What is missing, 1 to 50 items: the response says what is incomplete. */
    readonly missing: readonly string[];
    /**
     * When the complainant received the response; Pasal 44(4) counts from then. Without it, nothing is
     * deemed withdrawn (see docs/decisions.md; `createUu25Policy({ unknownReceipt: 'from_notice' })`
     * counts from `at` instead).
     */
    readonly receivedByComplainantAt?: Instant;
  }
>;
/** The complainant supplied the missing material (Pasal 44 ayat (4)). */
export type FileCompleted = HistoryEventBase<'file.completed', NoData>;
/** The complaint is put on hold (SP4N-LAPOR! "Tunda"), with the reason. */
export type ComplaintHeld = HistoryEventBase<
  'complaint.held',
  {
    /** Why it is on hold. */
    readonly reason: string;
  }
>;
/** A complaint on hold is handled again. */
export type ComplaintResumed = HistoryEventBase<'complaint.resumed', NoData>;
/** Not our authority (SP4N-LAPOR! "Bukan Wewenang"): referred to the competent agency. */
export type ComplaintReferred = HistoryEventBase<
  'complaint.referred',
  {
    /** The competent agency it is referred to. */
    readonly toAgency: string;
    /** Why it is not ours. */
    readonly reason?: string;
  }
>;
/** Archived (SP4N-LAPOR! "Arsipkan"): out of scope, duplicate, spam, with the reason. */
export type ComplaintArchived = HistoryEventBase<
  'complaint.archived',
  {
    /** Why it is archived. */
    readonly reason: ArchiveReason;
    /** A free remark. */
    readonly note?: string;
    /** For a duplicate: the id of the complaint it repeats. */
    readonly duplicateOf?: string;
  }
>;
/** Disposition to a handling unit (OPD, or APIP for berkadar pengawasan); one per unit. */
export type ComplaintDispositioned = HistoryEventBase<
  'complaint.dispositioned',
  {
    /** The handling unit it is sent to. */
    readonly unitId: string;
    /** `'opd'`, or `'apip'` for a complaint berkadar pengawasan. */
    readonly unitKind: 'opd' | 'apip';
    /** The unit's name, for people. */
    readonly unitName?: string;
  }
>;
/** A unit sends a disposition back as not its authority; the complaint must be re-routed. */
export type DispositionRejected = HistoryEventBase<
  'disposition.rejected',
  {
    /** The unit that sends it back. */
    readonly unitId: string;
    /** Why it is not the unit's authority. */
    readonly reason: string;
  }
>;
/** A unit posts its follow-up (tindak lanjut) to the complaint (SP4N-LAPOR! 5 hari kerja). */
export type FollowUpPosted = HistoryEventBase<
  'followup.posted',
  {
    /** The unit that posts it. */
    readonly unitId: string;
    /** The follow-up (tindak lanjut), in the unit's words. */
    readonly summary: string;
  }
>;
/** The examination of the complaint starts. */
export type ExaminationStarted = HistoryEventBase<'examination.started', NoData>;
/** The decision on the examination (Pasal 50 ayat (1), (3)). */
export type DecisionMade = HistoryEventBase<
  'decision.made',
  {
    /** Upheld, partially upheld or rejected. */
    readonly outcome: DecisionOutcome;
    /** What was decided and why. */
    readonly summary: string;
    /** Compensation granted (Pasal 50 ayat (3)): amount in rupiah and the payment deadline. */
    readonly compensation?: {
      /** The amount, in whole rupiah (at least 1). */
      readonly amount: number;
      /** The last day for payment, `YYYY-MM-DD`. */
      readonly dueOn: CivilDate;
    };
  }
>;
/** The decision was delivered to the complainant (Pasal 50 ayat (2), (9)). */
export type DecisionNotified = HistoryEventBase<
  'decision.notified',
  {
    /** How it was delivered (a letter, e-mail, the portal …). */
    readonly channel?: string;
  }
>;
/** Compensation paid: "dengan dibayarkannya ganti rugi, aduan dinyatakan selesai" (Penjelasan 50(8)). */
export type CompensationPaid = HistoryEventBase<
  'compensation.paid',
  {
    /** The amount paid, in whole rupiah (at least 1). */
    readonly amount: number;
  }
>;
/** The complainant replies to the follow-up or decision. */
export type ComplainantReplied = HistoryEventBase<
  'complainant.replied',
  {
    /** Accept the answer, dispute it, or comment. */
    readonly kind: ReplyKind;
    /** The reply, in the complainant's words. */
    readonly message?: string;
  }
>;
/** An administrator replies on the complaint (resets SP4N-LAPOR!'s auto-close, like a complainant reply). */
export type AdminReplied = HistoryEventBase<
  'admin.replied',
  {
    /** The reply. */
    readonly message?: string;
  }
>;
/** The complaint is reopened after a dispute: a new cycle of the clocks it concerns. */
export type ComplaintReopened = HistoryEventBase<
  'complaint.reopened',
  {
    /** Why it is reopened. */
    readonly reason: string;
  }
>;
/** The complaint is closed, with the reason. */
export type ComplaintClosed = HistoryEventBase<
  'complaint.closed',
  {
    /** Why it is closed. */
    readonly reason: CloseReason;
    /** A free remark. */
    readonly note?: string;
  }
>;
/** Withdrawn by the complainant, or deemed withdrawn after the Pasal 44(4) limit lapsed (Pasal 44(5)). */
export type ComplaintWithdrawn = HistoryEventBase<
  'complaint.withdrawn',
  {
    /** By the complainant, or deemed withdrawn after the Pasal 44(4) limit lapsed. */
    readonly reason: 'by_complainant' | 'deemed_lapsed';
  }
>;
/** Escalation recorded; it does not stop the provider's duties (Pasal 52 ayat (2), 53 ayat (2)). */
export type ComplaintEscalated = HistoryEventBase<
  'complaint.escalated',
  {
    /** Where it goes. */
    readonly to: EscalationTarget;
    /** The case number there, if any. */
    readonly reference?: string;
    /** A free remark. */
    readonly note?: string;
  }
>;
/** A breach of a clock was recorded (by the host's scheduler); informational, it changes no deadline. */
export type SlaBreachRecorded = HistoryEventBase<
  'sla.breach_recorded',
  {
    /** The breached clock's key in the SLA report. */
    readonly clockKey: string;
  }
>;
/** Ombudsman: LHP received by the Terlapor (PO 58/2023 Pasal 54 ayat (1) starts 30 hari kerja). */
export type OmbudsmanLhpReceived = HistoryEventBase<
  'ombudsman.lhp_received',
  {
    /** The LHP's number. */
    readonly reference?: string;
  }
>;
/** Ombudsman: the Terlapor acted on the LHP (tindakan korektif). */
export type OmbudsmanLhpActed = HistoryEventBase<'ombudsman.lhp_acted', NoData>;
/** Ombudsman: a Rekomendasi was received by the atasan Terlapor (UU 37/2008 Pasal 38 ayat (2)). */
export type OmbudsmanRecommendationReceived = HistoryEventBase<
  'ombudsman.recommendation_received',
  {
    /** The Rekomendasi's number. */
    readonly reference?: string;
  }
>;
/** Ombudsman: the atasan Terlapor reported on implementing the Rekomendasi. */
export type OmbudsmanRecommendationReported = HistoryEventBase<'ombudsman.recommendation_reported', NoData>;

/** Every event a complaint's history may hold, as a union discriminated on `type`. */
export type HistoryEvent =
  | ComplaintSubmitted
  | ComplaintReceived
  | FileDeclaredComplete
  | FileDeclaredIncomplete
  | FileCompleted
  | ComplaintHeld
  | ComplaintResumed
  | ComplaintReferred
  | ComplaintArchived
  | ComplaintDispositioned
  | DispositionRejected
  | FollowUpPosted
  | ExaminationStarted
  | DecisionMade
  | DecisionNotified
  | CompensationPaid
  | ComplainantReplied
  | AdminReplied
  | ComplaintReopened
  | ComplaintClosed
  | ComplaintWithdrawn
  | ComplaintEscalated
  | SlaBreachRecorded
  | OmbudsmanLhpReceived
  | OmbudsmanLhpActed
  | OmbudsmanRecommendationReceived
  | OmbudsmanRecommendationReported;

/** The type of a history event, e.g. `'complaint.submitted'` (the keys of `HistoryEventSchemas`). */
export type HistoryEventType = HistoryEvent['type'];

/** The event of a given type. */
export type HistoryEventOf<T extends HistoryEventType> = Extract<
  HistoryEvent,
  {
    /** The event type to pick. */
    type: T;
  }
>;

/** A complaint's history, oldest first. */
export type History = readonly HistoryEvent[];

/** Every history event type, in lifecycle order (for documentation, schemas and exhaustive tests). */
export const HISTORY_EVENT_TYPES = [
  'complaint.submitted',
  'complaint.received',
  'file.declared_complete',
  'file.declared_incomplete',
  'file.completed',
  'complaint.held',
  'complaint.resumed',
  'complaint.referred',
  'complaint.archived',
  'complaint.dispositioned',
  'disposition.rejected',
  'followup.posted',
  'examination.started',
  'decision.made',
  'decision.notified',
  'compensation.paid',
  'complainant.replied',
  'admin.replied',
  'complaint.reopened',
  'complaint.closed',
  'complaint.withdrawn',
  'complaint.escalated',
  'sla.breach_recorded',
  'ombudsman.lhp_received',
  'ombudsman.lhp_acted',
  'ombudsman.recommendation_received',
  'ombudsman.recommendation_reported',
] as const satisfies readonly HistoryEventType[];

/** Compile-time check that the list above names every type of the union. */
type _Missing = Exclude<HistoryEventType, (typeof HISTORY_EVENT_TYPES)[number]>;
const _exhaustive: [_Missing] extends [never] ? true : never = true;
void _exhaustive;
