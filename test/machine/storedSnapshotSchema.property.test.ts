import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoredSnapshotSchema } from '../../src/machine/_lib/storedSnapshotSchema.js';
import {
  applyEvent,
  type ComplaintSnapshot,
  restoreSnapshot,
  SnapshotError,
  startComplaint,
} from '../../src/machine/index.js';
import {
  admin,
  bothPolicies,
  ev,
  penghubung,
  restoreError,
  restoreRefusal,
  type StoredJson,
  submission,
  system,
  wib,
} from './_fixtures.js';

const opts = { policy: bothPolicies };
const RUNS = Number(process.env.PENGADUAN_FUZZ_RUNS ?? 0) || 400;

function stored(snapshot: ComplaintSnapshot): Record<string, unknown> {
  return JSON.parse(JSON.stringify(snapshot));
}

const started = startComplaint(submission(wib('2025-03-27')), opts).snapshot;
const steps = [
  ev('complaint.received', wib('2025-03-27', '10:00:00'), system, {}),
  ev('file.declared_complete', wib('2025-03-28'), admin, {}),
  ev('complaint.dispositioned', wib('2025-03-28', '10:00:00'), admin, { unitId: 'dinsos', unitKind: 'opd' }),
  ev('followup.posted', wib('2025-04-01'), penghubung('dinsos'), { unitId: 'dinsos', summary: 'Selesai' }),
];
const journey: ComplaintSnapshot[] = [started];
for (const event of steps) journey.push(applyEvent(journey.at(-1)!, event, opts).snapshot);
const SNAPSHOTS: readonly Record<string, unknown>[] = journey.map(stored);

/** Values a stored field may be replaced with: JSON, and the near misses of each field. */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    '',
    0,
    1.5,
    -1,
    'done',
    'closed',
    '+07:00',
    'Asia/Jayapura',
    [],
    {},
    ['x'.repeat(1025)],
    '2025-03-20T00:00:00+07:00',
    '2099-01-01T00:00:00Z',
    'complaint.submitted',
    { escalateBreachesTo: 'ombudsman' },
    { escalateBreachesTo: 'presiden' },
  ),
);

/** A JSON copy of a stored snapshot with up to three values replaced or removed, often in its context. */
const tampered = fc
  .tuple(
    fc.constantFrom(...SNAPSHOTS),
    fc.boolean(),
    fc.array(
      fc.tuple(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }), replacement, fc.boolean()),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([snapshot, inContext, changes]) => {
    const copy = structuredClone(snapshot);
    for (const [path, value, remove] of changes) {
      let node: unknown = inContext ? copy.context : copy;
      for (let i = 0; i < path.length; i++) {
        if (typeof node !== 'object' || node === null) break;
        const record = node as Record<string, unknown>;
        const keys = Object.keys(record);
        if (keys.length === 0) break;
        const key = keys[path[i]! % keys.length]!;
        const child = record[key];
        if (i === path.length - 1 || typeof child !== 'object' || child === null) {
          if (!remove) record[key] = value;
          else if (Array.isArray(record)) record.splice(Number(key), 1);
          else delete record[key];
          break;
        }
        node = child;
      }
    }
    return copy;
  });

describe('StoredSnapshotSchema, the check of a stored snapshot', () => {
  it('names a wrong field for every snapshot it refuses, checking the fields one by one in its order', () => {
    fc.assert(
      fc.property(tampered, (snapshot) => {
        try {
          restoreSnapshot(snapshot, opts);
        } catch (error) {
          expect(error).toBeInstanceOf(SnapshotError);
          // The refusal when the whole schema and its fields one by one disagree: never for JSON.
          expect((error as SnapshotError).text.en).not.toContain('cannot be read consistently');
        }
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
  });

  it('gives the same result through zod’s compiled parser as through the schema itself', () => {
    const compiled = z.compile(StoredSnapshotSchema, { strict: true });
    fc.assert(
      fc.property(tampered, (snapshot) => {
        const fast = compiled.safeParse(snapshot);
        const slow = StoredSnapshotSchema.safeParse(snapshot);
        expect(fast.success).toBe(slow.success);
        expect(fast.data).toEqual(slow.data);
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
  });

  it('refuses a history whose first event is not the submission, naming the history', () => {
    const json = structuredClone(SNAPSHOTS[2]!) as { context: { history: unknown[] } };
    json.context.history.push(json.context.history.shift());
    const refusal = restoreError(json, opts);
    expect(refusal).toBeInstanceOf(SnapshotError);
    expect((refusal as SnapshotError).details).toEqual({ reason: 'invalid_context', field: 'history' });
    expect((refusal as SnapshotError).text.en).toContain('the history must start with complaint.submitted');
  });

  it('refuses a member that throws when read where the fields one by one reach it, as before the schema', () => {
    const throwing = () =>
      Object.defineProperty({}, 'type', {
        enumerable: true,
        get() {
          throw new Error('hostile');
        },
      });
    const reasonOf = (change: (json: StoredJson) => void) => restoreRefusal(SNAPSHOTS[2], change, opts);
    // In the history: refused as a history that cannot be read (HistorySchema's own refusal).
    expect(reasonOf((json) => ((json.context.history as unknown[])[1] = throwing()))).toBe(
      'invalid_context history',
    );
    // Elsewhere: unreadable, unless a field before it is already wrong.
    expect(
      reasonOf((json) => {
        json.context.settings = Object.defineProperty({}, 'escalateBreachesTo', {
          enumerable: true,
          get() {
            throw new Error('hostile');
          },
        });
      }),
    ).toBe('not_a_snapshot');
    expect(
      reasonOf((json) => {
        json.context.zone = '+07:00';
        Object.defineProperty(json.context, 'reminded', {
          enumerable: true,
          get() {
            throw new Error('hostile');
          },
        });
      }),
    ).toBe('invalid_context zone');
    expect(
      reasonOf((json) =>
        Object.defineProperty(json.context, 'asOf', {
          enumerable: true,
          get() {
            throw new Error('hostile');
          },
        }),
      ),
    ).toBe('not_a_snapshot');
  });

  it('keeps what reading threw as the cause when the fields one by one find nothing wrong', () => {
    // An own `asOf` means the field walk never reads `deadlines`; the whole schema does, and throws.
    const hostile = new Error('hostile deadlines');
    const json = structuredClone(SNAPSHOTS[2]) as StoredJson;
    json.context.asOf = (json.context.history as { at: string }[]).at(-1)!.at;
    Object.defineProperty(json.context, 'deadlines', {
      enumerable: true,
      get() {
        throw hostile;
      },
    });
    const refused = restoreError(json, opts);
    expect(refused).toBeInstanceOf(SnapshotError);
    expect((refused as SnapshotError).details.reason).toBe('not_a_snapshot');
    expect((refused as SnapshotError).cause).toBe(hostile);
  });
});
