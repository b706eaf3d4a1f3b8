import { describe, expect, it } from 'vitest';
import { auditHistory, FINDING_KINDS, type Finding, type FindingKind } from '../../src/compliance/index.js';
import type { Actor, HistoryEvent } from '../../src/history/types.js';
import {
  combinePolicies,
  definePolicy,
  ombudsmanPolicy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
} from '../../src/rules/index.js';

// Worked examples, one or more per finding kind. Every date below is counted by hand from the
// article cited and the 2025 SKB calendar (national holidays and cuti bersama):
// - Nyepi Sat 29 March; Idul Fitri Mon 31 March - Tue 1 April; cuti bersama Fri 28 March, Wed 2 -
//   Mon 7 April; Idul Adha Fri 6 June, cuti bersama Mon 9 June.

const complainant: Actor = { role: 'complainant', id: 'warga-1' };
const admin: Actor = { role: 'admin_instansi', id: 'admin-1' };
const system: Actor = { role: 'system' };
const supervisor: Actor = { role: 'supervisor' };

function ev(type: string, at: string, actor: Actor, data: Record<string, unknown> = {}): HistoryEvent {
  return { type, at, actor, data } as HistoryEvent;
}
const wib = (date: string, time = '09:00:00') => `${date}T${time}+07:00`;
const submitted = (date: string, data: Record<string, unknown> = {}) =>
  ev('complaint.submitted', wib(date), complainant, data);
const received = (date: string) => ev('complaint.received', wib(date, '10:00:00'), system);

function only(findings: readonly Finding[], kind: FindingKind): Finding {
  const found = findings.filter((f) => f.kind === kind);
  expect(found, `exactly one ${kind} in ${findings.map((f) => f.kind).join(', ')}`).toHaveLength(1);
  return found[0]!;
}

