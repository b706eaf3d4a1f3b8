import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import { nationalCalendar } from '../../src/holidays/index.js';
import * as api from '../../src/machine/index.js';
import {
  applyEvent,
  type ComplaintSnapshot,
  createComplaintActor,
  replayHistory,
  safeApplyEvent,
  safeApplyUntrusted,
  startComplaint,
} from '../../src/machine/index.js';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';
import { safeParseComplaint } from '../../src/schema/index.js';
import * as viewsApi from '../../src/views/index.js';
import {
  type Contract,
  checkContract,
  functionExports,
  hostile,
  RUNS,
  SPECIALS,
  TIMEOUT_MS,
} from './_contract.js';

// Every property here may take as long as its runs need (see TIMEOUT_MS).
vi.setConfig({ testTimeout: TIMEOUT_MS });

// The contract of DESIGN principle 7 for every public function of `pengaduan/machine`: any JSON value
// or value of a wrong type, and any tampered snapshot, gives the documented result or a
// PengaduanError subclass; never a TypeError, RangeError, raw XState error, stack overflow or hang.
// PENGADUAN_FUZZ_RUNS raises the number of runs (see _contract.ts).

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const options = { policy };

/** Runs `f`; a throw must be a PengaduanError. Returns the error, or undefined. */
function contract(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (error) {
    if (!(error instanceof PengaduanError)) throw error;
    return error;
  }
}

function deep(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { type: value };
  return value;
}

const nullProto = Object.assign(Object.create(null) as object, { schemaVersion: 3, value: 'screening' });
const weird: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  '',
  'x'.repeat(2_000_000),
  '2200-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '2025-03-27T09:00:00+23:59',
  '2025-03-27T09:00:00.1234567890+07:00',
  true,
  10n,
  Symbol('s'),
  () => 1,
  new Uint8Array(4),
  new Date(Number.NaN),
  new Map(),
  [],
  [null],
  {},
  nullProto,
  deep(50_000),
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}'),
];

const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: fc.constantFrom(...weird) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 2, arbitrary: hostile },
);

const at = (iso: string) => iso;
const submitted = {
  type: 'complaint.submitted',
  at: at('2025-03-27T09:00:00+07:00'),
  actor: { role: 'complainant' },
  data: {},
} as const;
const start = startComplaint(submitted, options).snapshot;
const admin = { role: 'admin_instansi' as const };
const screening = applyEvent(
  start,
  { type: 'complaint.received', at: at('2025-03-27T10:00:00+07:00'), actor: admin, data: {} },
  options,
).snapshot;
const dispositioned = [
  { type: 'file.declared_complete', at: at('2025-03-28T09:00:00+07:00'), actor: admin, data: {} },
  {
    type: 'complaint.dispositioned',
    at: at('2025-03-28T10:00:00+07:00'),
    actor: admin,
    data: { unitId: 'dinsos', unitKind: 'opd' },
  },
].reduce((s, e) => applyEvent(s, e as never, options).snapshot, screening);
const closed = applyEvent(
  applyEvent(
    dispositioned,
    {
      type: 'followup.posted',
      at: at('2025-04-01T09:00:00+07:00'),
      actor: { role: 'admin_penghubung', unitId: 'dinsos' },
      data: { unitId: 'dinsos', summary: 'Selesai' },
    },
    options,
  ).snapshot,
  { type: 'sla.tick', at: at('2025-06-01T00:00:00+07:00') },
  options,
).snapshot;
const SNAPSHOTS: readonly ComplaintSnapshot[] = [start, screening, dispositioned, closed];

/** A JSON copy of a valid snapshot with one value replaced somewhere. */
const tampered = fc
  .tuple(
    fc.constantFrom(...SNAPSHOTS),
    fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 6 }),
    anyValue,
  )
  .map(([snapshot, path, value]) => {
    const copy = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
    let node: unknown = copy;
    for (let i = 0; i < path.length; i++) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[path[i]! % keys.length]!;
      if (i === path.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object') {
        (node as Record<string, unknown>)[key] = value;
        break;
      }
      node = (node as Record<string, unknown>)[key];
    }
    return copy;
  });
const swapped = fc
  .tuple(
    fc.constantFrom(...SNAPSHOTS),
    fc.constantFrom(...SNAPSHOTS),
    fc.constantFrom('value', 'status', 'context'),
  )
  .map(([a, b, key]) => ({ ...JSON.parse(JSON.stringify(a)), [key]: JSON.parse(JSON.stringify(b))[key] }));
