import { describe, expect, it } from 'vitest';
import {
  type ApplyResult,
  createComplaintActor,
  type Effect,
  startComplaint,
  TransitionRefusedError,
} from '../../src/machine/index.js';
import { uu25Policy } from '../../src/rules/index.js';
import { admin, complainant, ev, submission, wib } from './_fixtures.js';

const opts = { policy: uu25Policy };

describe('createComplaintActor', () => {
  it('runs a complaint in memory, hands out effects and notifies subscribers', () => {
    const effects: Effect[] = [];
    const seen: ApplyResult[] = [];
    const actor = createComplaintActor(submission(wib('2025-03-27')), {
      ...opts,
      onEffect: (e) => effects.push(e),
    });
    const subscription = actor.subscribe((r) => seen.push(r));
    actor.send(ev('complaint.received', wib('2025-03-27', '10:00:00'), admin, {}));
    expect(actor.getSnapshot().value).toBe('screening');
    expect(effects.map((e) => e.kind)).toEqual(['issue_receipt', 'send_receipt']);
    subscription.unsubscribe();
    actor.send(ev('file.declared_complete', wib('2025-03-28'), admin, {}));
    expect(seen).toHaveLength(1);
    expect(actor.getSnapshot().value).toBe('fileComplete');
  });

  it('throws on a refused event from send and keeps its state; trySend returns the refusal', () => {
    const actor = createComplaintActor(submission(wib('2025-03-27')), opts);
    const before = actor.getSnapshot();
    expect(() => actor.send(ev('file.declared_complete', wib('2025-03-28'), complainant, {}))).toThrow(
      TransitionRefusedError,
    );
    const result = actor.trySend(ev('file.declared_complete', wib('2025-03-28'), complainant, {}));
    expect(result.success).toBe(false);
    expect(actor.getSnapshot()).toBe(before);
  });

  it('starts from a stored snapshot and lists the allowed events per role', () => {
    const { snapshot } = startComplaint(submission(wib('2025-03-27')), opts);
    const actor = createComplaintActor(JSON.parse(JSON.stringify(snapshot)), opts);
    expect(actor.getSnapshot()).toEqual(snapshot);
    expect(actor.allowedEvents('admin_instansi')).toEqual([
      'complaint.received',
      'admin.replied',
      'complaint.withdrawn',
      'complaint.escalated',
    ]);
    expect(actor.allowedEvents('system')).toEqual([
      'complaint.received',
      'complaint.escalated',
      'sla.breach_recorded',
      'sla.tick',
    ]);
    expect(actor.machine.id).toBe('pengaduan.complaint');
  });
});