describe('clock findings (UU 25/2009 Pasal 44, 50; sanctions of Pasal 54)', () => {
  it('finds a late response: submitted Monday 3 March 2025, answered 25 March, 8 days after 17 March', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        ev('file.declared_complete', wib('2025-03-25'), admin),
      ],
      uu25Policy,
      { asOf: wib('2025-04-01') },
    );
    const f = only(audit.findings, 'late_response');
    expect(f).toMatchObject({
      severity: 'high',
      ruleId: 'uu25.response',
      source: { instrument: 'UU 25/2009', article: 'Pasal 44 ayat (3)', status: 'verified' },
      instants: { dueDate: '2025-03-17', doneAt: wib('2025-03-25', '09:00:00') },
      late: { amount: 8, unit: 'calendar_days' },
      responsible: { dutyOf: 'provider' },
      sanction: { source: { article: 'Pasal 54 ayat (5)' } },
    });
    expect(f.text.id).toContain('terlambat 8 hari');
    expect(f.text.en).toContain('8 calendar days late');
    expect(audit.compliant).toBe(false);
  });

  it('finds a missing receipt (due the day after submission, Pasal 44(1), sanction Pasal 54(2))', () => {
    const audit = auditHistory([submitted('2025-03-03')], uu25Policy, { asOf: wib('2025-03-06') });
    expect(only(audit.findings, 'missing_receipt')).toMatchObject({
      severity: 'high',
      instants: { dueDate: '2025-03-04', missing: true },
      late: { amount: 2, unit: 'calendar_days' },
      sanction: { source: { article: 'Pasal 54 ayat (2)' } },
    });
  });

  it('finds a late receipt, issued on 5 March for a complaint of 3 March', () => {
    const audit = auditHistory([submitted('2025-03-03'), received('2025-03-05')], uu25Policy, {
      asOf: wib('2025-03-06'),
    });
    expect(only(audit.findings, 'late_receipt')).toMatchObject({
      instants: { dueDate: '2025-03-04', doneAt: wib('2025-03-05', '10:00:00') },
      late: { amount: 1, unit: 'calendar_days' },
    });
  });

  it('finds a late decision: file complete 3 March 2025, no decision by 10 May (due 2 May, Pasal 50(1))', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        ev('file.declared_complete', wib('2025-03-03', '11:00:00'), admin),
      ],
      uu25Policy,
      { asOf: wib('2025-05-10') },
    );
    expect(only(audit.findings, 'late_decision')).toMatchObject({
      severity: 'high',
      source: { article: 'Pasal 50 ayat (1)' },
      instants: { dueDate: '2025-05-02', missing: true },
      late: { amount: 8, unit: 'calendar_days' },
      sanction: { text: { en: 'Removal from office.' }, source: { article: 'Pasal 54 ayat (7)' } },
    });
  });

  it('finds a late notification: decided 2 April 2025, notified 20 April (due 16 April, Pasal 50(2))', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        ev('file.declared_complete', wib('2025-03-04'), admin),
        ev('examination.started', wib('2025-03-05'), admin),
        ev('decision.made', wib('2025-04-02'), supervisor, { outcome: 'upheld', summary: 'Beralasan' }),
        ev('decision.notified', wib('2025-04-20'), admin),
      ],
      uu25Policy,
      { asOf: wib('2025-04-21') },
    );
    expect(only(audit.findings, 'late_notification')).toMatchObject({
      instants: { dueDate: '2025-04-16', doneAt: wib('2025-04-20') },
      late: { amount: 4, unit: 'calendar_days' },
      sanction: { source: { article: 'Pasal 54 ayat (5)' } },
    });
    expect(audit.state).toBe('awaitingFeedback');
  });

  it('finds late forwarding over Lebaran: 3 hari kerja after Thursday 27 March 2025 is 10 April; forwarded Monday 14 April', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-27'),
        received('2025-03-27'),
        ev('file.declared_complete', wib('2025-04-14', '08:00:00'), admin),
        ev('complaint.dispositioned', wib('2025-04-14'), admin, { unitId: 'dukcapil', unitKind: 'opd' }),
      ],
      sp4nLaporPolicy,
      { asOf: wib('2025-04-15') },
    );
    expect(only(audit.findings, 'late_forwarding')).toMatchObject({
      severity: 'medium',
      ruleId: 'sp4n.verification',
      instants: { dueDate: '2025-04-10', doneAt: wib('2025-04-14') },
      late: { amount: 2, unit: 'working_days' },
    });
    expect(only(audit.findings, 'late_forwarding').sanction).toBeUndefined();
  });

  it('finds a late follow-up by the unit: dispositioned Monday 2 June 2025, 5 hari kerja end Wednesday 11 June (Idul Adha, cuti bersama)', () => {
    const audit = auditHistory(
      {
        history: [
          submitted('2025-06-02', { complaintType: 'pengaduan' }),
          received('2025-06-02'),
          ev('file.declared_complete', wib('2025-06-02', '11:00:00'), admin),
          ev('complaint.dispositioned', wib('2025-06-02', '12:00:00'), admin, {
            unitId: 'dukcapil',
            unitKind: 'opd',
          }),
        ],
      },
      sp4nLaporPolicy,
      { asOf: wib('2025-06-13', '12:00:00') },
    );
    expect(only(audit.findings, 'late_followup')).toMatchObject({
      ruleId: 'sp4n.followup',
      clockKey: 'sp4n.followup@dukcapil',
      instants: { dueDate: '2025-06-11', missing: true },
      late: { amount: 2, unit: 'working_days' },
      responsible: { dutyOf: 'handling_unit', unitId: 'dukcapil' },
    });
  });

  it('finds a late resolution under the local tiered standard: a request for information received 2 June 2025 is due 11 June', () => {
    const audit = auditHistory(
      [
        submitted('2025-06-02', { complaintType: 'permintaan_informasi' }),
        received('2025-06-02'),
        ev('file.declared_complete', wib('2025-06-03'), admin),
        ev('complaint.dispositioned', wib('2025-06-03', '10:00:00'), admin, {
          unitId: 'ppid',
          unitKind: 'opd',
        }),
        ev(
          'followup.posted',
          wib('2025-06-13'),
          { role: 'admin_penghubung', unitId: 'ppid' },
          { unitId: 'ppid', summary: 'Informasi diberikan' },
        ),
      ],
      tieredLocalPolicy,
      { asOf: wib('2025-06-14') },
    );
    expect(only(audit.findings, 'late_resolution')).toMatchObject({
      ruleId: 'local.permintaan_informasi',
      instants: { dueDate: '2025-06-11', doneAt: wib('2025-06-13') },
      late: { amount: 2, unit: 'working_days' },
    });
  });

  it('finds late action on a Rekomendasi: received 2 January 2025, no report by 10 March (60 hari: due 3 March; UU 37/2008 Pasal 39)', () => {
    const audit = auditHistory(
      [
        submitted('2025-01-01'),
        received('2025-01-01'),
        ev('complaint.escalated', wib('2025-01-01', '11:00:00'), complainant, { to: 'ombudsman' }),
        ev('ombudsman.recommendation_received', wib('2025-01-02'), admin),
      ],
      ombudsmanPolicy,
      { asOf: wib('2025-03-10') },
    );
    expect(only(audit.findings, 'late_ombudsman_action')).toMatchObject({
      ruleId: 'ombudsman.recommendation_report',
      severity: 'high',
      responsible: { dutyOf: 'atasan_terlapor' },
      instants: { dueDate: '2025-03-03', missing: true },
      late: { amount: 7, unit: 'calendar_days' },
      sanction: { source: { instrument: 'UU 37/2008', article: 'Pasal 39' } },
    });
  });

  it("finds a host rule's duty done late, without a sanction the law does not name", () => {
    const policy = definePolicy({
      id: 'sop-kota',
      title: { id: 'SOP', en: 'SOP' },
      rules: [
        {
          id: 'sop.ack',
          title: { id: 'Balasan awal', en: 'First reply' },
          dutyOf: 'provider',
          limit: { amount: 2, unit: 'calendar_days' },
          startOn: ['complaint.submitted'],
          stopOn: ['admin.replied'],
          onLapse: { kind: 'breach' },
          source: { instrument: 'SOP Kota', article: 'butir 3', status: 'practice' },
        },
      ],
    });
    const audit = auditHistory([submitted('2025-03-03')], policy, { asOf: wib('2025-03-07') });
    expect(only(audit.findings, 'late_duty')).toMatchObject({
      severity: 'medium',
      ruleId: 'sop.ack',
      instants: { dueDate: '2025-03-05', missing: true },
      late: { amount: 2, unit: 'calendar_days' },
    });
  });

  it('notes late filing as information only: service on 1 January 2025, complaint on 3 March (window ended 31 January)', () => {
    const audit = auditHistory(
      [submitted('2025-03-03', { serviceReceivedOn: '2025-01-01' }), received('2025-03-03')],
      uu25Policy,
      { asOf: wib('2025-03-04') },
    );
    expect(only(audit.findings, 'late_filing')).toMatchObject({
      severity: 'info',
      source: { article: 'Pasal 42 ayat (2)' },
      instants: { dueDate: '2025-01-31' },
      late: { amount: 31, unit: 'calendar_days' },
    });
    expect(audit.compliant).toBe(true);
  });
});

