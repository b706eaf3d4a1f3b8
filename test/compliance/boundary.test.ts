import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditHistory, createAggregator } from '../../src/compliance/index.js';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { combinePolicies, sp4nLaporPolicy, uu25Policy } from '../../src/rules/index.js';
import { ACTOR_ROLES } from '../../src/schema/ActorSchema.js';

const policy = combinePolicies([uu25Policy, sp4nLaporPolicy]);
const asOf = '2025-12-31T00:00:00+07:00';

// Events that look like history events, with any type, role, instant and data.
const instant = fc
  .date({ min: new Date('2019-01-01'), max: new Date('2026-06-30'), noInvalidDate: true })
  .map((d) => d.toISOString());
const looseEvent = fc.record({
  type: fc.oneof(fc.constantFrom(...HISTORY_EVENT_TYPES), fc.string()),
  at: fc.oneof(instant, fc.string(), fc.constant(null)),
  actor: fc.oneof(fc.record({ role: fc.oneof(fc.constantFrom(...ACTOR_ROLES), fc.string()) }), fc.anything()),
  data: fc.oneof(
    fc.record(
      {
        unitId: fc.constantFrom('a', 'b'),
        unitKind: fc.constantFrom('opd', 'apip'),
        reason: fc.constantFrom('deemed_lapsed', 'by_complainant', 'administrative', 'accepted', 'duplicate'),
        kind: fc.constantFrom('accept', 'dispute', 'comment'),
        missing: fc.constant(['KTP']),
        summary: fc.constant('x'),
        outcome: fc.constant('upheld'),
        to: fc.constant('ombudsman'),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  ),
});

describe('auditHistory at the boundary', () => {
  it('gives a result, never a throw, for any JSON value or any list of event-like values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(looseEvent, { maxLength: 15 }),
          fc.record({ id: fc.string(), history: fc.array(looseEvent, { maxLength: 15 }) }),
        ),
        (input) => {
          const result = auditHistory(input, policy, { asOf });
          expect(Array.isArray(result.findings)).toBe(true);
          expect(result.error).toBeUndefined();
          // and the result can always be aggregated
          createAggregator({ groupBy: 'unit' }).add(result);
        },
      ),
      { numRuns: 300 },
    );
  });
});
