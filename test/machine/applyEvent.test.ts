import { describe, expect, it } from 'vitest';
import {
  type ApplyResult,
  applyEvent,
  type ComplaintSnapshot,
  SnapshotError,
  safeApplyEvent,
  startComplaint,
  TransitionRefusedError,
} from '../../src/machine/index.js';
import { sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';
import {
  admin,
  applyAll,
  bothPolicies,
  complainant,
  declaredComplete,
  dispositioned,
  ev,
  followup,
  penghubung,
  submission,
  supervisor,
  system,
  wib,
} from './_fixtures.js';

const opts = { policy: uu25Policy };

function start(at = wib('2025-03-27')): ComplaintSnapshot {
  return startComplaint(submission(at), opts).snapshot;
}

function refusalOf(snapshot: ComplaintSnapshot, event: unknown, options = opts): TransitionRefusedError {
  const result = safeApplyEvent(snapshot, event as never, options);
  if (result.success) throw new Error(`expected a refusal, got state ${result.snapshot.value}`);
  expect(result.snapshot).toBe(snapshot);
  if (!(result.error instanceof TransitionRefusedError)) throw result.error;
  return result.error;
}

function screening(): ComplaintSnapshot {
  return applyEvent(start(), ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, {}), opts)
    .snapshot;
}

/** Declared complete on 2 April 2025 and disposed to one OPD, `opd-a`, an hour later. */
function toOpdA(): ComplaintSnapshot {
  return applyAll(
    screening(),
    [declaredComplete(wib('2025-04-02')), dispositioned(wib('2025-04-02', '10:00:00'), 'opd-a')],
    opts,
  );
}

describe('startComplaint', () => {
  it('starts in submitted with the submission as the only history event and asks for a receipt', () => {
    const { snapshot, effects, appended } = startComplaint(submission(wib('2025-03-27')), opts);
    expect(snapshot.value).toBe('submitted');
    expect(snapshot.status).toBe('active');
    expect(snapshot.schemaVersion).toBe(3);
    expect(snapshot.revision).toBe(1);
    expect(snapshot.machine).toEqual({ id: 'pengaduan.complaint', version: 1 });
    expect(snapshot.context.history).toHaveLength(1);
    expect(appended.map((e) => e.type)).toEqual(['complaint.submitted']);
    expect(effects.map((e) => e.kind)).toEqual(['issue_receipt']);
    expect(effects[0]?.source).toMatchObject({ instrument: 'UU 25/2009', article: 'Pasal 44 ayat (1)-(2)' });
  });

  it('computes the 14-day response deadline of Pasal 44(3) at the start: 27 March 2025 + 14 = 10 April', () => {
    const { snapshot, effects } = startComplaint(submission(wib('2025-03-27')), opts);
    const response = snapshot.context.deadlines.clocks.find((c) => c.ruleId === 'uu25.response');
    expect(response?.dueDate).toBe('2025-04-10');
    expect(response?.dueAt).toBe('2025-04-10T23:59:59.999+07:00');
    expect(effects[0]?.deadlines.map((d) => d.key)).toContain('uu25.response');
  });

  it('keeps the zone of the handling unit: a WIT office counts its days in Asia/Jayapura', () => {
    const { snapshot } = startComplaint(submission('2025-03-27T23:30:00+07:00'), {
      ...opts,
      zone: 'Asia/Jayapura',
    });
    // 23:30 WIB is 01:30 WIT on 28 March: day 0 is 28 March, so the 14th day is 11 April.
    expect(snapshot.context.zone).toBe('Asia/Jayapura');
    expect(snapshot.context.deadlines.clocks.find((c) => c.ruleId === 'uu25.response')?.dueDate).toBe(
      '2025-04-11',
    );
  });

  it('refuses a submission sent by a role that may not submit', () => {
    expect(() =>
      startComplaint({ ...submission(wib('2025-03-27')), actor: penghubung('opd-1') }, opts),
    ).toThrow(TransitionRefusedError);
  });

  it('refuses an invalid submission with the schema issues', () => {
    try {
      startComplaint({ ...submission('2025-03-27 09:00'), data: {} }, opts);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TransitionRefusedError);
      expect((error as TransitionRefusedError).details.reason).toBe('invalid_event');
      expect((error as TransitionRefusedError).details.issues).toBeInstanceOf(Array);
    }
  });

  it('refuses an unknown zone', () => {
    expect(() => startComplaint(submission(wib('2025-03-27')), { ...opts, zone: '+07:00' })).toThrow(/zone/);
  });

  it('does not freeze or keep the caller’s event object', () => {
    const event = submission(wib('2025-03-27'));
    const { snapshot } = startComplaint(event, opts);
    expect(Object.isFrozen(event)).toBe(false);
    expect(snapshot.context.history[0]).not.toBe(event);
    expect(Object.isFrozen(snapshot.context.history[0])).toBe(true);
  });
});

