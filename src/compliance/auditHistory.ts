import { parseInstant } from '../_lib/parseInstant.js';
import { assertZone } from '../_lib/zones.js';
import { calendarData } from '../calendar/_lib/internals.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors/InvalidArgumentError.js';
import { InvalidHistoryError } from '../errors/InvalidHistoryError.js';
import { PengaduanError } from '../errors/PengaduanError.js';
import type { HistoryEvent } from '../history/types.js';
import { nationalCalendar } from '../holidays/index.js';
import { complianceText } from '../i18n/errorMessages/compliance.js';
import { errorText } from '../i18n/errorMessages/index.js';
import type { Locale } from '../i18n/types.js';
import type { Policy } from '../rules/types.js';
import { validatePolicy } from '../rules/validatePolicy.js';
import { evaluateSla } from '../sla/evaluateSla.js';
import type { SlaReport } from '../sla/types.js';
import { cleanHistory, invalidEventFinding } from './_lib/cleanHistory.js';
import { clockFindings } from './_lib/clockFindings.js';
import { factsOf } from './_lib/factsOf.js';
import { normalizeInput } from './_lib/normalizeInput.js';
import { confidentialityFindings, noticeFindings } from './_lib/recordFindings.js';
import { replayWorkflow } from './_lib/replayWorkflow.js';
import { RECORD_SOURCE } from './_lib/sources.js';
import type { AuditClock, AuditError, AuditOptions, AuditResult, Finding } from './types.js';

// A policy is validated once per object: presets and combined policies are frozen values a host keeps.
const validPolicies = new WeakSet<object>();

/** Checks the arguments that are the caller's, not the record's: these throw, history problems do not. */
export function checkAuditArguments(
  policy: unknown,
  options: unknown,
): { policy: Policy; asOf: string; asOfMs: number; calendar: WorkingCalendar; zone: string; locale: Locale } {
  if (typeof policy !== 'object' || policy === null || !validPolicies.has(policy)) {
    validatePolicy(policy);
    validPolicies.add(policy);
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'options',
      value: options,
      expected: complianceText('audit_options_expected'),
    });
  }
  const { asOf, calendar = nationalCalendar, zone, locale = 'id' } = options as AuditOptions;
  const asOfMs = parseInstant(asOf, 'asOf');
  calendarData(calendar);
  const unitZone = zone ?? calendar.zone;
  assertZone(unitZone);
  if (locale !== 'id' && locale !== 'en') {
    throw new InvalidArgumentError('invalid_argument', {
      argument: 'locale',
      value: locale,
      expected: errorText('locale_expected'),
    });
  }
  return { policy: policy as Policy, asOf, asOfMs, calendar, zone: unitZone, locale };
}

function toAuditError(error: unknown): AuditError {
  if (error instanceof PengaduanError) {
    return { code: error.code, text: error.text, details: { ...error.details } };
  }
  return {
    code: 'audit_failed',
    text: complianceText('audit_failed'),
  };
}

function clockOf(c: SlaReport['clocks'][number]): AuditClock {
  return {
    key: c.key,
    ruleId: c.ruleId,
    status: c.status,
    ...(c.reason === undefined ? {} : { reason: c.reason }),
    ...(c.unitId === undefined ? {} : { unitId: c.unitId }),
    ...(c.startedAt === undefined ? {} : { startedAt: c.startedAt }),
    ...(c.stoppedAt === undefined ? {} : { stoppedAt: c.stoppedAt }),
    ...(c.dueDate === undefined ? {} : { dueDate: c.dueDate }),
    ...(c.dueAt === undefined ? {} : { dueAt: c.dueAt }),
    unit: c.unit,
    limit: c.limit,
    ...(c.used === undefined ? {} : { used: c.used }),
    ...(c.overdue === undefined ? {} : { overdue: c.overdue }),
    provisional: c.provisional,
  };
}

/**
 * The deadline report of the cleaned history. `evaluateSla` may still refuse an event the schema
 * accepted (a field a clock reads): that event gives an `invalid_event` finding and is left out, a
 * few times at most; anything else ends in `error`.
 */
