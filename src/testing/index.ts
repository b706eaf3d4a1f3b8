/**
 * `pengaduan/testing`: vitest matchers (`pengaduanMatchers`, or `import 'pengaduan/testing/vitest'`),
 * the conformance vectors as data with a runner that drives a host's own system, and test plans
 * generated from the lifecycle machine. Imports vitest only in `pengaduan/testing/vitest`: vitest is
 * an optional peer.
 *
 * @module pengaduan/testing
 */
export { CONFORMANCE_VECTORS } from './CONFORMANCE_VECTORS.js';
export { createTestPlans } from './createTestPlans.js';
export type { MatcherContext, MatcherResult, PengaduanMatchers } from './matchers.js';
export { pengaduanMatchers } from './matchers.js';
export type { RunConformanceOptions } from './runConformance.js';
export { createReferenceAdapter, runConformance } from './runConformance.js';
export type {
  ClockExpectation,
  ComplyOptions,
  ConformanceAdapter,
  ConformanceFailure,
  ConformanceReport,
  ConformanceVector,
  CreateTestPlansOptions,
  HostDeadline,
  TestPlan,
  TestPlanStep,
  VectorClock,
  VectorFinding,
  VectorPolicyName,
} from './types.js';
export { policyOfVector } from './vectorPolicy.js';