describe('deemed withdrawal (UU 25/2009 Pasal 44(4)-(5))', () => {
  const incomplete = (date: string, receivedOn?: string) =>
    ev('file.declared_incomplete', wib(date), admin, {
      missing: ['Fotokopi KTP'],
      ...(receivedOn === undefined ? {} : { receivedByComplainantAt: wib(receivedOn, '10:00:00') }),
    });

  it('finds a lapse not applied: response received 6 March 2025, limit 5 April, file completed 20 April and handling went on', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        incomplete('2025-03-05', '2025-03-06'),
        ev('file.completed', wib('2025-04-20'), complainant),
      ],
      uu25Policy,
      { asOf: wib('2025-04-21') },
    );
    expect(only(audit.findings, 'deemed_withdrawal_not_applied')).toMatchObject({
      severity: 'medium',
      ruleId: 'uu25.completion',
      source: { article: 'Pasal 44 ayat (4)-(5)' },
      instants: { dueDate: '2025-04-05' },
      eventIndex: 3,
      eventType: 'file.completed',
    });
  });

  it('finds a deemed withdrawal applied too early: recorded 20 March, the limit ran to 5 April', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        incomplete('2025-03-05', '2025-03-06'),
        ev('complaint.withdrawn', wib('2025-03-20'), system, { reason: 'deemed_lapsed' }),
      ],
      uu25Policy,
      { asOf: wib('2025-04-21') },
    );
    const f = only(audit.findings, 'deemed_withdrawal_too_early');
    expect(f).toMatchObject({
      severity: 'high',
      eventIndex: 3,
      source: { article: 'Pasal 44 ayat (4)-(5)' },
    });
    expect(f.text.en).toContain('has not run out');
    // The machine did not take it: the complaint still waits for the complainant.
    expect(audit.state).toBe('awaitingCompletion');
  });

  it('finds a deemed withdrawal with no incompleteness response at all', () => {
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        ev('complaint.withdrawn', wib('2025-04-20'), system, { reason: 'deemed_lapsed' }),
      ],
      uu25Policy,
      { asOf: wib('2025-04-21') },
    );
    expect(only(audit.findings, 'missing_incomplete_notice')).toMatchObject({
      severity: 'high',
      eventIndex: 2,
    });
  });

  it('finds a deemed withdrawal too early when the receipt of the incompleteness response is not recorded', () => {
    // Pasal 44(4) counts the 30 days from the complainant's receipt of the response; with no receipt
    // recorded, the library's reading is that nothing may be deemed withdrawn yet (docs/decisions.md).
    const audit = auditHistory(
      [
        submitted('2025-03-03'),
        received('2025-03-03'),
        incomplete('2025-03-05'),
        ev('complaint.withdrawn', wib('2025-04-10'), system, { reason: 'deemed_lapsed' }),
      ],
      uu25Policy,
      { asOf: wib('2025-04-21') },
    );
    expect(audit.findings.map((f) => f.kind)).toContain('deemed_withdrawal_too_early');
    expect(audit.findings.map((f) => f.kind)).not.toContain('deemed_withdrawal_not_applied');
  });
});

