import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors/PolicyError.js';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import {
  combinePolicies,
  createUu25Policy,
  ombudsmanPolicy,
  sp4nLaporPolicy,
  tieredLocalPolicy,
  uu25Policy,
  validatePolicy,
} from '../../src/rules/index.js';
import { POLICY_VOCABULARY } from '../../src/rules/POLICY_VOCABULARY.js';
import { HistoryEventSchemas, PolicySchema } from '../../src/schema/index.js';
import { ClockRuleSchema } from '../../src/schema/PolicySchema.js';
import { SCHEMA_LIMITS } from '../../src/schema/SCHEMA_LIMITS.js';
import { readFixtures } from '../schema/_lib/fixtures.js';

/**
 * `validatePolicy` and `PolicySchema` accept exactly the same policies: for random mutations of the
 * shipped presets (renamed and extra keys, deleted fields, wrong types, words of the vocabulary in
 * the wrong place, oversize texts and lists, duplicated items), the schema succeeds if and only if
 * `validatePolicy` returns, and `validatePolicy` never throws anything but a `PolicyError`.
 */

type Json = null | boolean | number | string | undefined | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const BASES: readonly Json[] = [
  uu25Policy,
  createUu25Policy({ hari: 'working_days' }),
  sp4nLaporPolicy,
  ombudsmanPolicy,
  tieredLocalPolicy,
  combinePolicies([uu25Policy, sp4nLaporPolicy, ombudsmanPolicy]),
  ...readFixtures('policy.json').valid.map((fixture) => fixture.value),
].map((policy) => clone(policy) as Json);

const DATA_FIELDS = [
  ...new Set(Object.values(POLICY_VOCABULARY.eventData).flatMap((fields) => Object.keys(fields))),
];
const KEYS = [...new Set(Object.values(POLICY_VOCABULARY.keys).flat())];
/** Words that are valid somewhere in a policy, to put in the wrong place (or the right one). */
const WORDS: readonly string[] = [
  ...HISTORY_EVENT_TYPES,
  ...DATA_FIELDS,
  ...KEYS,
  ...POLICY_VOCABULARY.limitUnits,
  ...POLICY_VOCABULARY.sourceStatuses,
  ...POLICY_VOCABULARY.lapseKinds,
  ...POLICY_VOCABULARY.dutyHolders,
  ...POLICY_VOCABULARY.nonWorkingDueDates,
  'instant',
  'date',
  'event_at',
  'not_applicable',
  'per_unit',
  'complaint',
  'cycle_event',
  'start_event',
  'ombudsman',
  'workingDaysBefore',
  'calendarDaysBefore',
  'fraction',
  '__proto__',
  'constructor',
  'toString',
];

const ODD_VALUES: readonly Json[] = [
  null,
  undefined,
  true,
  0,
  -1,
  1.5,
  0.5,
  100_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x',
  'a'.repeat(129),
  'a'.repeat(301),
  'a'.repeat(2_001),
  [],
  {},
  ['complaint.submitted'],
];

/** Every path of a JSON tree, the root included. */
function pathsOf(value: Json, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      pathsOf(item, [...path, index], into);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) pathsOf(value[key], [...path, key], into);
  }
  return into;
}

function at(root: Json, path: Path): Json {
  let node: Json = root;
  for (const part of path) node = (node as Record<string | number, Json>)[part];
  return node;
}