function evaluate(
  events: HistoryEvent[],
  indices: number[],
  findings: Finding[],
  args: ReturnType<typeof checkAuditArguments>,
): { report?: SlaReport; error?: AuditError } {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return { report: evaluateSla(events, args.policy, args) };
    } catch (error) {
      const index = error instanceof InvalidHistoryError ? error.details.index : undefined;
      if (index === undefined || index < 0 || index >= events.length || attempt === 3) {
        return { error: toAuditError(error) };
      }
      const why = (error as InvalidHistoryError).text;
      findings.push(invalidEventFinding(indices[index] ?? index, events[index]!.type, why));
      events.splice(index, 1);
      indices.splice(index, 1);
    }
  }
  return {};
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

/**
 * Audits one complaint's history against a policy as of an instant: every clock the deadline engine
 * reports as breached (with the rule, its source, the due date, how late in the rule's unit, the
 * duty holder and the Pasal 54 sanction where the law names one), what the lifecycle machine refuses
 * when the history is replayed through it (an event by a role not permitted, an event impossible
 * where it stands, a deemed withdrawal too early), Pasal 44(4)-(5) lapses not applied, and
 * dispositions that put confidentiality at risk.
 *
 * The history may come from any system. Events that are not valid history events, or dated before
 * the event recorded before them, give findings and are left out; events after `asOf` are ignored.
 * The clocks are computed on the events kept (the record as given); the lifecycle findings come from
 * the machine itself, so the audit and the machine cannot disagree. A history that is no history at
 * all gives an `unauditable_history` finding: bad records never throw, so a batch goes on.
 *
 * @param input - a history (array of events) or `{ id, history, channel, unitId, … }` (`AuditInput`); any JSON value
 * @param policy - the policy the complaint was handled under, e.g. `combinePolicies([uu25Policy, sp4nLaporPolicy])`
 * @param options - `asOf` (required), `calendar` (default `nationalCalendar`), `zone` (default the calendar's), `locale`
 * @returns the findings (most severe first, then in history order), clocks, facts and state; frozen
 * @throws PolicyError when the policy is not valid
 * @throws InvalidDateError when `asOf` is not an ISO 8601 instant with an offset
 * @throws InvalidArgumentError for a bad calendar, zone, locale or options value
 * @see UU 25/2009 Pasal 44, 50, 54
 * @example
 * ```ts
 * import { uu25Policy } from 'pengaduan';
 * import { auditHistory } from 'pengaduan/compliance';
 *
 * // Submitted Monday 3 March 2025; the file was declared complete only on 25 March.
 * const audit = auditHistory(
 *   [
 *     { type: 'complaint.submitted', at: '2025-03-03T09:00:00+07:00', actor: { role: 'complainant' }, data: {} },
 *     { type: 'complaint.received', at: '2025-03-03T10:00:00+07:00', actor: { role: 'system' }, data: {} },
 *     { type: 'file.declared_complete', at: '2025-03-25T10:00:00+07:00', actor: { role: 'admin_instansi' }, data: {} },
 *   ],
 *   uu25Policy,
 *   { asOf: '2025-04-01T09:00:00+07:00' },
 * );
 * const late = audit.findings[0];
 * late?.kind; //=> 'late_response'
 * late?.instants.dueDate; //=> '2025-03-17'
 * late?.late; //=> { amount: 8, unit: 'calendar_days' }
 * late?.sanction?.source.article; //=> 'Pasal 54 ayat (5)'
 * audit.state; //=> 'fileComplete'
 * ```
 */
export function auditHistory(input: unknown, policy: Policy, options: AuditOptions): AuditResult {
  const args = checkAuditArguments(policy, options);
  try {
    return audit(input, args);
  } catch (error) {
    // Nothing in a record should get here; if something does, the record gets a finding and the
    // batch goes on, with the error carried as data.
    return deepFreezeResult({
      asOf: args.asOf,
      policyId: args.policy.id,
      zone: args.zone,
      calendar: { id: args.calendar.id, dataVersion: args.calendar.dataVersion },
      eventsConsidered: 0,
      findings: [unauditable(complianceText('history_unauditable'))],
      clocks: [],
      facts: NO_FACTS,
      compliant: false,
      error: toAuditError(error),
    });
  }
}

