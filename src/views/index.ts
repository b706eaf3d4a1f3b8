/**
 * `pengaduan/views`: what each audience (`Audience`: the public, the complainant, the terlapor, staff,
 * handlers, supervisors) may see of a complaint. No xstate here: a host that only renders public pages
 * imports this entry alone (`pengaduan/machine` re-exports it).
 *
 * @module pengaduan/views
 */
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