describe('applyEvent: transitions', () => {
  it('moves a received complaint to screening and sends the receipt to the complainant', () => {
    const result = applyEvent(
      start(),
      ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, { receiptNumber: 'TT-001' }),
      opts,
    );
    expect(result.snapshot.value).toBe('screening');
    expect(result.effects.map((e) => [e.kind, e.to])).toEqual([['send_receipt', 'complainant']]);
    expect(result.effects[0]?.text.id).toContain('TT-001');
  });

  it('never mutates the snapshot it is given', () => {
    const before = screening();
    const copy = JSON.stringify(before);
    applyEvent(before, ev('file.declared_complete', wib('2025-03-28'), admin, {}), opts);
    expect(JSON.stringify(before)).toBe(copy);
  });

  it('returns a frozen snapshot and frozen effects', () => {
    const result = applyEvent(screening(), ev('file.declared_complete', wib('2025-03-28'), admin, {}), opts);
    expect(Object.isFrozen(result.snapshot)).toBe(true);
    expect(Object.isFrozen(result.snapshot.context.history)).toBe(true);
    expect(Object.isFrozen(result.effects)).toBe(true);
    expect(Object.isFrozen(result.effects[0])).toBe(true);
  });

  it('starts the 60-day decision clock of Pasal 50(1) when the file is declared complete', () => {
    const result = applyEvent(screening(), ev('file.declared_complete', wib('2025-04-02'), admin, {}), opts);
    expect(result.snapshot.value).toBe('fileComplete');
    const decision = result.effects[0]?.deadlines.find((d) => d.key === 'uu25.decision');
    // 2 April + 60 calendar days = 1 June 2025 (a Sunday and Pancasila day; the stricter reading keeps it).
    expect(decision?.dueDate).toBe('2025-06-01');
  });

  it('sends a completeness response naming what is missing when the file is incomplete', () => {
    const result = applyEvent(
      screening(),
      ev('file.declared_incomplete', wib('2025-04-02'), admin, {
        missing: ['fotokopi KTP', 'bukti pembayaran'],
        receivedByComplainantAt: wib('2025-04-02'),
      }),
      opts,
    );
    expect(result.snapshot.value).toBe('awaitingCompletion');
    expect(result.effects[0]?.kind).toBe('send_completeness_response');
    expect(result.effects[0]?.text.id).toContain('fotokopi KTP; bukti pembayaran');
    expect(result.effects[0]?.deadlines.map((d) => d.dueDate)).toEqual(['2025-05-02']);
  });

  it('routes a disposition rejected by the only unit back to fileComplete, and keeps it with two units', () => {
    const s = toOpdA();
    const two = applyAll(s, [dispositioned(wib('2025-04-02', '11:00:00'), 'opd-b')], opts);
    const rejected = ev('disposition.rejected', wib('2025-04-03'), penghubung('opd-a'), {
      unitId: 'opd-a',
      reason: 'bukan wewenang',
    });
    const rejectedOne = applyEvent(two, rejected, opts);
    expect(rejectedOne.snapshot.value).toBe('dispositioned');
    const rejectedOnly = applyEvent(s, rejected, opts);
    expect(rejectedOnly.snapshot.value).toBe('fileComplete');
    expect(rejectedOnly.effects.map((e) => e.kind)).toEqual(['reroute_disposition']);
  });

  it('waits for every unit’s follow-up before the complaint counts as answered', () => {
    let s = applyAll(
      toOpdA(),
      [
        dispositioned(wib('2025-04-02', '11:00:00'), 'apip', 'apip'),
        followup(wib('2025-04-03'), 'opd-a', 'Sudah diperbaiki'),
      ],
      opts,
    );
    expect(s.value).toBe('dispositioned');
    s = applyAll(
      s,
      [followup(wib('2025-04-04'), 'apip', 'Tidak ditemukan pelanggaran', { role: 'apip', unitId: 'apip' })],
      opts,
    );
    expect(s.value).toBe('awaitingFeedback');
  });

  it('records an escalation at any open stage without changing the state or stopping the clocks', () => {
    const s = screening();
    const result = applyEvent(
      s,
      ev('complaint.escalated', wib('2025-03-28'), complainant, { to: 'ombudsman' }),
      opts,
    );
    expect(result.snapshot.value).toBe('screening');
    const running = (x: ComplaintSnapshot) =>
      x.context.deadlines.clocks.filter((c) => c.status === 'running').map((c) => c.key);
    expect(running(result.snapshot)).toEqual(running(s));
    expect(result.effects.map((e) => e.kind)).toEqual(['notify_escalation']);
    expect(result.effects[0]?.source.article).toContain('52 ayat (2), 53 ayat (2)');
  });

  it('closes with an explicit closure record when the complainant accepts the answer', () => {
    const s = applyAll(
      screening(),
      [
        declaredComplete(wib('2025-04-02')),
        ev('examination.started', wib('2025-04-03'), admin, {}),
        ev('decision.made', wib('2025-04-10'), supervisor, {
          outcome: 'upheld',
          summary: 'KTP-el diterbitkan',
        }),
        ev('decision.notified', wib('2025-04-11'), system, {}),
      ],
      opts,
    );
    const accepted = applyEvent(
      s,
      ev('complainant.replied', wib('2025-04-12'), complainant, { kind: 'accept' }),
      opts,
    );
    expect(accepted.snapshot.value).toBe('closed');
    expect(accepted.snapshot.status).toBe('done');
    expect(accepted.appended.map((e) => [e.type, e.actor.role])).toEqual([
      ['complainant.replied', 'complainant'],
      ['complaint.closed', 'system'],
    ]);
    expect(accepted.appended[1]?.data).toEqual({ reason: 'accepted' });
    expect(accepted.wakeUpAt).toBeNull();
  });
});