const NO_FACTS = Object.freeze({
  units: [],
  followedUp: false,
  completed: false,
  open: false,
  decided: false,
  deemedWithdrawn: false,
  reopened: 0,
  escalatedTo: [],
  dispositionedToApip: false,
});

function unauditable(text: { id: string; en: string }): Finding {
  return {
    kind: 'unauditable_history',
    severity: 'medium',
    ruleId: 'record.history',
    source: RECORD_SOURCE,
    instants: {},
    text,
  };
}

function audit(input: unknown, args: ReturnType<typeof checkAuditArguments>): AuditResult {
  const normalized = normalizeInput(input);
  const head = {
    ...(normalized.meta.id === undefined ? {} : { complaintId: normalized.meta.id }),
    asOf: args.asOf,
    policyId: args.policy.id,
    zone: args.zone,
    calendar: { id: args.calendar.id, dataVersion: args.calendar.dataVersion },
  };
  if (!normalized.ok) {
    const finding = unauditable(
      normalized.why === 'empty' ? complianceText('history_empty') : complianceText('not_a_history'),
    );
    return deepFreezeResult({
      ...head,
      eventsConsidered: 0,
      findings: [finding],
      clocks: [],
      facts: NO_FACTS,
      compliant: false,
    });
  }

  const clean = cleanHistory(normalized.events, args.asOfMs, args.locale);
  const findings: Finding[] = [...clean.findings];
  const replay = replayWorkflow(clean.events, clean.indices, args);
  findings.push(...replay.findings);

  // The clocks are the machine's: computed on the history it accepted (refused events did not
  // happen, records it adds itself did). Without a replay (no submission first), on the record.
  const events = [...(replay.history ?? clean.events)];
  const position = new Map<HistoryEvent, number>(clean.events.map((e, k) => [e, clean.indices[k] ?? k]));
  const indices = events.map((e) => position.get(e) ?? -1);
  const indexOf = (k: number): number => indices[k] ?? -1;

  const { report, error } = evaluate(events, indices, findings, args);
  if (report !== undefined) findings.push(...clockFindings(report, events, indexOf, normalized.meta.unitId));
  findings.push(...noticeFindings(events, indexOf));
  findings.push(...confidentialityFindings(events, indexOf, normalized.meta));
  if (clean.events.length === 0) {
    findings.push(unauditable(complianceText('no_valid_event', { asOf: args.asOf })));
  }

  // Records the machine added itself have no position in the input.
  for (const [i, f] of findings.entries()) {
    if (f.eventIndex !== undefined && f.eventIndex < 0) {
      const { eventIndex: _dropped, ...rest } = f;
      findings[i] = rest;
    }
  }
  // Most severe first; within a severity, in the order found (record, lifecycle, clocks): a stable sort.
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return deepFreezeResult({
    ...head,
    ...(replay.state === undefined ? {} : { state: replay.state }),
    eventsConsidered: clean.events.length,
    findings,
    clocks: report === undefined ? [] : report.clocks.map(clockOf),
    facts: factsOf(events, replay.state, normalized.meta, args.asOf, args.zone, args.calendar),
    compliant: !findings.some((f) => f.severity === 'high' || f.severity === 'medium') && error === undefined,
    ...(error === undefined ? {} : { error }),
  });
}

function deepFreezeResult(result: AuditResult): AuditResult {
  // Shallow parts only: findings and clocks are fresh objects built here; sources and sanctions are
  // the policy's own frozen values.
  for (const f of result.findings) Object.freeze(f);
  for (const c of result.clocks) Object.freeze(c);
  Object.freeze(result.findings);
  Object.freeze(result.clocks);
  Object.freeze(result.facts);
  return Object.freeze(result);
}
