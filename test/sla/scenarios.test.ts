import { describe, expect, it } from 'vitest';
import { nationalCalendar } from '../../src/holidays/nationalCalendar.js';
import { evaluateSla } from '../../src/sla/evaluateSla.js';
import { nextWakeUp } from '../../src/sla/nextWakeUp.js';
import { SCENARIOS } from '../fixtures/sla/index.js';

// The expected values in test/fixtures/sla were worked out by hand from the official calendar; the
// comments in each fixture show the counting. Nothing here is copied from the engine's output.
describe('worked deadline scenarios', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      for (const check of scenario.checks) {
        const options = {
          calendar: nationalCalendar,
          asOf: check.asOf,
          ...(scenario.zone === undefined ? {} : { zone: scenario.zone }),
        };

        it(`reports the hand-computed clocks as of ${check.asOf}`, () => {
          const report = evaluateSla(scenario.history, scenario.policy, options);
          expect(report.clocks.map((c) => c.key)).toEqual(check.keys);
          for (const [key, expected] of Object.entries(check.clocks)) {
            const clock = report.clocks.find((c) => c.key === key);
            expect(clock, key).toBeDefined();
            expect(clock, key).toMatchObject(expected);
          }
          if (check.binding !== undefined) expect(report.binding?.key ?? null).toBe(check.binding);
          expect(report.calendar).toEqual({ id: 'id-national', dataVersion: nationalCalendar.dataVersion });
          expect(report.policyId).toBe(scenario.policy.id);
        });

        if (check.nextWakeUp !== undefined) {
          it(`wakes the scheduler at ${check.nextWakeUp} when asked as of ${check.asOf}`, () => {
            expect(nextWakeUp(scenario.history, scenario.policy, options)).toBe(check.nextWakeUp);
          });
        }
      }
    });
  }
});