const snapshotLike = fc.oneof(
  fc.constantFrom(...SNAPSHOTS),
  tampered,
  swapped,
  anyValue,
  fc.constantFrom(...SNAPSHOTS).map((s) => JSON.parse(JSON.stringify(s))),
);
const eventLike = fc.oneof(
  anyValue,
  fc.record({
    type: fc.oneof(
      fc.constantFrom('sla.tick', 'complaint.received', 'file.declared_complete', 'decision.made'),
      anyValue,
    ),
    at: fc.oneof(fc.constant('2025-04-01T09:00:00+07:00'), anyValue),
    actor: fc.oneof(fc.constant(admin), anyValue),
    data: anyValue,
    id: anyValue,
  }),
);
const optionsLike = fc.oneof(
  { weight: 4, arbitrary: fc.constant(options) },
  { weight: 1, arbitrary: anyValue },
  {
    weight: 1,
    arbitrary: fc.record({
      policy: anyValue,
      calendar: anyValue,
      locale: anyValue,
      expectedRevision: anyValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      policy: fc.constant(policy),
      expectedRevision: anyValue,
      locale: anyValue,
      verify: anyValue,
    }),
  },
);
const untrustedOptions = fc.oneof(
  fc.record({
    policy: fc.constant(policy),
    actor: fc.oneof(fc.constant(admin), anyValue),
    now: fc.oneof(fc.constant('2025-04-01T09:00:00+07:00'), anyValue),
    expectedRevision: fc.oneof(fc.constant(2), anyValue),
  }),
  optionsLike,
);

const complaint = (() => {
  const parsed = safeParseComplaint({
    filing: 'formal',
    type: 'pengaduan',
    channel: 'web',
    complainant: {
      name: 'Siti Rahmawati',
      address: 'Jl. Cihampelas No. 12, Bandung',
      phone: '0812-3456-7890',
    },
    service: { name: 'Penerbitan KTP-el', description: 'KTP-el belum terbit.' },
    loss: { kind: 'immaterial', description: 'Tidak dapat membuka rekening.' },
    requestedRemedy: 'KTP-el diterbitkan.',
    submission: { place: 'Bandung', at: '2025-03-27T09:00:00+07:00', signature: { kind: 'electronic' } },
  });
  if (!parsed.success) throw new Error('fixture');
  return parsed.data;
})();

const actorCase = fc.tuple(fc.oneof(eventLike, snapshotLike), optionsLike, eventLike);

/** Every function of `pengaduan/machine` besides the views (test/contract/views.contract.test.ts). */
const CASES: Record<string, { contract: Contract; args: fc.Arbitrary<unknown[]> }> = {
  startComplaint: { contract: 'throws_typed', args: fc.tuple(eventLike, optionsLike) },
  applyEvent: { contract: 'throws_typed', args: fc.tuple(snapshotLike, eventLike, optionsLike) },
  safeApplyEvent: { contract: 'throws_typed', args: fc.tuple(snapshotLike, eventLike, optionsLike) },
  applyUntrusted: { contract: 'throws_typed', args: fc.tuple(snapshotLike, eventLike, untrustedOptions) },
  safeApplyUntrusted: { contract: 'throws_typed', args: fc.tuple(snapshotLike, eventLike, untrustedOptions) },
  restoreSnapshot: { contract: 'throws_typed', args: fc.tuple(snapshotLike, optionsLike) },
  migrateSnapshot: { contract: 'throws_typed', args: fc.tuple(snapshotLike) },
  replayHistory: {
    contract: 'throws_typed',
    args: fc.tuple(
      fc.oneof(
        anyValue,
        fc.array(eventLike, { maxLength: 4 }),
        snapshotLike.map((s) => (s as { context?: { history?: unknown } } | null)?.context?.history),
      ),
      optionsLike,
    ),
  },
  allowedEvents: { contract: 'throws_typed', args: fc.tuple(snapshotLike, anyValue) },
  describeState: {
    contract: 'throws_typed',
    args: fc.tuple(fc.oneof(snapshotLike, fc.constantFrom('screening', 'toString', '__proto__'))),
  },
  viewComplaint: {
    contract: 'throws_typed',
    args: fc.tuple(
      snapshotLike,
      fc.oneof(fc.constant(complaint), anyValue),
      fc.oneof(fc.constantFrom('public', 'handler', 'toString'), anyValue),
      fc.oneof(fc.constant({}), anyValue),
    ),
  },
  createDeadlineEngine: {
    contract: 'throws_typed',
    args: fc.tuple(
      fc.oneof(fc.constant(policy), anyValue),
      fc.oneof(fc.constant({ calendar: nationalCalendar }), fc.record({ calendar: anyValue }), anyValue),
    ),
  },
  createComplaintMachine: { contract: 'throws_typed', args: fc.tuple(anyValue) },
  createComplaintActor: {
    contract: 'throws_typed',
    args: fc.tuple(fc.oneof(eventLike, snapshotLike), optionsLike),
  },
};

