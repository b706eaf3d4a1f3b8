import { describe, expect, it } from 'vitest';
import {
  type ApplyResult,
  applyEvent,
  type ComplaintSnapshot,
  createComplaintActor,
  type Effect,
  startComplaint,
} from '../../src/machine/index.js';
import { sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';
import {
  admin,
  applyAll,
  bothPolicies,
  complainant,
  daysBetween,
  declaredComplete,
  dispositioned,
  ev,
  followup,
  submission,
  supervisor,
  system,
  wib,
} from './_fixtures.js';

/** Delivers a tick at 08:00 WIB on every day of a span; returns what each day produced. */
function tickDaily(
  snapshot: ComplaintSnapshot,
  from: string,
  to: string,
  policy: { policy: typeof uu25Policy },
) {
  const days: { date: string; result: ApplyResult }[] = [];
  let current = snapshot;
  for (const date of daysBetween(from, to)) {
    const result = applyEvent(current, { type: 'sla.tick', at: wib(date, '08:00:00') }, policy);
    days.push({ date, result });
    current = result.snapshot;
  }
  return { days, snapshot: current };
}

function clock(snapshot: ComplaintSnapshot, key: string) {
  return snapshot.context.deadlines.clocks.find((c) => c.key === key);
}

describe('UU 25/2009: an incomplete KTP-el complaint that is never completed', () => {
  const opts = { policy: uu25Policy };
  // Thursday 27 March 2025, 09:00 WIB: a complaint that a KTP-el was not issued.
  const s = applyAll(
    startComplaint(submission(wib('2025-03-27'), { serviceReceivedOn: '2025-03-10' }), opts).snapshot,
    [ev('complaint.received', wib('2025-03-27', '09:30:00'), admin, { receiptNumber: 'TT/2025/031' })],
    opts,
  );
  // Wednesday 2 April: the response says the file is incomplete; the complainant receives it on 3 April.
  const incomplete = applyEvent(
    s,
    ev('file.declared_incomplete', wib('2025-04-02'), admin, {
      missing: ['fotokopi KK'],
      receivedByComplainantAt: wib('2025-04-03', '10:00:00'),
    }),
    opts,
  );

  it('met the 14-day response limit (due 10 April); the 30 days start when the complainant receives it', () => {
    expect(clock(incomplete.snapshot, 'uu25.response')).toMatchObject({
      status: 'met',
      dueDate: '2025-04-10',
    });
    expect(clock(incomplete.snapshot, 'uu25.filing_window')).toMatchObject({
      status: 'met',
      dueDate: '2025-04-09',
    });
    expect(clock(incomplete.snapshot, 'uu25.completion')?.status).toBe('not_started');
    expect(incomplete.wakeUpAt).toBe('2025-04-03T10:00:00+07:00');
  });

  const { days } = tickDaily(incomplete.snapshot, '2025-04-03', '2025-05-10', opts);

  it('counts the 30 days from 3 April: due Saturday 3 May 2025 (calendar days, kept on a weekend)', () => {
    const reminded = days.find((d) => d.date === '2025-05-02')!.result.snapshot;
    expect(clock(reminded, 'uu25.completion')).toMatchObject({ status: 'running', dueDate: '2025-05-03' });
  });

  it('stays waiting for the complainant every day up to and including 3 May', () => {
    for (const { date, result } of days.filter((d) => d.date <= '2025-05-03')) {
      expect(result.snapshot.value, date).toBe('awaitingCompletion');
    }
  });

  it('reminds the complainant once, on Friday 2 May (the working day before the due date)', () => {
    const reminders = days.flatMap(({ date, result }) =>
      result.effects
        .filter((e) => e.kind === 'send_reminder')
        .map((e) => [date, e.to, e.deadlines[0]?.dueDate]),
    );
    expect(reminders).toEqual([['2025-05-02', 'complainant', '2025-05-03']]);
  });

  it('is deemed withdrawn on the morning of 4 May, recorded once, dated 4 May 00:00 WIB (Pasal 44(5))', () => {
    const day4 = days.find((d) => d.date === '2025-05-04')!.result;
    expect(day4.snapshot.value).toBe('withdrawn');
    expect(day4.appended.map((e) => [e.type, e.at, e.data])).toEqual([
      ['complaint.withdrawn', '2025-05-04T00:00:00.000+07:00', { reason: 'deemed_lapsed' }],
    ]);
    const later = days.filter((d) => d.date > '2025-05-04');
    expect(later.every(({ result }) => result.appended.length === 0 && result.effects.length === 0)).toBe(
      true,
    );
    const last = days.at(-1)!.result.snapshot;
    expect(last.context.history.filter((e) => e.type === 'complaint.withdrawn')).toHaveLength(1);
  });
});

describe('UU 25/2009: a decision with compensation, notified and paid in two instalments', () => {
  const opts = { policy: uu25Policy };
  const effects: Effect[] = [];
  const actor = createComplaintActor(submission(wib('2025-03-27'), { serviceReceivedOn: '2025-03-20' }), {
    ...opts,
    onEffect: (effect) => effects.push(effect),
  });
  actor.send(ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, {}));
  actor.send(ev('file.declared_complete', wib('2025-04-02'), admin, {}));

  it('has 60 days from the complete file to decide: due 1 June 2025', () => {
    expect(clock(actor.getSnapshot(), 'uu25.decision')).toMatchObject({
      status: 'running',
      dueDate: '2025-06-01',
    });
  });

  it('goes through examination and decision; the decision must reach the complainant within 14 days', () => {
    actor.send(ev('examination.started', wib('2025-04-08'), admin, {}));
    const decided = actor.send(
      ev('decision.made', wib('2025-05-20'), supervisor, {
        outcome: 'upheld',
        summary: 'Keterlambatan terbukti; ganti rugi biaya transport',
        compensation: { amount: 750_000, dueOn: '2025-06-30' },
      }),
    );
    expect(decided.snapshot.value).toBe('decided');
    expect(clock(decided.snapshot, 'uu25.decision')?.status).toBe('met');
    expect(clock(decided.snapshot, 'uu25.notification')?.dueDate).toBe('2025-06-03');
    expect(decided.effects.map((e) => e.kind)).toEqual(['send_decision_notice']);
    expect(decided.effects[0]?.text.id).toContain(
      'ganti rugi Rp750.000 dan batas pembayarannya Senin, 30 Juni 2025',
    );
  });

  it('waits for the payment once notified, and settles only when paid in full', () => {
    const notified = actor.send(ev('decision.notified', wib('2025-05-22'), system, { channel: 'surat' }));
    expect(notified.snapshot.value).toBe('awaitingCompensation');
    expect(notified.effects.map((e) => [e.kind, e.source.article])).toEqual([
      ['pay_compensation', 'Pasal 50 ayat (3), Penjelasan ayat (8)'],
    ]);
    const partial = actor.send(ev('compensation.paid', wib('2025-06-10'), admin, { amount: 500_000 }));
    expect(partial.snapshot.value).toBe('awaitingCompensation');
    const rest = actor.send(ev('compensation.paid', wib('2025-06-20'), admin, { amount: 250_000 }));
    expect(rest.snapshot.value).toBe('settled');
    expect(rest.appended.map((e) => [e.type, e.data])).toEqual([
      ['compensation.paid', { amount: 250_000 }],
      ['complaint.closed', { reason: 'settled' }],
    ]);
    expect(rest.effects.map((e) => [e.kind, e.source.article])).toEqual([
      ['notify_closed', 'Penjelasan Pasal 50 ayat (8)'],
    ]);
  });

  it('handed every effect to the host in order, each with a legal source', () => {
    expect(effects.map((e) => e.kind)).toEqual([
      'issue_receipt',
      'send_receipt',
      'send_completeness_response',
      'send_decision_notice',
      'pay_compensation',
      'notify_closed',
    ]);
    for (const effect of effects) expect(effect.source.instrument).toMatch(/UU 25\/2009/);
  });
});

