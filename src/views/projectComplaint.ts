import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import type { HistoryEvent } from '../history/types.js';
import { errorText } from '../i18n/errorMessages/index.js';
import { viewsText } from '../i18n/errorMessages/views.js';
import { type Complaint, ComplaintSchema } from '../schema/ComplaintSchema.js';
import { HistorySchema } from '../schema/HistoryEventSchema.js';
import { parseWith } from '../schema/parseWith.js';
import type { ClockReport } from '../sla/types.js';
import { compileSecrets, redactStrings, type Secret } from './_lib/redact.js';
import { AUDIENCE_RULES } from './AUDIENCE_RULES.js';
import type {
  Audience,
  AudienceRules,
  ComplaintView,
  ConfidentialityFlags,
  DeadlineView,
  IdentityView,
  ProjectionInput,
  ProjectionOptions,
  ReportView,
  TimelineEntry,
} from './types.js';

const DEFAULT_REDACTION = '[identitas disamarkan]';

// The milestones a public timeline shows, with the one short text each may carry.
const PUBLIC_TEXT: Partial<Record<HistoryEvent['type'], (event: HistoryEvent) => string | undefined>> = {
  'complaint.submitted': () => undefined,
  'complaint.received': () => undefined,
  'file.declared_complete': () => undefined,
  'file.declared_incomplete': () => undefined,
  'file.completed': () => undefined,
  'complaint.held': () => undefined,
  'complaint.resumed': () => undefined,
  'complaint.referred': (e) => (e.type === 'complaint.referred' ? e.data.toAgency : undefined),
  'complaint.archived': (e) => (e.type === 'complaint.archived' ? e.data.reason : undefined),
  'complaint.dispositioned': (e) =>
    e.type === 'complaint.dispositioned' ? (e.data.unitName ?? e.data.unitId) : undefined,
  'followup.posted': (e) => (e.type === 'followup.posted' ? e.data.summary : undefined),
  'examination.started': () => undefined,
  'decision.made': (e) => (e.type === 'decision.made' ? `${e.data.outcome}: ${e.data.summary}` : undefined),
  'decision.notified': () => undefined,
  'compensation.paid': () => undefined,
  'complaint.reopened': () => undefined,
  'complaint.closed': (e) => (e.type === 'complaint.closed' ? e.data.reason : undefined),
  'complaint.withdrawn': (e) => (e.type === 'complaint.withdrawn' ? e.data.reason : undefined),
  'complaint.escalated': (e) => (e.type === 'complaint.escalated' ? e.data.to : undefined),
};

// Free text written by the complainant or to them; only audiences with `messages` read it.
const MESSAGE_FIELDS: Partial<Record<HistoryEvent['type'], readonly string[]>> = {
  'complainant.replied': ['message'],
  'admin.replied': ['message'],
};

function flagsOf(complaint: Complaint): ConfidentialityFlags {
  const c = complaint.confidentiality;
  return Object.freeze({
    anonim: c.anonim,
    rahasia: c.rahasia,
    identityConfidential: 'identityConfidential' in c ? c.identityConfidential : false,
  });
}

function identityHidden(flags: ConfidentialityFlags): boolean {
  return flags.anonim || flags.identityConfidential;
}

function mayName(
  rules: AudienceRules,
  flags: ConfidentialityFlags,
  options: ProjectionOptions,
  audience: Audience,
) {
  const rule =
    audience === 'public' && options.publicIdentity === 'name_unless_hidden' ? 'unless_hidden' : rules.name;
  return rule === 'always' || (rule === 'unless_hidden' && !identityHidden(flags));
}

/** Whether the audience gets the hidden-identity evidence: attachments and the complainant's account ids. */
function mayHaveEvidence(
  rules: AudienceRules,
  flags: ConfidentialityFlags,
  options: ProjectionOptions,
  audience: Audience,
): boolean {
  const rule =
    audience === 'supervisor' && options.supervisorEvidence === 'always' ? 'always' : rules.attachments;
  return rule === 'always' || (rule === 'unless_hidden' && !identityHidden(flags));
}

