import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  COMPLAINT_STATES,
  type ComplaintEvent,
  type ComplaintSnapshot,
  safeApplyEvent,
  startComplaint,
} from '../../src/machine/index.js';
import {
  combinePolicies,
  createUu25Policy,
  type Policy,
  sp4nLaporPolicy,
  uu25Policy,
} from '../../src/rules/index.js';
import { admin, complainant, ev, penghubung, submission, supervisor, system, wib } from './_fixtures.js';

// Issue 8, defects 6-8: the readings recorded in docs/decisions.md, with hand-computed dates.

function run(policy: Policy, events: readonly ComplaintEvent[], at = wib('2025-03-27')) {
  const options = { policy };
  let last = startComplaint(submission(at), options);
  for (const event of events) last = applyEvent(last.snapshot, event, options);
  return last;
}

describe('Pasal 44 ayat (4) counts from the complainant’s receipt (defect 8)', () => {
  const received = ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, {});

  it('does not deem the complaint withdrawn while the receipt of the notice is not recorded', () => {
    const notice = ev('file.declared_incomplete', wib('2025-04-02'), admin, { missing: ['KTP'] });
    const waiting = run(uu25Policy, [received, notice]);
    expect(waiting.snapshot.value).toBe('awaitingCompletion');
    // Waiting on the complainant (and on the provider to record the receipt): no limit runs.
    expect(waiting.wakeUpAt).toBeNull();
    const months = applyEvent(
      waiting.snapshot,
      { type: 'sla.tick', at: wib('2025-09-01') },
      { policy: uu25Policy },
    );
    expect(months.snapshot.value).toBe('awaitingCompletion');
    expect(months.appended).toEqual([]);
  });

  it('counts 30 days from the receipt once the provider records it: received 5 April, due 5 May, withdrawn from 6 May', () => {
    const notice = ev('file.declared_incomplete', wib('2025-04-02'), admin, { missing: ['KTP'] });
    const withReceipt = ev('file.declared_incomplete', wib('2025-04-07'), admin, {
      missing: ['KTP'],
      receivedByComplainantAt: wib('2025-04-05', '10:00:00'),
    });
    const counted = run(uu25Policy, [received, notice, withReceipt]);
    const clock = counted.snapshot.context.deadlines.clocks.find((c) => c.ruleId === 'uu25.completion');
    expect(clock?.dueDate).toBe('2025-05-05');
    const lapsed = applyEvent(
      counted.snapshot,
      { type: 'sla.tick', at: wib('2025-05-20') },
      { policy: uu25Policy },
    );
    expect(lapsed.snapshot.value).toBe('withdrawn');
    expect(lapsed.appended.map((e) => e.at)).toEqual(['2025-05-06T00:00:00.000+07:00']);
  });

  it('counts from the notice itself with unknownReceipt: from_notice (sent 2 April, due 2 May, withdrawn from 3 May)', () => {
    const policy = createUu25Policy({ unknownReceipt: 'from_notice' });
    expect(policy.id).toBe('uu25-2009;unknownReceipt=from_notice');
    const notice = ev('file.declared_incomplete', wib('2025-04-02'), admin, { missing: ['KTP'] });
    const waiting = run(policy, [received, notice]);
    const lapsed = applyEvent(waiting.snapshot, { type: 'sla.tick', at: wib('2025-05-20') }, { policy });
    expect(lapsed.snapshot.value).toBe('withdrawn');
    expect(lapsed.appended.map((e) => e.at)).toEqual(['2025-05-03T00:00:00.000+07:00']);
  });

  it('cites the reading in the rule', () => {
    const rule = uu25Policy.rules.find((r) => r.id === 'uu25.completion');
    expect(rule?.source).toMatchObject({
      instrument: 'UU 25/2009',
      article: 'Pasal 44 ayat (4)-(5)',
      status: 'verified',
    });
    expect(rule?.source.note).toContain('no deemed withdrawal runs');
    expect(rule?.startsAt?.otherwise).toBe('not_applicable');
  });
});

