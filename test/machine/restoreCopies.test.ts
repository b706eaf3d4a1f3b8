import { describe, expect, it } from 'vitest';
import { parseStoredSnapshot } from '../../src/machine/_lib/storedSnapshotSchema.js';
import { applyEvent, restoreSnapshot, startComplaint } from '../../src/machine/index.js';
import { uu25Policy } from '../../src/rules/uu25Policy.js';

/** Every object and array reachable from `value`. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const member of Object.values(value)) objectsOf(member, into);
  }
  return into;
}

const admin = { role: 'admin_instansi', id: 'petugas-1' } as const;
let snapshot = startComplaint(
  {
    type: 'complaint.submitted',
    at: '2025-03-27T09:00:00+07:00',
    actor: { role: 'complainant', id: 'warga-1' },
    data: { complaintType: 'pengaduan', serviceReceivedOn: '2025-03-20' },
  },
  { policy: uu25Policy },
).snapshot;
snapshot = applyEvent(
  snapshot,
  {
    type: 'complaint.received',
    at: '2025-03-27T10:00:00+07:00',
    actor: admin,
    data: { receiptNumber: 'TT-1' },
  },
  { policy: uu25Policy },
).snapshot;
snapshot = applyEvent(
  snapshot,
  { type: 'file.declared_complete', at: '2025-03-28T09:00:00+07:00', actor: admin, data: {} },
  { policy: uu25Policy },
).snapshot;
snapshot = applyEvent(
  snapshot,
  {
    type: 'complaint.dispositioned',
    at: '2025-03-28T10:00:00+07:00',
    actor: admin,
    data: { unitId: 'dinas-pupr', unitKind: 'opd' },
  },
  { policy: uu25Policy },
).snapshot;

describe('restoring a stored snapshot copies it once', () => {
  it('the stored snapshot schema shares no object or array of the history with its input (restoreSnapshot freezes its output as is)', () => {
    const stored = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
    const parsed = parseStoredSnapshot(stored);
    expect(parsed.success).toBe(true);
    const input = objectsOf(stored);
    const { history, reminded } = parsed.data!.context;
    expect(history).toHaveLength(4);
    const shared = [...objectsOf([history, reminded])].filter((o) => input.has(o));
    expect(shared).toEqual([]);
  });

  it('never freezes or changes the stored JSON it was given', () => {
    const stored = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
    const before = JSON.stringify(stored);
    const restored = restoreSnapshot(stored, { policy: uu25Policy });
    expect(restored.value).toBe(snapshot.value);
    expect(Object.isFrozen(restored.context.history[3]!.data)).toBe(true);
    expect([...objectsOf(stored)].filter((o) => Object.isFrozen(o))).toEqual([]);
    expect(JSON.stringify(stored)).toBe(before);
  });
});