/** Every identity value of the complaint, by what it is. */
function identitySecrets(
  complaint: Complaint,
  history: readonly HistoryEvent[],
): { names: Secret[]; contacts: Secret[]; accounts: Secret[] } {
  const names: Secret[] = [];
  const contacts: Secret[] = [];
  const contact = (kind: Secret['kind'], value: string | undefined) => {
    if (value !== undefined) contacts.push({ kind, value });
  };
  if (complaint.filing === 'formal') {
    names.push({ kind: 'text', value: complaint.complainant.name });
    contact('text', complaint.complainant.address);
    contact('digits', complaint.complainant.nik);
    contact('phone', complaint.complainant.phone);
    contact('email', complaint.complainant.email);
    contact('text', complaint.submission.signature.reference);
    const rep = complaint.representative;
    if (rep !== undefined) {
      names.push({ kind: 'text', value: rep.name });
      contact('text', rep.address);
      contact('digits', rep.nik);
      contact('phone', rep.phone);
      contact('email', rep.email);
      contact('text', rep.powerOfAttorney.reference);
    }
  } else {
    contact('phone', complaint.contact?.phone);
    contact('email', complaint.contact?.email);
    contact('text', complaint.contact?.handle);
  }
  // The complainant's account id names her as surely as her name does.
  const accounts: Secret[] = [];
  for (const event of history) {
    const id = event.actor.role === 'complainant' ? event.actor.id : undefined;
    if (id !== undefined && !accounts.some((a) => a.value === id)) accounts.push({ kind: 'text', value: id });
  }
  return { names, contacts, accounts };
}

function reportOf(complaint: Complaint): ReportView {
  const base: ReportView = {
    filing: complaint.filing,
    type: complaint.type,
    channel: complaint.channel,
    source: complaint.source,
    service: complaint.service,
    submittedAt: complaint.submission.at,
    ...(complaint.classification === undefined ? {} : { classification: complaint.classification }),
    ...(complaint.loss === undefined ? {} : { loss: complaint.loss }),
    ...(complaint.requestedRemedy === undefined ? {} : { requestedRemedy: complaint.requestedRemedy }),
    ...(complaint.submission.place === undefined ? {} : { place: complaint.submission.place }),
    ...(complaint.incidentOn === undefined ? {} : { incidentOn: complaint.incidentOn }),
    ...(complaint.location === undefined ? {} : { location: complaint.location }),
  };
  if (complaint.filing === 'formal' && complaint.compensationClaim !== undefined) {
    return { ...base, compensationClaim: complaint.compensationClaim };
  }
  return base;
}

function identityOf(complaint: Complaint, name: boolean, contact: boolean): IdentityView | undefined {
  if (complaint.filing === 'formal') {
    const c = complaint.complainant;
    const view: IdentityView = {
      kind: c.kind,
      ...(name ? { name: c.name } : {}),
      ...(contact ? { address: c.address } : {}),
      ...(contact && c.nik !== undefined ? { nik: c.nik } : {}),
      ...(contact && c.phone !== undefined ? { phone: c.phone } : {}),
      ...(contact && c.email !== undefined ? { email: c.email } : {}),
    };
    return view;
  }
  if (!contact || complaint.contact === undefined) return undefined;
  const c = complaint.contact;
  return {
    ...(c.phone === undefined ? {} : { phone: c.phone }),
    ...(c.email === undefined ? {} : { email: c.email }),
    ...(c.handle === undefined ? {} : { handle: c.handle }),
  };
}

function timelineOf(
  history: readonly HistoryEvent[],
  rules: AudienceRules,
  complainantAccounts: boolean,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of history) {
    const showId =
      rules.actorIds &&
      event.actor.id !== undefined &&
      (complainantAccounts || event.actor.role !== 'complainant');
    const base = {
      type: event.type,
      at: event.at,
      role: event.actor.role,
      ...(showId ? { actorId: event.actor.id } : {}),
      ...(event.actor.unitId === undefined ? {} : { unitId: event.actor.unitId }),
    };
    if (rules.timeline === 'public') {
      const textOf = PUBLIC_TEXT[event.type];
      if (textOf === undefined) continue;
      const text = textOf(event);
      entries.push(text === undefined ? base : { ...base, text });
      continue;
    }
    const data: Record<string, unknown> = { ...(event.data as Record<string, unknown>) };
    if (!rules.messages) for (const field of MESSAGE_FIELDS[event.type] ?? []) delete data[field];
    entries.push({ ...base, data });
  }
  return entries;
}