describe('the contract of every public function of pengaduan/machine (DESIGN principle 7)', () => {
  it('has a case for every function export besides the views, and no case for a function that is gone', () => {
    const views = new Set(functionExports(viewsApi));
    expect(functionExports(api).filter((name) => !views.has(name))).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, { contract: kind, args }] of Object.entries(CASES)) {
    it(
      `${name}: any input, any tampered snapshot, gives its result or a PengaduanError`,
      () => {
        const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
        checkContract(name, fn, kind, args);
      },
      TIMEOUT_MS,
    );
  }

  it(
    'safe variants answer a refusal with success: false and a PengaduanError',
    () => {
      fc.assert(
        fc.property(snapshotLike, eventLike, untrustedOptions, (s, e, o) => {
          for (const result of [
            contract(() => safeApplyEvent(s as never, e as never, o as never)),
            contract(() => safeApplyUntrusted(s as never, e, o as never)),
          ]) {
            const r = result as { success?: boolean; error?: unknown } | undefined;
            if (r?.success === false) expect(r.error).toBeInstanceOf(PengaduanError);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a complaint actor answers every event it is sent with its result or a PengaduanError',
    () => {
      fc.assert(
        fc.property(actorCase, ([start, o, e]) => {
          const actor = contract(() => createComplaintActor(start as never, o as never));
          if (actor !== undefined) return;
          const live = createComplaintActor(start as never, o as never);
          contract(() => live.send(e as never));
          contract(() => live.trySend(e as never));
          contract(() => live.allowedEvents(e as never));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  // The fuzz reaches each special value only now and then (a proxy as the actor's start took 775 runs
  // to find); every one of them is tried here as every untrusted argument, on every run.
  it('refuses every special value as a start, a snapshot or an event with a PengaduanError', () => {
    for (const special of SPECIALS) {
      const value = special();
      for (const call of [
        () => createComplaintActor(value as never, options),
        () => startComplaint(value as never, options),
        () => api.restoreSnapshot(value as never, options),
        () => applyEvent(screening, value as never, options),
        () => replayHistory(value as never, options),
      ]) {
        expect(contract(call)).toBeInstanceOf(PengaduanError);
      }
      const safe = safeApplyEvent(screening, value as never, options);
      expect(safe.success ? undefined : safe.error).toBeInstanceOf(PengaduanError);
      // The same value as the options object.
      const received = {
        type: 'complaint.received',
        at: '2025-03-27T10:00:00+07:00',
        actor: admin,
        data: {},
      } as const;
      const stored = JSON.parse(JSON.stringify(start)) as unknown;
      for (const call of [
        () => createComplaintActor(submitted, value as never),
        () => startComplaint(submitted, value as never),
        () => api.restoreSnapshot(stored, value as never),
        () => applyEvent(start, received, value as never),
        () => replayHistory([submitted], value as never),
        // Bad options are thrown, also by the safe variant (documented): they are the host's bug.
        () => safeApplyEvent(start, received, value as never),
      ]) {
        expect(contract(call)).toBeInstanceOf(PengaduanError);
      }
    }
  });

  it('never overflows the stack on a deeply nested type, and quotes a 2 MB type bounded', () => {
    const error = contract(() =>
      replayHistory([{ type: deep(100_000) }] as never, options),
    ) as PengaduanError;
    expect(error).toBeInstanceOf(PengaduanError);
    const huge = safeApplyEvent(screening, { type: 'x'.repeat(2_000_000) } as never, options);
    expect(huge.success).toBe(false);
    expect(huge.success ? 0 : huge.error.message.length).toBeLessThan(1_000);
    expect(huge.success ? 0 : JSON.stringify(huge.error.details).length).toBeLessThan(10_000);
  });
});
