import type { HistoryEvent } from '../../history/types.js';
import { complianceText } from '../../i18n/errorMessages/compliance.js';
import type { ClockReport, SlaReport } from '../../sla/types.js';
import type { Finding, FindingKind, FindingSeverity } from '../types.js';
import { DEEMED_WITHDRAWAL_SOURCE } from './sources.js';
import { amountOf } from './words.js';

// The finding kind of a breached clock of the presets; a host's own rules give `late_duty`.
const KIND_BY_RULE: Readonly<Record<string, FindingKind>> = {
  'uu25.response': 'late_response',
  'uu25.decision': 'late_decision',
  'uu25.notification': 'late_notification',
  'sp4n.verification': 'late_forwarding',
  'sp4n.followup': 'late_followup',
  'ombudsman.lhp_followup': 'late_ombudsman_action',
  'ombudsman.recommendation_report': 'late_ombudsman_action',
};

function breachKind(clock: ClockReport): FindingKind {
  if (clock.ruleId === 'uu25.receipt')
    return clock.stoppedAt === undefined ? 'missing_receipt' : 'late_receipt';
  if (clock.ruleId.startsWith('local.')) return 'late_resolution';
  return KIND_BY_RULE[clock.ruleId] ?? 'late_duty';
}

function instantsOf(clock: ClockReport) {
  return {
    ...(clock.startedAt === undefined ? {} : { startedAt: clock.startedAt }),
    ...(clock.dueDate === undefined ? {} : { dueDate: String(clock.dueDate) }),
    ...(clock.dueAt === undefined ? {} : { dueAt: clock.dueAt }),
    ...(clock.stoppedAt === undefined ? { missing: true } : { doneAt: clock.stoppedAt }),
  };
}

function where(clock: ClockReport): { id: string; en: string } {
  const { instrument, article } = clock.source;
  // The rule's title and its source are data (the policy's); nothing here is worded by the library.
  const cited = ` (${instrument} ${article})`;
  return { id: clock.title.id + cited, en: clock.title.en + cited };
}

function lateText(clock: ClockReport, asOf: string): { id: string; en: string } {
  const w = where(clock);
  const late = amountOf(clock.overdue ?? 0, clock.unit);
  const unit = clock.unitId === undefined ? '' : ` [${clock.unitId}]`;
  return clock.stoppedAt === undefined
    ? complianceText('clock_late_open', { where: w, unit, dueDate: String(clock.dueDate), asOf, late })
    : complianceText('clock_late_done', {
        where: w,
        unit,
        dueDate: String(clock.dueDate),
        stoppedAt: clock.stoppedAt,
        late,
      });
}

function base(clock: ClockReport, kind: FindingKind, severity: FindingSeverity, unitId?: string) {
  const unit = clock.unitId ?? unitId;
  return {
    kind,
    severity,
    ruleId: clock.ruleId,
    clockKey: clock.key,
    source: clock.source,
    instants: instantsOf(clock),
    ...(clock.overdue === undefined ? {} : { late: { amount: clock.overdue, unit: clock.unit } }),
    responsible: {
      ...(clock.dutyOf === undefined ? {} : { dutyOf: clock.dutyOf }),
      ...(unit === undefined ? {} : { unitId: unit }),
    },
    ...(clock.provisional ? { provisional: true } : {}),
  } as const;
}

/**
 * The findings the deadline report gives: every breached clock, late filing, and a Pasal 44(4) lapse
 * that the record did not turn into a deemed withdrawal.
 */
export function clockFindings(
  report: SlaReport,
  events: readonly HistoryEvent[],
  indexOf: (k: number) => number,
  unitId: string | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const clock of report.clocks) {
    if (clock.status === 'breached' && clock.onLapse.kind === 'breach') {
      const sanction = clock.onLapse.sanction;
      findings.push({
        ...base(clock, breachKind(clock), sanction === undefined ? 'medium' : 'high', unitId),
        ...(sanction === undefined ? {} : { sanction }),
        text: lateText(clock, report.asOf),
      });
    } else if (clock.status === 'lapsed' && clock.onLapse.kind === 'window_closed') {
      const late = amountOf(clock.overdue ?? 0, clock.unit);
      findings.push({
        ...base(clock, 'late_filing', 'info', unitId),
        text: complianceText('late_filing', {
          where: where(clock),
          dueDate: String(clock.dueDate),
          filedAt: clock.stoppedAt ?? '-',
          late,
        }),
      });
    } else if (
      clock.status === 'lapsed' &&
      clock.onLapse.kind === 'deemed_withdrawn' &&
      clock.endedBy !== 'complaint.withdrawn'
    ) {
      findings.push(notApplied(clock, events, indexOf, unitId));
    }
  }
  return findings;
}

function notApplied(
  clock: ClockReport,
  events: readonly HistoryEvent[],
  indexOf: (k: number) => number,
  unitId: string | undefined,
): Finding {
  // Went on as if nothing lapsed: the first event after the due instant (a completion, a decision).
  const dueMs = clock.dueAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(clock.dueAt);
  const k = events.findIndex((e) => Date.parse(e.at) > dueMs && e.type !== 'sla.breach_recorded');
  const after = k < 0 ? undefined : events[k];
  return {
    ...base(clock, 'deemed_withdrawal_not_applied', after === undefined ? 'low' : 'medium', unitId),
    source: DEEMED_WITHDRAWAL_SOURCE,
    ...(after === undefined ? {} : { eventIndex: indexOf(k), eventType: after.type }),
    text:
      after === undefined
        ? complianceText('completion_lapsed_unrecorded', {
            where: where(clock),
            dueDate: String(clock.dueDate),
          })
        : complianceText('completion_lapsed_handled', {
            where: where(clock),
            dueDate: String(clock.dueDate),
            eventType: after.type,
            at: after.at,
          }),
  };
}