describe('applyEvent: refusals', () => {
  it('refuses an event from a role that may not send it, naming the roles that may', () => {
    const error = refusalOf(screening(), ev('file.declared_complete', wib('2025-03-28'), complainant, {}));
    expect(error.code).toBe('transition_refused');
    expect(error.details).toMatchObject({
      reason: 'role_not_permitted',
      state: 'screening',
      role: 'complainant',
    });
    expect(error.details.allowed).toEqual([
      'complainant.replied',
      'complaint.withdrawn',
      'complaint.escalated',
    ]);
    expect(error.text.id).toContain('admin instansi');
  });

  it('refuses an event the state does not take', () => {
    const error = refusalOf(
      screening(),
      ev('decision.made', wib('2025-03-28'), supervisor, { outcome: 'upheld', summary: 'x' }),
    );
    expect(error.details.reason).toBe('not_allowed_in_state');
  });

  it('refuses an event older than the last event', () => {
    const error = refusalOf(screening(), ev('file.declared_complete', wib('2025-03-26'), admin, {}));
    expect(error.details.reason).toBe('out_of_order');
  });

  it('refuses a malformed event with its schema issues in Bahasa Indonesia by default and English on request', () => {
    const bad = { type: 'complaint.held', at: wib('2025-03-28'), actor: admin, data: {} };
    const id = refusalOf(screening(), bad);
    expect(id.details.reason).toBe('invalid_event');
    const en = safeApplyEvent(screening(), bad as never, { ...opts, locale: 'en' });
    expect(en.success).toBe(false);
    if (!en.success) expect(en.error.text.en).toMatch(/HistoryEventSchema/);
    expect((id.details.issues as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses an unknown event type at run time (and at compile time, see types.test.ts)', () => {
    const error = refusalOf(screening(), {
      type: 'complaint.exploded',
      at: wib('2025-03-28'),
      actor: admin,
      data: {},
    });
    expect(error.details.reason).toBe('invalid_event');
    expect(error.details.eventType).toBe('complaint.exploded');
  });

  it('refuses a follow-up for a unit the actor does not act for', () => {
    const s = toOpdA();
    const mismatch = refusalOf(
      s,
      ev('followup.posted', wib('2025-04-03'), penghubung('opd-b'), { unitId: 'opd-a', summary: 'x' }),
    );
    expect(mismatch.details).toMatchObject({
      reason: 'unit_mismatch',
      unitId: 'opd-a',
      actorUnitId: 'opd-b',
    });
    const inactive = refusalOf(
      s,
      ev('followup.posted', wib('2025-04-03'), penghubung('opd-b'), { unitId: 'opd-b', summary: 'x' }),
    );
    expect(inactive.details).toMatchObject({ reason: 'unit_not_active', activeUnits: ['opd-a'] });
    const twice = refusalOf(
      s,
      ev('complaint.dispositioned', wib('2025-04-03'), admin, { unitId: 'opd-a', unitKind: 'opd' }),
    );
    expect(twice.details.reason).toBe('unit_already_active');
  });

  it('refuses a deemed withdrawal before the Pasal 44(4) limit has run out', () => {
    const s = applyEvent(
      screening(),
      ev('file.declared_incomplete', wib('2025-04-02'), admin, { missing: ['KTP'] }),
      opts,
    ).snapshot;
    const early = refusalOf(
      s,
      ev('complaint.withdrawn', wib('2025-04-20'), system, { reason: 'deemed_lapsed' }),
    );
    expect(early.details.reason).toBe('not_due');
    const byAdmin = refusalOf(
      s,
      ev('complaint.withdrawn', wib('2025-04-20'), admin, { reason: 'deemed_lapsed' }),
    );
    expect(byAdmin.details.reason).toBe('role_not_permitted');
  });

  it('refuses deemed_lapsed outside awaitingCompletion and settled as a close reason', () => {
    expect(
      refusalOf(
        screening(),
        ev('complaint.withdrawn', wib('2025-05-20'), system, { reason: 'deemed_lapsed' }),
      ).details.reason,
    ).toBe('reason_not_allowed');
  });

  it('refuses a breach record for a clock that is not breached, and a second record of the same breach', () => {
    const s = screening();
    expect(
      refusalOf(s, ev('sla.breach_recorded', wib('2025-04-01'), system, { clockKey: 'uu25.response' }))
        .details.reason,
    ).toBe('not_due');
    const recorded = applyEvent(
      s,
      ev('sla.breach_recorded', wib('2025-04-11'), system, { clockKey: 'uu25.response' }),
      opts,
    ).snapshot;
    expect(
      refusalOf(recorded, ev('sla.breach_recorded', wib('2025-04-12'), system, { clockKey: 'uu25.response' }))
        .details.reason,
    ).toBe('already_recorded');
  });

  it('refuses Ombudsman records until an escalation to the Ombudsman is recorded', () => {
    const lhp = ev('ombudsman.lhp_received', wib('2025-04-01'), admin, { reference: 'LHP-1' });
    expect(refusalOf(screening(), lhp).details.reason).toBe('no_ombudsman_escalation');
    const escalated = applyEvent(
      screening(),
      ev('complaint.escalated', wib('2025-03-30'), complainant, { to: 'ombudsman' }),
      opts,
    ).snapshot;
    expect(applyEvent(escalated, lhp, opts).snapshot.context.history.at(-1)?.type).toBe(
      'ombudsman.lhp_received',
    );
  });

  it('refuses every event once the complaint has ended, but a late tick is harmless', () => {
    const archived = applyEvent(
      screening(),
      ev('complaint.archived', wib('2025-03-28'), admin, { reason: 'spam' }),
      opts,
    ).snapshot;
    expect(archived.status).toBe('done');
    expect(
      refusalOf(archived, ev('complaint.escalated', wib('2025-03-29'), complainant, { to: 'ombudsman' }))
        .details,
    ).toMatchObject({
      reason: 'complaint_ended',
      allowed: [],
    });
    const tick = applyEvent(archived, { type: 'sla.tick', at: wib('2025-06-01') }, opts);
    expect(tick.snapshot).toBe(archived);
    expect(tick.effects).toEqual([]);
    expect(tick.wakeUpAt).toBeNull();
  });

  it('throws TransitionRefusedError from applyEvent and SnapshotError for a snapshot of another policy', () => {
    expect(() =>
      applyEvent(screening(), ev('complaint.reopened', wib('2025-03-28'), admin, { reason: 'x' }), opts),
    ).toThrow(TransitionRefusedError);
    expect(() =>
      applyEvent(screening(), ev('complaint.held', wib('2025-03-28'), admin, { reason: 'x' }), {
        policy: sp4nLaporPolicy,
      }),
    ).toThrow(SnapshotError);
  });
});

describe('applyEvent: idempotence', () => {
  it('takes a redelivered event (same id, same content) as a no-op', () => {
    const event = ev('file.declared_complete', wib('2025-03-28'), admin, {}, 'evt-42');
    const once = applyEvent(screening(), event, opts);
    const twice = applyEvent(once.snapshot, event, opts);
    expect(twice.duplicate).toBe(true);
    expect(twice.snapshot).toBe(once.snapshot);
    expect(twice.effects).toEqual([]);
  });

  it('refuses an event whose id is taken by an event with other content', () => {
    const once = applyEvent(
      screening(),
      ev('file.declared_complete', wib('2025-03-28'), admin, {}, 'evt-42'),
      opts,
    );
    const error = refusalOf(
      once.snapshot,
      ev('complaint.escalated', wib('2025-03-29'), admin, { to: 'atasan' }, 'evt-42'),
    );
    expect(error.details.reason).toBe('id_conflict');
  });
});

describe('applyEvent: timer events', () => {
  function incomplete(): ApplyResult {
    return applyEvent(
      screening(),
      ev('file.declared_incomplete', wib('2025-04-02'), admin, {
        missing: ['KTP'],
        receivedByComplainantAt: wib('2025-04-03'),
      }),
      opts,
    );
  }

  it('tells the host when to wake: when the completion clock starts, then a working day before it is due', () => {
    // The 30 days run from the complainant's receipt of the response (3 April, 09:00).
    const first = incomplete();
    expect(first.wakeUpAt).toBe('2025-04-03T09:00:00+07:00');
    // Due 3 May 2025 (3 April + 30); the warning starts on the working day before: Friday 2 May.
    const started = applyEvent(first.snapshot, { type: 'sla.tick', at: '2025-04-03T09:00:00+07:00' }, opts);
    expect(started.snapshot).toBe(first.snapshot);
    expect(started.wakeUpAt).toBe('2025-05-02T00:00:00.000+07:00');
  });

  it('changes nothing on an early tick', () => {
    const { snapshot } = incomplete();
    const early = applyEvent(snapshot, { type: 'sla.tick', at: wib('2025-04-20') }, opts);
    expect(early.snapshot).toBe(snapshot);
    expect(early.effects).toEqual([]);
    expect(early.appended).toEqual([]);
  });

  it('changes nothing on a stale tick older than the last event', () => {
    const { snapshot } = incomplete();
    expect(applyEvent(snapshot, { type: 'sla.tick', at: wib('2025-03-01') }, opts).snapshot).toBe(snapshot);
  });

  it('withdraws the complaint once the completion limit has run out, dated the start of the next day', () => {
    const { snapshot } = incomplete();
    const lapsed = applyEvent(snapshot, { type: 'sla.tick', at: '2025-05-04T00:00:00.000+07:00' }, opts);
    expect(lapsed.snapshot.value).toBe('withdrawn');
    expect(lapsed.appended).toEqual([
      {
        id: 'pengaduan:lapse:uu25.completion',
        type: 'complaint.withdrawn',
        at: '2025-05-04T00:00:00.000+07:00',
        actor: { role: 'system' },
        data: { reason: 'deemed_lapsed' },
      },
    ]);
    expect(lapsed.effects.map((e) => [e.kind, e.source.article])).toEqual([
      ['notify_withdrawn', 'Pasal 44 ayat (5)'],
    ]);
  });

  it('records on a late tick exactly what an on-time tick records', () => {
    const { snapshot } = incomplete();
    const onTime = applyEvent(snapshot, { type: 'sla.tick', at: '2025-05-04T00:00:00.000+07:00' }, opts);
    const late = applyEvent(snapshot, { type: 'sla.tick', at: wib('2025-07-30') }, opts);
    expect(late.snapshot.value).toBe(onTime.snapshot.value);
    expect(late.snapshot.context.history).toEqual(onTime.snapshot.context.history);
  });

  it('sends a reminder once, however often the tick repeats', () => {
    const { snapshot } = incomplete();
    const first = applyEvent(snapshot, { type: 'sla.tick', at: wib('2025-05-02') }, opts);
    expect(first.effects.map((e) => [e.kind, e.to])).toEqual([['send_reminder', 'complainant']]);
    const again = applyEvent(first.snapshot, { type: 'sla.tick', at: wib('2025-05-02', '15:00:00') }, opts);
    expect(again.effects).toEqual([]);
    expect(again.snapshot).toBe(first.snapshot);
  });

  it('records a breach once and escalates when the complaint was started with escalateBreachesTo', () => {
    const started = startComplaint(submission(wib('2025-03-27')), {
      ...opts,
      escalateBreachesTo: 'atasan',
    }).snapshot;
    const s = applyEvent(
      started,
      ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, {}),
      opts,
    ).snapshot;
    const breached = applyEvent(s, { type: 'sla.tick', at: wib('2025-04-11') }, opts);
    expect(breached.appended.map((e) => [e.type, e.at])).toEqual([
      ['sla.breach_recorded', '2025-04-11T00:00:00.000+07:00'],
      ['complaint.escalated', '2025-04-11T00:00:00.000+07:00'],
    ]);
    expect(breached.effects.map((e) => e.kind)).toEqual(['send_breach_notice', 'notify_escalation']);
    expect(breached.effects[0]?.text.id).toContain('Sanksi');
    const repeated = applyEvent(breached.snapshot, { type: 'sla.tick', at: wib('2025-04-12') }, opts);
    expect(repeated.appended).toEqual([]);
  });

  it('records what fell due before a person’s event first, dated when it fell due', () => {
    const late = applyEvent(screening(), ev('file.declared_complete', wib('2025-04-14'), admin, {}), opts);
    expect(late.appended.map((e) => e.type)).toEqual(['sla.breach_recorded', 'file.declared_complete']);
    expect(late.appended[0]?.at).toBe('2025-04-11T00:00:00.000+07:00');
    expect(late.effects.map((e) => e.kind)).toEqual(['send_breach_notice', 'send_completeness_response']);
  });

  it('refuses a complainant’s completion that arrives after the limit ran out, without changing the snapshot', () => {
    const { snapshot } = incomplete();
    const error = refusalOf(snapshot, ev('file.completed', wib('2025-05-05'), complainant, {}));
    expect(error.details.reason).toBe('lapsed_first');
    expect(error.details.endsAs).toBe('withdrawn');
  });

  it('auto-closes an answered SP4N-LAPOR! complaint after 10 hari kerja without a reply', () => {
    const policy = { policy: bothPolicies };
    const s = applyAll(
      startComplaint(submission(wib('2025-04-14')), policy).snapshot,
      [
        ev('complaint.received', wib('2025-04-14', '09:05:00'), system, {}),
        declaredComplete(wib('2025-04-14', '10:00:00')),
        dispositioned(wib('2025-04-14', '11:00:00'), 'dukcapil'),
      ],
      policy,
    );
    const posted = applyEvent(s, followup(wib('2025-04-17'), 'dukcapil', 'KTP-el sudah dicetak'), policy);
    expect(posted.snapshot.value).toBe('awaitingFeedback');
    // 17 April + 10 hari kerja, skipping Good Friday 18 April and 1 May: Monday 5 May 2025.
    expect(posted.effects[0]?.deadlines.find((d) => d.key === 'sp4n.auto_close')?.dueDate).toBe('2025-05-05');
    const closed = applyEvent(
      posted.snapshot,
      { type: 'sla.tick', at: '2025-05-06T00:00:00.000+07:00' },
      policy,
    );
    expect(closed.snapshot.value).toBe('closed');
    expect(closed.appended.map((e) => [e.type, e.data])).toEqual([
      ['complaint.closed', { reason: 'no_reply' }],
    ]);
  });
});
