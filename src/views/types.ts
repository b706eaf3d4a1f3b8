import type { CivilDate, Instant } from '../calendar/types.js';
import type { ActorRole, History, HistoryEventType } from '../history/types.js';
import type { LocalizedText } from '../i18n/types.js';
import type { LegalSource } from '../rules/types.js';
import type { Complaint } from '../schema/ComplaintSchema.js';
import type { SlaReport } from '../sla/types.js';

/**
 * Who a complaint is shown to:
 * - `public`: anyone (a public tracking page, open data);
 * - `complainant`: the pengadu (or their kuasa) about their own complaint;
 * - `terlapor`: the party complained about, including a unit that handles a complaint about itself;
 * - `opd_staff`: staff of the OPD (unit) the complaint was dispositioned to, who follow it up but do
 *   not verify the complainant: the report and its handling, without hidden identity or contact details;
 * - `handler`: admin instansi, admin penghubung and APIP staff who verify and handle it;
 * - `supervisor`: atasan and pembina who oversee handling and deadlines.
 *
 * docs/views.md has the whole table of what each one sees.
 */
export type Audience = 'public' | 'complainant' | 'terlapor' | 'opd_staff' | 'handler' | 'supervisor';

/** How one audience sees a complaint. */
export interface AudienceRules {
  /** The report itself (service, loss, remedy, location): always, or not when it is *rahasia*. */
  readonly content: 'always' | 'unless_rahasia';
  /**
   * The complainant's (and representative's) name: always, unless identity is hidden (*anonim* or
   * identity kept confidential under Pasal 42(5)), or never.
   */
  readonly name: 'always' | 'unless_hidden' | 'never';
  /**
   * Address, NIK, phone, e-mail, signature, power of attorney, and the contact of a report without
   * identity.
   */
  readonly contact: boolean;
  /**
   * Evidence files (they often show identity: a scan of a KTP) and the complainant's account ids:
   * always, unless identity is hidden, or never.
   */
  readonly attachments: 'always' | 'unless_hidden' | 'never';
  /** The free text of replies (complainant and admin messages). */
  readonly messages: boolean;
  /** The host's ids of the people who acted. */
  readonly actorIds: boolean;
  /** `full`: every history event with its data; `public`: the milestones, with a short public text. */
  readonly timeline: 'full' | 'public';
  /** `all` clocks, only the `open` ones, or `none`. */
  readonly deadlines: 'all' | 'open' | 'none';
  /** The rule these choices rest on, and how sure we are of it. */
  readonly source: LegalSource;
  /** Why the audience sees what it sees, in Bahasa Indonesia and English. */
  readonly note: LocalizedText;
}

/** The flags that decide what is hidden. */
export interface ConfidentialityFlags {
  /** SP4N-LAPOR! *anonim*: identity hidden from the public and the party complained about; content public. */
  readonly anonim: boolean;
  /** SP4N-LAPOR! *rahasia*: the report itself not accessible to the public. */
  readonly rahasia: boolean;
  /** UU 25/2009 Pasal 42(5): "nama dan identitas pengadu dapat dirahasiakan" (formal complaints). */
  readonly identityConfidential: boolean;
}

/** The complainant's identity as an audience may see it. */
export interface IdentityView {
  /** The complainant's kind (`individual` by default), for a formal complaint. */
  readonly kind?: string;
  /** The name, when the audience may see it (`AudienceRules.name`). */
  readonly name?: string;
  /** The address; the contact fields are present only when the audience may see contacts. */
  readonly address?: string;
  /** The NIK, when given and the audience may see contacts. */
  readonly nik?: string;
  /** The phone number, when given and the audience may see contacts. */
  readonly phone?: string;
  /** The e-mail address, when given and the audience may see contacts. */
  readonly email?: string;
  /** The social media handle of a report without identity, when given and the audience may see contacts. */
  readonly handle?: string;
}

/** One history event as an audience may see it. */
export interface TimelineEntry {
  /** The event's type. */
  readonly type: HistoryEventType;
  /** When it happened. */
  readonly at: Instant;
  /** The role of the actor who did it. */
  readonly role: ActorRole;
  /**
   * The host's id of the actor, when the audience may see ids (`AudienceRules.actorIds`); a
   * complainant's only where the audience may see its name or evidence.
   */
  readonly actorId?: string;
  /** The handling unit the actor acted for, when the event names one. */
  readonly unitId?: string;
  /** `full` timelines: the event's data (messages removed where the audience may not read them). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** `public` timelines: a short text for the milestone (a follow-up's summary, a decision's outcome …). */
  readonly text?: string;
}

/** One clock as an audience may see it. */
export interface DeadlineView {
  /** The clock's key in the SLA report. */
  readonly key: string;
  /** The clock's title, in Bahasa Indonesia and English. */
  readonly title: LocalizedText;
  /** The clock's status (`ClockStatus`). */
  readonly status: string;
  /** The last day of the limit, in the zone; absent when the clock has none. */
  readonly dueDate?: CivilDate;
  /** The end of `dueDate` in the zone; absent with it. */
  readonly dueAt?: Instant;
  /** The handling unit, for per-unit clocks. */
  readonly unitId?: string;
  /** The legal source of the clock's rule. */
  readonly source: LegalSource;
}

