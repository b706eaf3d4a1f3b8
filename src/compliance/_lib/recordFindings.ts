import type { HistoryEvent } from '../../history/types.js';
import { complianceText } from '../../i18n/errorMessages/compliance.js';
import type { Finding } from '../types.js';
import type { InputMeta } from './normalizeInput.js';
import { CONFIDENTIALITY_SOURCE, DEEMED_WITHDRAWAL_SOURCE, SUPERVISION_ROUTING_SOURCE } from './sources.js';

/**
 * A deemed withdrawal that rests on an incompleteness response with no record of when the
 * complainant received it: Pasal 44(4) counts the 30 days from that receipt, so the withdrawal
 * cannot be shown to be on time (the clock fell back to the response's own date).
 */
export function noticeFindings(events: readonly HistoryEvent[], indexOf: (k: number) => number): Finding[] {
  const findings: Finding[] = [];
  events.forEach((event, k) => {
    if (event.type !== 'complaint.withdrawn' || event.data.reason !== 'deemed_lapsed') return;
    let notice: HistoryEvent | undefined;
    let n = -1;
    for (let j = k - 1; j >= 0; j--) {
      if (events[j]!.type === 'file.declared_incomplete') {
        notice = events[j];
        n = j;
        break;
      }
    }
    if (notice?.type !== 'file.declared_incomplete' || notice.data.receivedByComplainantAt !== undefined)
      return;
    findings.push({
      kind: 'missing_incomplete_notice',
      severity: 'low',
      ruleId: 'uu25.completion',
      source: DEEMED_WITHDRAWAL_SOURCE,
      instants: { startedAt: notice.at, doneAt: event.at },
      responsible: { dutyOf: 'provider', role: notice.actor.role },
      eventIndex: indexOf(n),
      eventType: notice.type,
      text: complianceText('incomplete_notice_unrecorded', { at: event.at, noticeAt: notice.at }),
    });
  });
  return findings;
}

/**
 * A disposition that puts confidentiality at risk: a confidential complaint sent to the unit it is
 * about, or a complaint about supervision matters (berkadar pengawasan, whistleblowing) sent to an
 * OPD instead of APIP.
 */
export function confidentialityFindings(
  events: readonly HistoryEvent[],
  indexOf: (k: number) => number,
  meta: InputMeta,
): Finding[] {
  const findings: Finding[] = [];
  const submission = events[0]?.type === 'complaint.submitted' ? events[0] : undefined;
  const supervision =
    submission?.type === 'complaint.submitted' &&
    (submission.data.classification === 'berkadar_pengawasan' ||
      submission.data.complaintType === 'whistleblowing');
  events.forEach((event, k) => {
    if (event.type !== 'complaint.dispositioned') return;
    const { unitId, unitKind } = event.data;
    const responsible = {
      role: event.actor.role,
      ...(event.actor.id === undefined ? {} : { actorId: event.actor.id }),
      unitId,
    };
    if (meta.confidential && meta.reportedUnitId !== undefined && unitId === meta.reportedUnitId) {
      findings.push({
        kind: 'confidentiality_at_risk',
        severity: 'high',
        ruleId: 'confidentiality.reported_unit',
        source: CONFIDENTIALITY_SOURCE,
        instants: { doneAt: event.at },
        responsible,
        eventIndex: indexOf(k),
        eventType: event.type,
        text: complianceText('confidential_to_reported_unit', { at: event.at, unitId }),
      });
    } else if (supervision && unitKind === 'opd') {
      findings.push({
        kind: 'confidentiality_at_risk',
        severity: 'medium',
        ruleId: 'confidentiality.supervision_to_apip',
        source: SUPERVISION_ROUTING_SOURCE,
        instants: { doneAt: event.at },
        responsible,
        eventIndex: indexOf(k),
        eventType: event.type,
        text: complianceText('supervision_to_opd', { at: event.at, unitId }),
      });
    }
  });
  return findings;
}
