/**
 * `pengaduan/compliance`: audit any complaint history against a policy as of an instant, stream
 * audits over many histories, and aggregate them into performance indicators with a mergeable,
 * plain-JSON aggregate. Sits above the machine: workflow findings come from replaying the history.
 *
 * @module pengaduan/compliance
 */
export { auditHistory } from './auditHistory.js';
export { auditMany } from './auditMany.js';
export type { Aggregator } from './createAggregator.js';
export { createAggregator } from './createAggregator.js';
export type { FindingKindInfo } from './FINDING_KINDS.js';
export { FINDING_KINDS } from './FINDING_KINDS.js';
export { INDICATORS } from './INDICATORS.js';
export { indicatorsOf } from './indicatorsOf.js';
export { mergeAggregates } from './mergeAggregates.js';
export type {
  Aggregate,
  AuditClock,
  AuditError,
  AuditInput,
  AuditManyOptions,
  AuditOptions,
  AuditResult,
  ClockTally,
  ComplaintFacts,
  CreateAggregateOptions,
  DayHistogram,
  Finding,
  FindingInstants,
  FindingKind,
  FindingSeverity,
  GroupBy,
  GroupTotals,
  IndicatorDefinition,
  IndicatorGroup,
  IndicatorSource,
  Indicators,
  IndicatorUnit,
  IndicatorValue,
  Lateness,
  ResponsibleParty,
} from './types.js';