describe('SP4N-LAPOR! with UU 25/2009: a complaint filed before Lebaran 2025', () => {
  const opts = { policy: bothPolicies };
  // Thursday 27 March 2025, 16:30 WIB, just before Nyepi, Idul Fitri and their cuti bersama.
  const started = startComplaint(submission('2025-03-27T16:30:00+07:00', { complaintType: 'pengaduan' }), {
    ...opts,
    escalateBreachesTo: 'atasan',
  });
  const received = applyEvent(
    started.snapshot,
    ev('complaint.received', '2025-03-27T16:31:00+07:00', system, {}),
    opts,
  );

  it('gives the admin 3 hari kerja to verify and forward: 10 April 2025, Lebaran and cuti bersama skipped', () => {
    expect(clock(received.snapshot, 'sp4n.verification')?.dueDate).toBe('2025-04-10');
    // The UU 25/2009 response (14 calendar days) falls due the same day.
    expect(clock(received.snapshot, 'uu25.response')?.dueDate).toBe('2025-04-10');
  });

  const { days, snapshot: afterTicks } = tickDaily(received.snapshot, '2025-03-28', '2025-04-14', opts);
  // On Monday 14 April the file is declared complete and disposed to Dukcapil.
  const disposedToDukcapil = [
    declaredComplete(wib('2025-04-14', '09:00:00')),
    dispositioned(wib('2025-04-14', '10:00:00'), 'dukcapil'),
  ];

  it('warns on 9 April, records both breaches once on 11 April and escalates to the atasan once', () => {
    const log = days.flatMap(({ date, result }) =>
      result.effects.map((e) => `${date} ${e.kind} ${e.deadlines[0]?.key ?? ''}`.trim()),
    );
    expect(log).toEqual([
      '2025-04-09 send_reminder sp4n.verification',
      '2025-04-09 send_reminder uu25.response',
      '2025-04-11 send_breach_notice sp4n.verification',
      '2025-04-11 notify_escalation',
      '2025-04-11 send_breach_notice uu25.response',
    ]);
    const records = afterTicks.context.history.filter(
      (e) => e.type === 'sla.breach_recorded' || e.type === 'complaint.escalated',
    );
    expect(records.map((e) => [e.type, e.at])).toEqual([
      ['sla.breach_recorded', '2025-04-11T00:00:00.000+07:00'],
      ['complaint.escalated', '2025-04-11T00:00:00.000+07:00'],
      ['sla.breach_recorded', '2025-04-11T00:00:00.000+07:00'],
    ]);
    expect(days.every(({ result }) => result.snapshot.value === 'screening')).toBe(true);
  });

  it('gives the OPD 5 hari kerja from the disposition (Good Friday skipped) and closes 10 hari kerja after its follow-up', () => {
    const s = applyAll(afterTicks, disposedToDukcapil, opts);
    expect(clock(s, 'sp4n.followup@dukcapil')?.dueDate).toBe('2025-04-22');
    const posted = applyEvent(
      s,
      followup(wib('2025-04-17', '14:00:00'), 'dukcapil', 'KTP-el sudah dicetak dan dapat diambil'),
      opts,
    );
    expect(posted.snapshot.value).toBe('awaitingFeedback');
    expect(clock(posted.snapshot, 'sp4n.followup@dukcapil')?.status).toBe('met');
    expect(clock(posted.snapshot, 'sp4n.auto_close')?.dueDate).toBe('2025-05-05');

    // A comment on Friday 2 May restarts the silence: 10 hari kerja from 2 May, skipping Waisak
    // (12 May) and its cuti bersama (13 May), is 20 May.
    const commented = applyEvent(
      posted.snapshot,
      ev('complainant.replied', wib('2025-05-02'), complainant, {
        kind: 'comment',
        message: 'Kapan bisa diambil?',
      }),
      opts,
    );
    expect(clock(commented.snapshot, 'sp4n.auto_close')?.dueDate).toBe('2025-05-20');

    const { days: quiet } = tickDaily(commented.snapshot, '2025-05-03', '2025-05-25', opts);
    const closedOn = quiet.find(({ result }) => result.snapshot.value === 'closed');
    expect(closedOn?.date).toBe('2025-05-21');
    expect(closedOn?.result.appended.map((e) => [e.type, e.at, e.data])).toEqual([
      ['complaint.closed', '2025-05-21T00:00:00.000+07:00', { reason: 'no_reply' }],
    ]);
    expect(
      quiet.filter(({ result }) => result.effects.some((e) => e.kind === 'send_reminder')).map((d) => d.date),
    ).toEqual(['2025-05-19']);
  });

  it('treats a dispute as a reason to reopen: the OPD gets a new 5-hari-kerja cycle', () => {
    const s = applyAll(
      afterTicks,
      [...disposedToDukcapil, followup(wib('2025-04-15'), 'dukcapil', 'Sudah')],
      opts,
    );
    const disputed = applyEvent(
      s,
      ev('complainant.replied', wib('2025-04-16'), complainant, { kind: 'dispute', message: 'Belum' }),
      opts,
    );
    expect(disputed.snapshot.value).toBe('disputed');
    expect(disputed.effects.map((e) => e.kind)).toEqual(['respond_to_dispute']);
    const reopened = applyEvent(
      disputed.snapshot,
      ev('complaint.reopened', wib('2025-04-17'), supervisor, { reason: 'Bantahan beralasan' }),
      opts,
    );
    expect(reopened.snapshot.value).toBe('dispositioned');
    const cycle2 = reopened.snapshot.context.deadlines.clocks.find(
      (c) => c.ruleId === 'sp4n.followup' && c.cycle === 2,
    );
    // 17 April + 5 hari kerja, skipping Good Friday (18 April) and the weekend: Friday 25 April.
    expect(cycle2).toMatchObject({ status: 'running', dueDate: '2025-04-25', unitId: 'dukcapil' });
  });
});

