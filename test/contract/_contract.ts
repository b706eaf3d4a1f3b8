import fc from 'fast-check';
import { expect } from 'vitest';
import { PengaduanError } from '../../src/errors/PengaduanError.js';
import { nationalCalendar, sp4nLaporPolicy, uu25Policy } from '../../src/index.js';

/**
 * The contract of every public function (DESIGN principle 7): given any JSON value or any value of a
 * wrong type, it returns its documented result or throws a `PengaduanError` subclass; a function
 * documented never to throw (a `parse…` or `is…` helper, a `safeParse`) returns its failure result.
 * Never a `TypeError`, `RangeError`, stack overflow or hang.
 *
 * `PENGADUAN_FUZZ_RUNS` sets the runs per function (default 40, sized for CI); a larger run, e.g.
 * `PENGADUAN_FUZZ_RUNS=2000 npx vitest run test/contract`, digs deeper.
 */
export const RUNS = Number(process.env.PENGADUAN_FUZZ_RUNS ?? 40);

/**
 * The time one property may take: generous for the default runs on a slow CI machine, and growing
 * with `PENGADUAN_FUZZ_RUNS`, so that a deep run fails on what it finds, not on the clock.
 */
export const TIMEOUT_MS = Math.max(60_000, RUNS * 200);

/** A call that took longer than this is a hang for the contract (generous: CI machines are slow). */
const SLOW_MS = 2000;

/** What a hostile value throws from a getter or a proxy trap: the caller's own error, not ours. */
export class HostileError extends Error {}

/** Gives a value a short name in fast-check's failure reports (which would otherwise walk it). */
function named<T extends object>(value: T, name: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => name, enumerable: false });
  return value;
}

function throwingGetter(): object {
  return named(
    Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new HostileError('getter');
      },
    }),
    '<object whose getter throws>',
  );
}

function throwingProxy(): object {
  const trap = () => {
    throw new HostileError('trap');
  };
  const print = () => '<proxy whose traps throw>';
  return new Proxy(
    {},
    {
      // Symbol keys answer, so fast-check can clone and print it; every string key throws.
      get: (_target, key) =>
        key === fc.toStringMethod ? print : typeof key === 'symbol' ? undefined : trap(),
      has: (_target, key) => (typeof key === 'symbol' ? key === fc.toStringMethod : trap()),
      ownKeys: trap,
      getOwnPropertyDescriptor: trap,
      getPrototypeOf: trap,
    },
  );
}

function cyclic(): object {
  const a: Record<string, unknown> = { type: 'complaint.submitted' };
  a.self = a;
  a.data = a;
  return named(a, '<cyclic object>');
}

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { type: value, data: value };
  return value;
}

/** Values that broke, or could break, a function that trusts its input. Built once per use. */
export const SPECIALS: readonly (() => unknown)[] = [
  () => new Uint8Array(4),
  () => new Float64Array([Number.NaN]),
  () => new DataView(new ArrayBuffer(2)),
  () => new ArrayBuffer(8),
  () => new Map([['type', 'complaint.submitted']]),
  () => new Set([1]),
  () => new Date(Number.NaN),
  () => new Date('2025-03-27T10:00:00Z'),
  () => Symbol('x'),
  () => () => 1,
  () => 10n ** 400n,
  () => Object.create(null),
  () => Object.assign(Object.create(null), { type: 'complaint.submitted', at: '2025-03-27T10:00:00Z' }),
  throwingGetter,
  throwingProxy,
  cyclic,
  () => named(deepArray(20_000) as object, '<array nested 20 000 deep>'),
  () => named(deepObject(20_000) as object, '<object nested 20 000 deep>'),
  () => 'x'.repeat(1_000_000),
  () => ' '.repeat(100_000),
  () =>
    named(
      Array.from({ length: 100_000 }, () => 0),
      '<array of 100 000 zeros>',
    ),
  () => named(new Array(1e6), '<sparse array of 1 000 000>'),
  () => new String('2025-03-27'),
  () => new Number(5),
  () => ({ __proto__: { type: 'complaint.submitted' } }),
  () => ({ constructor: 1, toString: 2, valueOf: 3, hasOwnProperty: 4 }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "type": "x"}'),
];

/** Instants and dates at the edges of the accepted ranges, and just outside. */
export const EDGE_STRINGS = [
  '1970-01-01T00:00:00Z',
  '1970-01-01T00:00:00+14:00',
  '2099-12-31T23:59:59.999999999-14:00',
  '1969-12-31T23:59:59Z',
  '2100-01-01T00:00:00Z',
  '2200-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '2025-03-27T10:00:00+23:59',
  '2025-03-27T10:00:00.1234567891Z',
  '2025-03-27T10:00:00+07:00',
  '1900-01-01',
  '2199-12-31',
  '1899-12-31',
  '2200-01-01',
  '0000-01-01',
  '9999-12-31',
  '2025-02-29',
  '2024-02-29',
  '2025-03-27',
  'Asia/Jakarta',
  'Asia/Jayapura',
  'Not/AZone',
  '+07:00',
  'id',
  'en',
  'fr',
  '__proto__',
  'constructor',
  'complaint.submitted',
  'sla.tick',
];

