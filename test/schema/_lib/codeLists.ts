import { ALLEGED_MISCONDUCTS, COMPLAINT_SUBJECTS } from '../../../src/i18n/keys.js';
import { ACTOR_ROLES } from '../../../src/schema/ActorSchema.js';
import { CHANNELS } from '../../../src/schema/ChannelSchema.js';
import { CLASSIFICATIONS } from '../../../src/schema/ClassificationSchema.js';
import { COMPLAINANT_KINDS } from '../../../src/schema/ComplainantSchema.js';
import { FILING_KINDS, LOSS_KINDS } from '../../../src/schema/ComplaintSchema.js';
import { COMPLAINT_SOURCES } from '../../../src/schema/ComplaintSourceSchema.js';
import { COMPLAINT_TYPES } from '../../../src/schema/ComplaintTypeSchema.js';
import {
  ARCHIVE_REASONS,
  CLOSE_REASONS,
  DECISION_OUTCOMES,
  ESCALATION_TARGETS,
  REPLY_KINDS,
} from '../../../src/schema/HistoryEventSchema.js';
import { UNIT_EVENT_TYPES } from '../../../src/schema/PolicySchema.js';
import { SIGNATURE_KINDS } from '../../../src/schema/SignatureSchema.js';

/**
 * The lists of codes the schemas' enums are built from, as the library keeps them inside (they left
 * the public surface: a user reads `Schema.options`). By their former public name.
 */
export const CODE_LISTS = {
  ALLEGED_MISCONDUCTS,
  COMPLAINT_SUBJECTS,
  ACTOR_ROLES,
  CHANNELS,
  CLASSIFICATIONS,
  COMPLAINANT_KINDS,
  COMPLAINT_SOURCES,
  FILING_KINDS,
  LOSS_KINDS,
  COMPLAINT_TYPES,
  ARCHIVE_REASONS,
  CLOSE_REASONS,
  DECISION_OUTCOMES,
  ESCALATION_TARGETS,
  REPLY_KINDS,
  UNIT_EVENT_TYPES,
  SIGNATURE_KINDS,
} as const;
