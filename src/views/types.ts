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
  /** Address, NIK, phone, e-mail, signature, power of attorney, and the contact of a report without identity. */
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
  readonly source: LegalSource;
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
  readonly kind?: string;
  readonly name?: string;
  readonly address?: string;
  readonly nik?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly handle?: string;
}

/** One history event as an audience may see it. */
export interface TimelineEntry {
  readonly type: HistoryEventType;
  readonly at: Instant;
  readonly role: ActorRole;
  readonly actorId?: string;
  readonly unitId?: string;
  /** `full` timelines: the event's data (messages removed where the audience may not read them). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** `public` timelines: a short text for the milestone (a follow-up's summary, a decision's outcome …). */
  readonly text?: string;
}

/** One clock as an audience may see it. */
export interface DeadlineView {
  readonly key: string;
  readonly title: LocalizedText;
  readonly status: string;
  readonly dueDate?: CivilDate;
  readonly dueAt?: Instant;
  readonly unitId?: string;
  readonly source: LegalSource;
}

/** The status of the complaint, as the machine (or the host) describes it. */
export interface StatusView {
  readonly state: string;
  readonly label?: LocalizedText;
  readonly category?: string;
}

/** What a projection starts from: the complaint record, and what the host knows of its handling. */
export interface ProjectionInput {
  /** The complaint as `ComplaintSchema` outputs it. */
  readonly complaint: Complaint;
  readonly history?: History;
  readonly status?: StatusView;
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
  readonly filing: Complaint['filing'];
  readonly type: Complaint['type'];
  readonly classification?: Complaint['classification'];
  readonly channel: Complaint['channel'];
  readonly source: Complaint['source'];
  readonly service: Complaint['service'];
  readonly loss?: Complaint['loss'];
  readonly requestedRemedy?: string;
  readonly compensationClaim?: { readonly amount?: number; readonly description: string };
  readonly submittedAt: Instant;
  readonly place?: string;
  readonly incidentOn?: CivilDate;
  readonly location?: Complaint['location'];
}

/** A complaint as one audience may see it: plain JSON, frozen. */
export interface ComplaintView {
  readonly audience: Audience;
  readonly id?: string;
  readonly confidentiality: ConfidentialityFlags;
  /** `true` when the report itself is withheld from this audience (*rahasia*, public view). */
  readonly withheld: boolean;
  readonly status?: StatusView;
  readonly report?: ReportView;
  readonly complainant?: IdentityView;
  readonly representative?: IdentityView & { readonly powerOfAttorney?: string };
  readonly signature?: { readonly kind: string; readonly reference?: string };
  readonly attachments?: readonly Readonly<Record<string, unknown>>[];
  readonly timeline: readonly TimelineEntry[];
  readonly deadlines?: readonly DeadlineView[];
}