function deadlineOf(clock: ClockReport): DeadlineView {
  return {
    key: clock.key,
    title: clock.title,
    status: clock.status,
    ...(clock.dueDate === undefined ? {} : { dueDate: clock.dueDate }),
    ...(clock.dueAt === undefined ? {} : { dueAt: clock.dueAt }),
    ...(clock.unitId === undefined ? {} : { unitId: clock.unitId }),
    source: clock.source,
  };
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** Frozen histories already checked, by identity. */
const VALID_HISTORIES = new WeakSet<object>();

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks what a projection reads, so that a wrong value is a typed error rather than a `TypeError`
 * half-way through (and never a view built from a record the schema would refuse).
 */
function checkArguments(
  input: ProjectionInput,
  audience: Audience,
  options: ProjectionOptions | undefined,
): { rules: AudienceRules; options: ProjectionOptions } {
  if (typeof audience !== 'string' || !Object.hasOwn(AUDIENCE_RULES, audience)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'audience',
      value: audience,
      expected: errorText('one_of_expected', { allowed: Object.keys(AUDIENCE_RULES).join(', ') }),
    });
  }
  if (!isObject(input)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'input',
      value: input,
      expected: viewsText('projection_input_expected'),
    });
  }
  parseWith(ComplaintSchema, input.complaint, { scope: 'complaint' });
  const history = input.history as unknown;
  if (history !== undefined && !(typeof history === 'object' && VALID_HISTORIES.has(history as object))) {
    parseWith(HistorySchema, history, { scope: 'history' });
    // A frozen history (a snapshot's) cannot change: checked once, however many views are built from it.
    if (Object.isFrozen(history) && (history as readonly unknown[]).every((e) => Object.isFrozen(e))) {
      VALID_HISTORIES.add(history as object);
    }
  }
  const deadlines = input.deadlines as unknown;
  if (
    deadlines !== undefined &&
    !(isObject(deadlines) && Array.isArray(deadlines.clocks) && deadlines.clocks.every(isObject))
  ) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'input.deadlines',
      value: deadlines,
      expected: viewsText('sla_report_expected'),
    });
  }
  if (input.status !== undefined && !(isObject(input.status) && typeof input.status.state === 'string')) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'input.status',
      value: input.status,
      expected: viewsText('status_expected'),
    });
  }
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: errorText('options_object_expected'),
    });
  }
  const chosen = options ?? {};
  if (chosen.redaction !== undefined && typeof chosen.redaction !== 'string') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options.redaction',
      value: chosen.redaction,
      expected: viewsText('replacement_text_expected'),
    });
  }
  return { rules: AUDIENCE_RULES[audience], options: chosen };
}

