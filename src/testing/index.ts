/**
 * `pengaduan/testing`: vitest matchers (`pengaduanMatchers`, or `import 'pengaduan/testing/vitest'`),
 * the conformance vectors as data with a runner that drives a host's own system, and test plans
 * generated from the lifecycle machine. Imports vitest only as types: vitest is an optional peer.
 */
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
} from './types.js';