/** Sets an own property, even `__proto__` (as `JSON.parse` makes it). */
function define(target: object, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { kind: 'replace'; value: Json }
  | { kind: 'word'; word: string }
  | { kind: 'renameKey'; word: string | null }
  | { kind: 'addKey'; word: string; value: Json }
  | { kind: 'deleteKey' }
  | { kind: 'duplicateItem' }
  | { kind: 'emptyList' }
  | { kind: 'growList'; times: number }
  | { kind: 'whereKey'; field: string }
  | { kind: 'startsAt'; field: string; type: string; otherwise: string };

const value = fc.oneof(
  fc.constantFrom(...ODD_VALUES),
  fc.constantFrom(...WORDS),
  fc.integer({ min: -3, max: 200_000 }),
  fc.string({ maxLength: 8 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value }),
  fc.record({ kind: fc.constant('word' as const), word: fc.constantFrom(...WORDS) }),
  fc.record({
    kind: fc.constant('renameKey' as const),
    word: fc.option(fc.constantFrom(...WORDS), { nil: null }),
  }),
  fc.record({ kind: fc.constant('addKey' as const), word: fc.constantFrom(...WORDS), value }),
  fc.record({ kind: fc.constant('deleteKey' as const) }),
  fc.record({ kind: fc.constant('duplicateItem' as const) }),
  fc.record({ kind: fc.constant('emptyList' as const) }),
  fc.record({ kind: fc.constant('growList' as const), times: fc.constantFrom(2, 51, 201) }),
  // Mutations aimed at what only the shared check knows: which fields each event carries.
  fc.record({ kind: fc.constant('whereKey' as const), field: fc.constantFrom(...DATA_FIELDS) }),
  fc.record({
    kind: fc.constant('startsAt' as const),
    field: fc.constantFrom(...DATA_FIELDS),
    type: fc.constantFrom('instant', 'date'),
    otherwise: fc.constantFrom('event_at', 'not_applicable'),
  }),
);

/** Applies a mutation at the `choice`-th path of the tree (modulo their number); returns the new root. */
function mutate(root: Json, choice: number, m: Mutation): Json {
  if (m.kind === 'whereKey' || m.kind === 'startsAt') return mutateSelector(root, choice, m);
  const paths = pathsOf(root);
  const path = paths[choice % paths.length] as Path;
  const node = at(root, path);
  const parent =
    path.length === 0 ? undefined : (at(root, path.slice(0, -1)) as Record<string | number, Json>);
  const last = path[path.length - 1] as string | number;
  const set = (v: Json): Json => {
    if (parent === undefined) return v;
    define(parent, last, v);
    return root;
  };
  const isObject = node !== null && typeof node === 'object' && !Array.isArray(node);
  switch (m.kind) {
    case 'replace':
      return set(m.value);
    case 'word':
      return typeof node === 'string' || node === undefined ? set(m.word) : set(node);
    case 'renameKey': {
      if (!isObject) return root;
      const keys = Object.keys(node);
      const key = keys[choice % Math.max(keys.length, 1)];
      if (key === undefined) return root;
      const renamed = m.word ?? `${key}s`;
      const moved = node[key] as Json;
      delete node[key];
      define(node, renamed, moved);
      return root;
    }
    case 'addKey':
      if (isObject) define(node, m.word, m.value);
      return root;
    case 'deleteKey': {
      if (!isObject) return root;
      const keys = Object.keys(node);
      const key = keys[choice % Math.max(keys.length, 1)];
      if (key !== undefined) delete node[key];
      return root;
    }
    case 'duplicateItem':
      if (Array.isArray(node) && node.length > 0) node.push(clone(node[choice % node.length] as Json));
      return root;
    case 'emptyList':
      return Array.isArray(node) ? set([]) : root;
    case 'growList':
      if (Array.isArray(node) && node.length > 0) {
        const item = node[0] as Json;
        for (let i = 1; i < m.times; i++) node.push(clone(item));
      }
      return root;
  }
}

/**
 * Renames a key of a `where` (or adds a `where` to a matcher), or puts a start selector on a rule:
 * a field of the vocabulary that the event may or may not carry.
 */
function mutateSelector(
  root: Json,
  choice: number,
  m: Extract<Mutation, { kind: 'whereKey' | 'startsAt' }>,
): Json {
  // An earlier mutation may have replaced the whole policy, even with null: leave it as it is.
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return root;
  const rules = (root as { rules?: Json }).rules;
  if (!Array.isArray(rules) || rules.length === 0) return root;
  const picked = rules[choice % rules.length];
  // An earlier mutation may have made the rule something else: leave it as it is.
  if (picked === null || typeof picked !== 'object' || Array.isArray(picked)) return root;
  const rule = picked;
  if (m.kind === 'startsAt') {
    rule.startsAt = { field: m.field, type: m.type, otherwise: m.otherwise };
    return root;
  }
  const lists = ['startOn', 'stopOn', 'cancelOn', 'restartOn'].filter((key) => Array.isArray(rule[key]));
  const list = rule[lists[choice % Math.max(lists.length, 1)] ?? 'stopOn'];
  if (!Array.isArray(list) || list.length === 0) return root;
  const index = choice % list.length;
  const matcher = list[index] as Json;
  if (typeof matcher === 'string') {
    list[index] = { type: matcher, where: { [m.field]: 'x' } };
  } else if (matcher !== null && typeof matcher === 'object' && !Array.isArray(matcher)) {
    const given = matcher.where;
    const where = (
      given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {}
    ) as Record<string, Json>;
    const keys = Object.keys(where);
    const old = keys[0];
    const moved = old === undefined ? 'x' : where[old];
    if (old !== undefined) delete where[old];
    where[m.field] = moved;
    matcher.where = where;
  }
  return root;
}

/** Whether `validatePolicy` accepts the input; anything but a `PolicyError` is a failure of the test. */
function validates(input: unknown): boolean {
  try {
    validatePolicy(input);
    return true;
  } catch (error) {
    if (error instanceof PolicyError) return false;
    throw error;
  }
}

const mutated = fc
  .tuple(
    fc.constantFrom(...BASES.keys()),
    fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
  )
  .map(([base, steps]) => {
    let root = clone(BASES[base] as Json);
    for (const [choice, m] of steps) root = mutate(root, choice, m);
    return root;
  });

describe('validatePolicy and PolicySchema', () => {
  it('accept the same random policies, mutated from the presets, both ways', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const byValidate = validates(input);
        const bySchema = PolicySchema.safeParse(input).success;
        expect({ bySchema, byValidate }).toEqual({ bySchema: byValidate, byValidate: bySchema });
      }),
      { numRuns: 600 },
    );
  });

  it('agree on a rule alone: ClockRuleSchema accepts a rule exactly when validatePolicy accepts a policy of it', () => {
    fc.assert(
      fc.property(mutated, fc.nat(), (input, choice) => {
        const rules = (input as { rules?: unknown } | null)?.rules;
        if (!Array.isArray(rules) || rules.length === 0) return;
        const rule = rules[choice % rules.length] as unknown;
        const byValidate = validates({ id: 'p', title: { id: 'P', en: 'P' }, rules: [rule] });
        expect(ClockRuleSchema.safeParse(rule).success).toBe(byValidate);
      }),
      { numRuns: 300 },
    );
  });

  it('see both outcomes among the random policies (the test exercises both ways)', () => {
    const samples = fc.sample(mutated, { numRuns: 300, seed: 1 });
    const accepted = samples.filter((input) => validates(input)).length;
    expect(accepted).toBeGreaterThan(20);
    expect(samples.length - accepted).toBeGreaterThan(20);
  });

  it('accept every preset as it is', () => {
    for (const base of BASES) {
      expect(validates(base)).toBe(true);
      expect(PolicySchema.safeParse(base).success).toBe(true);
    }
  });
});

describe('POLICY_VOCABULARY', () => {
  it('lists exactly the data fields of every history event schema', () => {
    for (const type of HISTORY_EVENT_TYPES) {
      expect(Object.keys(POLICY_VOCABULARY.eventData[type]).sort(), type).toEqual(
        Object.keys(HistoryEventSchemas[type].shape.data.shape).sort(),
      );
    }
  });

  it('has the size limits of the schemas', () => {
    expect(POLICY_VOCABULARY.limits).toMatchObject({
      identifier: SCHEMA_LIMITS.identifier,
      shortText: SCHEMA_LIMITS.shortText,
      text: SCHEMA_LIMITS.note,
    });
  });
});