describe('SP4N-LAPOR! alone: referral and archive end the verification clock', () => {
  const opts = { policy: sp4nLaporPolicy };
  const base = applyEvent(
    startComplaint(submission(wib('2025-06-02')), opts).snapshot,
    ev('complaint.received', wib('2025-06-02', '09:01:00'), system, {}),
    opts,
  ).snapshot;

  it('stops the 3-hari-kerja clock on time when the complaint is referred as not our authority', () => {
    const referred = applyEvent(
      base,
      ev('complaint.referred', wib('2025-06-03'), admin, { toAgency: 'Kementerian ATR/BPN' }),
      opts,
    );
    expect(referred.snapshot.value).toBe('referred');
    expect(clock(referred.snapshot, 'sp4n.verification')?.status).toBe('met');
    expect(referred.effects.map((e) => [e.kind, e.to])).toEqual([['send_referral', 'agency']]);
  });

  it('archives a duplicate with its reason and tells the complainant', () => {
    const archived = applyEvent(
      base,
      ev('complaint.archived', wib('2025-06-03'), admin, {
        reason: 'duplicate',
        duplicateOf: 'LAPOR-2025-000123',
      }),
      opts,
    );
    expect(archived.snapshot.value).toBe('archived');
    expect(archived.effects[0]?.text.en).toContain('duplicate');
  });
});
