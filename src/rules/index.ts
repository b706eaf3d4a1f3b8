export type { PolicyErrorDetails } from '../errors/PolicyError.js';
export { PolicyError } from '../errors/PolicyError.js';
export type { CombinePoliciesOptions } from './combinePolicies.js';
export { combinePolicies } from './combinePolicies.js';
export { definePolicy } from './definePolicy.js';
export type { OmbudsmanPolicyOptions } from './ombudsmanPolicy.js';
export { createOmbudsmanPolicy, ombudsmanPolicy } from './ombudsmanPolicy.js';
export type { Sp4nLaporPolicyOptions } from './sp4nLaporPolicy.js';
export { createSp4nLaporPolicy, sp4nLaporPolicy } from './sp4nLaporPolicy.js';
export type { TieredLocalPolicyOptions } from './tieredLocalPolicy.js';
export { createTieredLocalPolicy, tieredLocalPolicy } from './tieredLocalPolicy.js';
export type {
  AppliesTo,
  ClockRule,
  ClockScope,
  CycleRule,
  DutyHolder,
  EventMatcher,
  FieldCondition,
  LapseEffect,
  LapseKind,
  LegalSource,
  Limit,
  LimitBasis,
  LimitUnit,
  NonWorkingDueDate,
  PauseRule,
  Policy,
  Precondition,
  Sanction,
  SourceStatus,
  StartSelector,
  WarningThreshold,
} from './types.js';
export type { Uu25PolicyOptions } from './uu25Policy.js';
export { createUu25Policy, uu25Policy } from './uu25Policy.js';
export { validatePolicy } from './validatePolicy.js';