describe('a decision can be recorded wherever the Pasal 50(1) clock runs (defect 7)', () => {
  const both = combinePolicies([uu25Policy, sp4nLaporPolicy]);
  const path: ComplaintEvent[] = [
    ev('complaint.received', wib('2025-03-27', '10:00:00'), system, {}),
    ev('file.declared_complete', wib('2025-03-28'), admin, {}),
    ev('complaint.dispositioned', wib('2025-03-28', '10:00:00'), admin, {
      unitId: 'dinsos',
      unitKind: 'opd',
    }),
    ev('followup.posted', wib('2025-04-08'), penghubung('dinsos'), {
      unitId: 'dinsos',
      summary: 'Sudah ditangani',
    }),
  ];

  it('accepts decision.made during the SP4N-LAPOR! dialogue and stops the decision clock in time', () => {
    const dialogue = run(both, [
      ...path,
      ev('complainant.replied', wib('2025-04-09'), complainant, {
        kind: 'comment',
        message: 'Kapan selesai?',
      }),
    ]);
    expect(dialogue.snapshot.value).toBe('awaitingFeedback');
    const decided = applyEvent(
      dialogue.snapshot,
      ev('decision.made', wib('2025-04-10'), supervisor, { outcome: 'upheld', summary: 'Beralasan' }),
      { policy: both },
    );
    expect(decided.snapshot.value).toBe('decided');
    const clock = decided.snapshot.context.deadlines.clocks.find((c) => c.ruleId === 'uu25.decision');
    // Declared complete 28 March: 60 days, due 27 May; met on 10 April.
    expect(clock).toMatchObject({ status: 'met', dueDate: '2025-05-27' });
  });

  it('accepts decision.made after the complainant disputed the follow-up', () => {
    const disputed = run(both, [
      ...path,
      ev('complainant.replied', wib('2025-04-09'), complainant, {
        kind: 'dispute',
        message: 'Belum selesai',
      }),
    ]);
    expect(disputed.snapshot.value).toBe('disputed');
    const decided = safeApplyEvent(
      disputed.snapshot,
      ev('decision.made', wib('2025-04-10'), supervisor, { outcome: 'rejected', summary: 'Tidak beralasan' }),
      { policy: both },
    );
    expect(decided.success && decided.snapshot.value).toBe('decided');
  });
});

describe('no dead ends (defect 6)', () => {
  function decidedAndNotified(policy: Policy): { snapshot: ComplaintSnapshot; wakeUpAt: string | null } {
    return run(
      policy,
      [
        ev('complaint.received', wib('2025-05-26', '10:00:00'), system, {}),
        ev('file.declared_complete', wib('2025-05-27'), admin, {}),
        ev('examination.started', wib('2025-05-27', '10:00:00'), admin, {}),
        ev('decision.made', wib('2025-05-30'), supervisor, { outcome: 'upheld', summary: 'Beralasan' }),
        ev('decision.notified', wib('2025-06-02', '10:00:00'), system, { channel: 'email' }),
      ],
      wib('2025-05-26'),
    );
  }

  it('under SP4N-LAPOR! closes 10 hari kerja after the notified decision: 2 June → due 18 June (Iduladha 6 June, cuti bersama 9 June), closed from 19 June', () => {
    const notified = decidedAndNotified(sp4nLaporPolicy);
    expect(notified.snapshot.value).toBe('awaitingFeedback');
    expect(notified.wakeUpAt).not.toBeNull();
    const closed = applyEvent(
      notified.snapshot,
      { type: 'sla.tick', at: wib('2025-06-25') },
      { policy: sp4nLaporPolicy },
    );
    expect(closed.snapshot.value).toBe('closed');
    const closing = closed.appended.find((e) => e.type === 'complaint.closed');
    expect(closing?.at).toBe('2025-06-19T00:00:00.000+07:00');
  });

  it('under UU 25/2009 alone waits on the complainant after the notified decision, with no legal limit (documented)', () => {
    const notified = decidedAndNotified(uu25Policy);
    expect(notified.snapshot.value).toBe('awaitingFeedback');
    expect(notified.wakeUpAt).toBeNull();
    expect(COMPLAINT_STATES.awaitingFeedback.description.en).toContain('UU 25/2009 itself sets no limit');
    const running = notified.snapshot.context.deadlines.clocks.filter((c) => c.status === 'running');
    expect(running).toEqual([]);
  });

  it('cites the SP4N-LAPOR! auto-close as practice, starting at a follow-up or a notified decision', () => {
    const rule = sp4nLaporPolicy.rules.find((r) => r.id === 'sp4n.auto_close');
    expect(rule?.source.status).toBe('practice');
    expect(rule?.startOn).toEqual(['followup.posted', 'decision.notified']);
  });
});