describe('lifecycle findings: the machine replays the record', () => {
  const base = [submitted('2025-03-03'), received('2025-03-03')];

  it('finds an event by a role the permission table does not allow, with the role at fault', () => {
    const audit = auditHistory(
      [...base, ev('file.declared_complete', wib('2025-03-04'), { role: 'complainant', id: 'warga-1' })],
      uu25Policy,
      { asOf: wib('2025-03-05') },
    );
    expect(only(audit.findings, 'role_not_permitted')).toMatchObject({
      severity: 'medium',
      eventIndex: 2,
      responsible: { role: 'complainant', actorId: 'warga-1' },
      source: { article: 'Pasal 44 ayat (3); Penjelasan Pasal 23 ayat (4) huruf e' },
    });
    expect(audit.state).toBe('screening');
  });

  it('finds an event impossible where it stands (a decision notified during screening)', () => {
    const audit = auditHistory([...base, ev('decision.notified', wib('2025-03-04'), admin)], uu25Policy, {
      asOf: wib('2025-03-05'),
    });
    const f = only(audit.findings, 'event_not_allowed');
    expect(f).toMatchObject({
      eventIndex: 2,
      eventType: 'decision.notified',
      ruleId: 'lifecycle.not_allowed_in_state',
    });
    expect(f.text.en).toContain('state screening does not accept decision.notified');
  });

  it('finds an event out of order and leaves it out', () => {
    const audit = auditHistory(
      [...base, ev('file.declared_complete', wib('2025-03-02'), admin)],
      uu25Policy,
      { asOf: wib('2025-03-05') },
    );
    expect(only(audit.findings, 'event_out_of_order')).toMatchObject({ severity: 'low', eventIndex: 2 });
    expect(audit.eventsConsidered).toBe(2);
  });

  it('finds invalid events (unknown type, no object, a bad instant) and audits the rest', () => {
    const audit = auditHistory(
      [...base, { type: 'complaint.teleported' }, 7, ev('file.declared_complete', '4 March 2025', admin)],
      uu25Policy,
      { asOf: wib('2025-03-05') },
    );
    expect(audit.findings.filter((f) => f.kind === 'invalid_event').map((f) => f.eventIndex)).toEqual([
      2, 3, 4,
    ]);
    expect(audit.state).toBe('screening');
  });
});