/**
 * A complaint as one audience may see it, applying *anonim*, *rahasia* and the confidentiality of
 * UU 25/2009 Pasal 42(5) and 49(1) by the rules in `AUDIENCE_RULES`. Withheld identity is also
 * removed from every free text of the view (replies, summaries, addresses), in any common writing of
 * a phone number or NIK. The input is not modified; the view is new, plain and frozen.
 *
 * @param input - the complaint record, and optionally its history, status and deadlines
 * @param audience - `'public'`, `'complainant'`, `'terlapor'`, `'opd_staff'`, `'handler'` or `'supervisor'`
 * @param options - whether the public may see names, whether supervisors get hidden-identity evidence, the redaction text
 * @returns the view
 * @throws {SchemaValidationError} when the complaint or the history is not valid
 * @throws {InvalidArgumentError} for an unknown audience or a malformed status, deadlines or options
 * @example
 * ```ts
 * import { projectComplaint } from 'pengaduan/machine';
 * import { FormalComplaintSchema } from 'pengaduan/schema';
 *
 * // An anonim complaint by Siti Rahmawati about a KTP-el that was never issued:
 * const complaint = FormalComplaintSchema.parse({
 *   filing: 'formal', type: 'pengaduan', channel: 'web',
 *   complainant: { name: 'Siti Rahmawati', address: 'Jl. Cihampelas No. 12, Bandung', phone: '0812-3456-7890' },
 *   service: { name: 'Penerbitan KTP-el', description: 'KTP-el belum terbit setelah 45 hari.' },
 *   loss: { kind: 'immaterial', description: 'Tidak dapat membuka rekening bank.' },
 *   requestedRemedy: 'KTP-el diterbitkan.',
 *   submission: { place: 'Bandung', at: '2025-03-27T10:00:00+07:00', signature: { kind: 'electronic' } },
 *   confidentiality: { anonim: true },
 * });
 * const view = projectComplaint({ complaint }, 'terlapor');
 * view.complainant;
 * //=> { kind: 'individual' }
 * view.report?.service.name;
 * //=> 'Penerbitan KTP-el'
 * projectComplaint({ complaint }, 'handler').complainant?.name;
 * //=> 'Siti Rahmawati'
 * const rahasia = { ...complaint, confidentiality: { ...complaint.confidentiality, anonim: false, rahasia: true } };
 * projectComplaint({ complaint: rahasia }, 'public').withheld;
 * //=> true
 * ```
 * @see UU 25/2009 Pasal 42 ayat (5), Pasal 49 ayat (1); SP4N-LAPOR! anonim and rahasia
 */
export function projectComplaint(
  input: ProjectionInput,
  audience: Audience,
  options: ProjectionOptions = {},
): ComplaintView {
  const { rules, options: checked } = checkArguments(input, audience, options);
  const { complaint } = input;
  const flags = flagsOf(complaint);
  const withheld = rules.content === 'unless_rahasia' && flags.rahasia;
  const name = mayName(rules, flags, checked, audience);
  const contact = rules.contact;
  const evidence = mayHaveEvidence(rules, flags, checked, audience);
  const history = input.history ?? [];

  let view: ComplaintView;
  if (withheld) {
    // Rahasia: the report is not accessible to the public at all, not even its status or timeline.
    view = { audience, confidentiality: flags, withheld: true, timeline: [] };
  } else {
    const identity = identityOf(complaint, name, contact);
    const rep = complaint.filing === 'formal' ? complaint.representative : undefined;
    const deadlines =
      input.deadlines === undefined || rules.deadlines === 'none'
        ? undefined
        : input.deadlines.clocks
            .filter((c) => rules.deadlines === 'all' || c.status === 'running' || c.status === 'paused')
            .map(deadlineOf);
    view = {
      audience,
      ...(complaint.id === undefined ? {} : { id: complaint.id }),
      confidentiality: flags,
      withheld: false,
      ...(input.status === undefined ? {} : { status: input.status }),
      report: reportOf(complaint),
      ...(identity === undefined ? {} : { complainant: identity }),
      ...(rep !== undefined && name
        ? {
            representative: {
              name: rep.name,
              ...(contact && rep.address !== undefined ? { address: rep.address } : {}),
              ...(contact && rep.nik !== undefined ? { nik: rep.nik } : {}),
              ...(contact && rep.phone !== undefined ? { phone: rep.phone } : {}),
              ...(contact && rep.email !== undefined ? { email: rep.email } : {}),
              ...(contact ? { powerOfAttorney: rep.powerOfAttorney.reference } : {}),
            },
          }
        : {}),
      ...(contact && complaint.filing === 'formal' ? { signature: complaint.submission.signature } : {}),
      ...(evidence ? { attachments: complaint.attachments } : {}),
      timeline: timelineOf(history, rules, name || evidence),
      ...(deadlines === undefined ? {} : { deadlines }),
    };
  }

  const { names, contacts, accounts } = identitySecrets(complaint, history);
  const secrets = [
    ...(name ? [] : names),
    ...(contact ? [] : contacts),
    ...(name || evidence ? [] : accounts),
  ];
  const redact = compileSecrets(secrets, checked.redaction ?? DEFAULT_REDACTION);
  return deepFreeze(redactStrings(structuredClone(view), redact));
}
