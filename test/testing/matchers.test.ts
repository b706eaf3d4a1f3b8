import '../../src/testing/vitest.js';
import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../src/compliance/index.js';
import type { HistoryEvent } from '../../src/history/types.js';
import { nationalCalendar } from '../../src/holidays/index.js';
import { applyEvent, startComplaint } from '../../src/machine/index.js';
import { uu25Policy } from '../../src/rules/index.js';
import { evaluateSla } from '../../src/sla/index.js';
import { pengaduanMatchers } from '../../src/testing/index.js';

const ev = (type: string, at: string, role: string, data: Record<string, unknown> = {}) =>
  ({ type, at, actor: { role }, data }) as HistoryEvent;
const onTime = [
  ev('complaint.submitted', '2025-03-03T09:00:00+07:00', 'complainant'),
  ev('complaint.received', '2025-03-03T10:00:00+07:00', 'system'),
  ev('file.declared_complete', '2025-03-10T09:00:00+07:00', 'admin_instansi'),
];
const late = [
  onTime[0]!,
  onTime[1]!,
  ev('file.declared_complete', '2025-03-25T10:00:00+07:00', 'admin_instansi'),
];
const asOf = '2025-04-01T09:00:00+07:00';

describe('the vitest matchers (import "pengaduan/testing/vitest")', () => {
  it('toComplyWith: passes for a history handled on time, fails for a late response', () => {
    expect(onTime).toComplyWith(uu25Policy, { asOf });
    expect(late).not.toComplyWith(uu25Policy, { asOf });
    expect(late).toComplyWith(uu25Policy, { asOf, ignore: ['late_response'] });
  });

  it('toComplyWith: the failure message names the rule, the article, the due date and what happened', () => {
    const result = pengaduanMatchers.toComplyWith.call({}, late, uu25Policy, { asOf });
    expect(result.pass).toBe(false);
    expect(result.message()).toBe(
      'expected the history to comply with uu25-2009 as of 2025-04-01T09:00:00+07:00, but found 1:\n' +
        '  - late_response [high] rule uu25.response, UU 25/2009 Pasal 44 ayat (3), due 2025-03-17, happened 2025-03-25T10:00:00+07:00, 8 calendar days late; sanction UU 25/2009 Pasal 54 ayat (5)\n' +
        '    Response on completeness (UU 25/2009 Pasal 44 ayat (3)): due 2025-03-17, done 2025-03-25T10:00:00+07:00; 8 calendar days late.',
    );
  });

  it('toHaveClock: on an SLA report, an audit and a snapshot', () => {
    const report = evaluateSla(late, uu25Policy, { calendar: nationalCalendar, asOf });
    expect(report).toHaveClock('uu25.response', { dueDate: '2025-03-17', status: 'breached' });
    expect(auditHistory(late, uu25Policy, { asOf })).toHaveClock('uu25.decision', { status: 'running' });
    expect(report).not.toHaveClock('uu25.response', { status: 'met' });
    const failed = pengaduanMatchers.toHaveClock.call({}, report, 'uu25.response', { status: 'met' });
    expect(failed.message()).toBe(
      'expected clock uu25.response (UU 25/2009 Pasal 44 ayat (3)) to have {"status":"met"}, but it is breached, due 2025-03-17, stopped 2025-03-25T10:00:00+07:00, 8 calendar days overdue',
    );
    expect(pengaduanMatchers.toHaveClock.call({}, report, 'nope', {}).message()).toContain(
      'expected a clock nope',
    );
  });

  it('toAllowEvent: a complaint in screening allows the admin to declare the file complete, not the complainant', () => {
    const options = { policy: uu25Policy };
    const started = startComplaint(onTime[0] as never, options);
    const { snapshot } = applyEvent(started.snapshot, onTime[1]!, options);
    expect(snapshot).toAllowEvent('file.declared_complete', 'admin_instansi');
    expect(snapshot).not.toAllowEvent('file.declared_complete', 'complainant');
    const message = pengaduanMatchers.toAllowEvent
      .call({}, snapshot, 'file.declared_complete', 'complainant')
      .message();
    expect(message).toContain('to allow file.declared_complete from complainant');
    expect(message).toContain(
      'file.declared_complete is sent by admin_instansi (UU 25/2009 Pasal 44 ayat (3)',
    );
  });

  it('toHaveNoFindings: of any kind, of one kind, of several', () => {
    expect(auditHistory(onTime, uu25Policy, { asOf })).toHaveNoFindings();
    const audit = auditHistory(late, uu25Policy, { asOf });
    expect(audit).toHaveNoFindings('late_decision');
    expect(audit).not.toHaveNoFindings(['late_decision', 'late_response']);
    expect(pengaduanMatchers.toHaveNoFindings.call({}, audit).message()).toContain('rule uu25.response');
    expect(pengaduanMatchers.toHaveNoFindings.call({}, 'x').pass).toBe(false);
  });
});