describe('confidentiality (UU 25/2009 Pasal 42(5), 49(1))', () => {
  const dispose = (unitId: string, unitKind: 'opd' | 'apip') =>
    ev('complaint.dispositioned', wib('2025-03-04', '11:00:00'), admin, { unitId, unitKind });
  const flow = (data: Record<string, unknown>, unitId: string, unitKind: 'opd' | 'apip') => [
    submitted('2025-03-03', data),
    received('2025-03-03'),
    ev('file.declared_complete', wib('2025-03-04'), admin),
    dispose(unitId, unitKind),
  ];

  it('finds a confidential complaint sent to the unit it is about', () => {
    const audit = auditHistory(
      { history: flow({}, 'dinas-pu', 'opd'), confidentiality: { anonim: true }, reportedUnitId: 'dinas-pu' },
      uu25Policy,
      { asOf: wib('2025-03-05') },
    );
    expect(only(audit.findings, 'confidentiality_at_risk')).toMatchObject({
      severity: 'high',
      ruleId: 'confidentiality.reported_unit',
      responsible: { unitId: 'dinas-pu' },
      eventIndex: 3,
    });
  });

  it('finds a berkadar pengawasan complaint sent to an OPD rather than APIP, and none when it goes to APIP', () => {
    const toOpd = auditHistory(
      flow({ classification: 'berkadar_pengawasan' }, 'dinas-pu', 'opd'),
      uu25Policy,
      {
        asOf: wib('2025-03-05'),
      },
    );
    expect(only(toOpd.findings, 'confidentiality_at_risk')).toMatchObject({
      severity: 'medium',
      source: { status: 'inferred' },
    });
    const toApip = auditHistory(
      flow({ classification: 'berkadar_pengawasan' }, 'inspektorat', 'apip'),
      uu25Policy,
      { asOf: wib('2025-03-05') },
    );
    expect(toApip.findings).toEqual([]);
    expect(toApip.compliant).toBe(true);
  });
});

describe('records that are no history', () => {
  it.each([
    ['a string', 'riwayat'],
    ['an empty array', []],
    ['an object without history', { id: 'X' }],
    ['null', null],
    ['a history of non-events', [1, 2]],
  ])('gives an unauditable_history finding for %s, never a throw', (_, input) => {
    const audit = auditHistory(input, uu25Policy, { asOf: wib('2025-03-05') });
    expect(audit.findings.map((f) => f.kind)).toContain('unauditable_history');
    expect(audit.compliant).toBe(false);
  });

  it('keeps the complaint id of the input', () => {
    expect(
      auditHistory({ id: 'LAPOR-42', history: [] }, uu25Policy, { asOf: wib('2025-03-05') }).complaintId,
    ).toBe('LAPOR-42');
  });

  it('refuses bad arguments with typed errors', () => {
    expect(() => auditHistory([], uu25Policy, { asOf: '2025-03-05' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => auditHistory([], { id: 'x' } as never, { asOf: wib('2025-03-05') })).toThrow(
      expect.objectContaining({ code: 'invalid_policy' }),
    );
    expect(() => auditHistory([], uu25Policy, null as never)).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(() => auditHistory([], uu25Policy, { asOf: wib('2025-03-05'), zone: '+07:00' })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });

  it('never changes its input', () => {
    const history = [submitted('2025-03-03'), received('2025-03-03')];
    const copy = structuredClone(history);
    auditHistory(history, uu25Policy, { asOf: wib('2025-04-05') });
    expect(history).toEqual(copy);
    expect(Object.isFrozen(history[0])).toBe(false);
  });

  it('covers every finding kind with a title in both languages', () => {
    for (const info of Object.values(FINDING_KINDS)) {
      expect(info.title.id.length).toBeGreaterThan(3);
      expect(info.title.en.length).toBeGreaterThan(3);
    }
  });
});

describe('audits under several policies at once', () => {
  it('reports every policy’s breaches of one history', () => {
    const audit = auditHistory(
      [submitted('2025-03-27'), received('2025-03-27')],
      combinePolicies([uu25Policy, sp4nLaporPolicy]),
      {
        asOf: wib('2025-04-15'),
      },
    );
    expect(audit.findings.map((f) => f.kind).sort()).toEqual(['late_forwarding', 'late_response']);
  });
});