const jsonish = fc.jsonValue({ maxDepth: 4 });

/** Any JSON value, any value of a wrong type, and the specials above. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, '', 0, false, [], {}) },
  { weight: 3, arbitrary: jsonish },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIALS).map((make) => make()) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(
        0,
        -1,
        1e9,
        -1e9,
        2 ** 31,
        Number.MAX_SAFE_INTEGER,
        Number.NaN,
        Number.POSITIVE_INFINITY,
      ),
    ),
  },
);

const history = [
  { type: 'complaint.submitted', at: '2025-03-21T10:00:00+07:00', actor: { role: 'complainant' }, data: {} },
  {
    type: 'complaint.received',
    at: '2025-03-21T11:00:00+07:00',
    actor: { role: 'admin_instansi' },
    data: {},
  },
];

/** Values that are right, or nearly: so that a call gets past the first check. */
export const plausible: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.constantFrom(nationalCalendar, uu25Policy, sp4nLaporPolicy, history),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.record(
    {
      calendar: fc.oneof(fc.constant(nationalCalendar), hostile),
      asOf: fc.oneof(fc.constantFrom(...EDGE_STRINGS), hostile),
      zone: fc.oneof(fc.constantFrom('Asia/Jakarta', 'Asia/Jayapura'), hostile),
      locale: fc.oneof(fc.constantFrom('id', 'en'), hostile),
      coverage: fc.oneof(fc.constantFrom('provisional', 'strict'), hostile),
      warning: hostile,
      scope: hostile,
    },
    { requiredKeys: [] },
  ),
  fc.array(
    fc.record({
      type: fc.oneof(
        fc.constantFrom('complaint.submitted', 'complaint.received', 'file.declared_complete'),
        hostile,
      ),
      at: fc.oneof(fc.constantFrom(...EDGE_STRINGS), hostile),
      actor: fc.oneof(fc.constant({ role: 'admin_instansi' }), hostile),
      data: fc.oneof(fc.constant({}), hostile),
    }),
    { maxLength: 4 },
  ),
);

/** Arguments for a call: a few values, each hostile or plausible. */
export function argumentsFor(extra: readonly fc.Arbitrary<unknown>[] = []): fc.Arbitrary<unknown[]> {
  const value = fc.oneof(hostile, plausible, ...extra);
  return fc.array(value, { minLength: 0, maxLength: 4 });
}

/** How a function may answer hostile input. */
export type Contract = 'throws_typed' | 'never_throws';

/** What a call did, for the failure message. */
function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): { error?: unknown; ms: number } {
  const start = performance.now();
  try {
    const result = fn(...args);
    // Touch the result as a host would (serialise it), so a lazily broken value shows here.
    if (typeof result === 'string') void result.length;
    return { ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

function describeArgs(args: unknown[]): string {
  return args
    .map((a) => {
      try {
        const text =
          typeof a === 'string' ? JSON.stringify(a) : typeof a === 'bigint' ? `${a}n` : JSON.stringify(a);
        return text === undefined ? String(typeof a) : text.length > 120 ? `${text.slice(0, 117)}...` : text;
      } catch {
        return `<${Object.prototype.toString.call(a)}>`;
      }
    })
    .join(', ');
}

/** Asserts the contract of one function over `RUNS` random argument lists. */
export function checkContract(
  name: string,
  fn: (...args: unknown[]) => unknown,
  contract: Contract,
  args: fc.Arbitrary<unknown[]>,
): void {
  fc.assert(
    fc.property(args, (list) => {
      const { error, ms } = outcome(fn, list);
      expect(ms, `${name}(${describeArgs(list)}) took ${Math.round(ms)} ms`).toBeLessThan(SLOW_MS);
      if (error === undefined) return;
      const allowed =
        contract === 'throws_typed' && (error instanceof PengaduanError || error instanceof HostileError);
      if (!allowed) {
        const shown =
          error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error);
        expect.fail(`${name}(${describeArgs(list)}) threw ${shown}`);
      }
    }),
    // Every special value, alone and twice, on every run: the random runs reach each only now and then.
    {
      numRuns: RUNS,
      examples: SPECIALS.flatMap((make) => [[[make()]], [[make(), make()]]]) as [unknown[]][],
    },
  );
}

/** The names of the function exports of a module (classes excluded: their constructors are tested apart). */
export function functionExports(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([key, value]) => typeof value === 'function' && !/^[A-Z]/.test(key))
    .map(([key]) => key)
    .sort();
}
