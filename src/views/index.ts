// Public surface of the views layer: what each audience may see of a complaint (no xstate here).
export { AUDIENCE_RULES } from './AUDIENCE_RULES.js';
export { projectComplaint } from './projectComplaint.js';
export type {
  Audience,
  AudienceRules,
  ComplaintView,
  ConfidentialityFlags,
  DeadlineView,
  IdentityView,
  ProjectionInput,
  ProjectionOptions,
  ReportView,
  StatusView,
  TimelineEntry,
} from './types.js';