/** The status of the complaint, as the machine (or the host) describes it. */
export interface StatusView {
  /** The state (`ComplaintState` for the machine's). */
  readonly state: string;
  /** Its label, in Bahasa Indonesia and English. */
  readonly label?: LocalizedText;
  /** Its category (`StateCategory` for the machine's). */
  readonly category?: string;
}

/** What a projection starts from: the complaint record, and what the host knows of its handling. */
export interface ProjectionInput {
  /** The complaint as `ComplaintSchema` outputs it. */
  readonly complaint: Complaint;
  /** The complaint's history, for the timeline; an empty timeline when absent. */
  readonly history?: History;
  /** The complaint's status; the view has none when absent. */
  readonly status?: StatusView;
  /** The SLA report, for the deadlines; the view has none when absent. */
  readonly deadlines?: SlaReport;
}

/** Options of `projectComplaint`. */
export interface ProjectionOptions {
  /**
   * Whether the public may see the complainant's name when it is not hidden: `'never'` (default, data
   * minimisation) or `'name_unless_hidden'` (as SP4N-LAPOR! publishes the names of reporters who did
   * not choose *anonim*).
   */
  readonly publicIdentity?: 'never' | 'name_unless_hidden';
  /**
   * Whether supervisors get the evidence of a complaint whose identity is hidden (*anonim* or Pasal
   * 42(5)): its attachments (a KTP scan) and the complainant's account ids. `'unless_hidden'`
   * (default, need to know) or `'always'` (a host whose supervisors verify identity themselves).
   */
  readonly supervisorEvidence?: 'unless_hidden' | 'always';
  /** Replaces identity strings found in free text; default `'[identitas disamarkan]'`. */
  readonly redaction?: string;
}

/** The report, without the complainant's identity. */
export interface ReportView {
  /** How the complaint was filed (a formal complaint, or a report without identity). */
  readonly filing: Complaint['filing'];
  /** The SP4N-LAPOR! report type. */
  readonly type: Complaint['type'];
  /** The Permendagri 8/2023 class, when the record has one. */
  readonly classification?: Complaint['classification'];
  /** The channel it arrived by. */
  readonly channel: Complaint['channel'];
  /** The source of the complaint (UU 25/2009 Pasal 36 ayat (2)). */
  readonly source: Complaint['source'];
  /** The service complained about. */
  readonly service: Complaint['service'];
  /** The loss suffered, when stated. */
  readonly loss?: Complaint['loss'];
  /** The remedy asked for, when stated. */
  readonly requestedRemedy?: string;
  /** The compensation claimed, in a formal complaint that claims one. */
  readonly compensationClaim?: {
    /** The amount claimed, in rupiah, when stated. */
    readonly amount?: number;
    /** What the compensation is for. */
    readonly description: string;
  };
  /** When the complaint was submitted. */
  readonly submittedAt: Instant;
  /** Where it was submitted, when stated. */
  readonly place?: string;
  /** When the incident happened, when stated. */
  readonly incidentOn?: CivilDate;
  /** Where the incident happened, when stated. */
  readonly location?: Complaint['location'];
}

/** A complaint as one audience may see it: plain JSON, frozen. */
export interface ComplaintView {
  /** Who the view is for. */
  readonly audience: Audience;
  /** The complaint's id, when the record has one and the report is not withheld. */
  readonly id?: string;
  /** The flags that decided what is hidden. */
  readonly confidentiality: ConfidentialityFlags;
  /** `true` when the report itself is withheld from this audience (*rahasia*, public view). */
  readonly withheld: boolean;
  /** The status, when the input has one and the report is not withheld. */
  readonly status?: StatusView;
  /** The report without identity; absent when withheld. */
  readonly report?: ReportView;
  /** The complainant's identity as far as the audience may see it; absent when there is nothing to show. */
  readonly complainant?: IdentityView;
  /**
   * A formal complaint's representative (kuasa), when the audience may see the name; contacts and the
   * power of attorney's reference only with contacts.
   */
  readonly representative?: IdentityView & {
    /** The power of attorney's (surat kuasa) reference, with contacts only. */
    readonly powerOfAttorney?: string;
  };
  /** A formal complaint's signature, when the audience may see contacts. */
  readonly signature?: {
    /** How it was signed: `'handwritten'`, `'electronic'` or `'certified_electronic'`. */
    readonly kind: string;
    /** What identifies the signature (a scan's file name, a certificate's serial number …). */
    readonly reference?: string;
  };
  /** The evidence files, when the audience may have them (`AudienceRules.attachments`). */
  readonly attachments?: readonly Readonly<Record<string, unknown>>[];
  /** The history as the audience may see it (`AudienceRules.timeline`); empty when withheld. */
  readonly timeline: readonly TimelineEntry[];
  /**
   * The clocks the audience may see (`AudienceRules.deadlines`); absent without an SLA report or for
   * `none`.
   */
  readonly deadlines?: readonly DeadlineView[];
}
