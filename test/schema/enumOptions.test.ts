import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { ALLEGED_MISCONDUCTS, COMPLAINT_SUBJECTS } from '../../src/i18n/keys.js';
import { uu25Policy, ZONES } from '../../src/index.js';
import { LAPOR_STATUSES } from '../../src/interop/index.js';
import { LAPOR_STATUS_IDS } from '../../src/interop/LAPOR_STATUSES.js';
import { COMPLAINT_STATES, createComplaintMachine, createDeadlineEngine } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { COMPLAINT_MACHINE_ID } from '../../src/machine/types.js';
import { ACTOR_ROLES } from '../../src/schema/ActorSchema.js';
import { CHANNELS } from '../../src/schema/ChannelSchema.js';
import { CLASSIFICATIONS } from '../../src/schema/ClassificationSchema.js';
import { COMPLAINANT_KINDS } from '../../src/schema/ComplainantSchema.js';
import { LOSS_KINDS } from '../../src/schema/ComplaintSchema.js';
import { COMPLAINT_SOURCES } from '../../src/schema/ComplaintSourceSchema.js';
import { COMPLAINT_TYPES } from '../../src/schema/ComplaintTypeSchema.js';
import {
  ARCHIVE_REASONS,
  CLOSE_REASONS,
  DECISION_OUTCOMES,
  ESCALATION_TARGETS,
  REPLY_KINDS,
} from '../../src/schema/HistoryEventSchema.js';
import {
  ActorRoleSchema,
  ChannelSchema,
  ClassificationFactsSchema,
  ClassificationSchema,
  ComplainantSchema,
  ComplaintSourceSchema,
  ComplaintTypeSchema,
  FormalComplaintSchema,
  HandlingUnitSchema,
  HistoryEventSchemas,
  SignatureSchema,
} from '../../src/schema/index.js';
import { SIGNATURE_KINDS } from '../../src/schema/SignatureSchema.js';

/**
 * The ALL_CAPS lists left the public surface (CHANGELOG, "internal names and ALL_CAPS lists"): each
 * migration line names a public expression that gives the same values in the same order. These are
 * those expressions, compared with the lists the library still uses inside.
 */
describe('the public replacement of each removed list', () => {
  it.each([
    ['ACTOR_ROLES', ActorRoleSchema.options, ACTOR_ROLES],
    ['CLASSIFICATIONS', ClassificationSchema.options, CLASSIFICATIONS],
    ['CHANNELS', ChannelSchema.options, CHANNELS],
    ['COMPLAINT_TYPES', ComplaintTypeSchema.options, COMPLAINT_TYPES],
    ['COMPLAINT_SOURCES', ComplaintSourceSchema.options, COMPLAINT_SOURCES],
    ['COMPLAINANT_KINDS', ComplainantSchema.shape.kind.unwrap().options, COMPLAINANT_KINDS],
    ['LOSS_KINDS', FormalComplaintSchema.shape.loss.shape.kind.options, LOSS_KINDS],
    ['SIGNATURE_KINDS', SignatureSchema.shape.kind.options, SIGNATURE_KINDS],
    ['UNIT_ZONES', HandlingUnitSchema.shape.zone.options, Object.values(ZONES)],
    [
      'ARCHIVE_REASONS',
      HistoryEventSchemas['complaint.archived'].shape.data.shape.reason.options,
      ARCHIVE_REASONS,
    ],
    ['CLOSE_REASONS', HistoryEventSchemas['complaint.closed'].shape.data.shape.reason.options, CLOSE_REASONS],
    [
      'DECISION_OUTCOMES',
      HistoryEventSchemas['decision.made'].shape.data.shape.outcome.options,
      DECISION_OUTCOMES,
    ],
    [
      'ESCALATION_TARGETS',
      HistoryEventSchemas['complaint.escalated'].shape.data.shape.to.options,
      ESCALATION_TARGETS,
    ],
    ['REPLY_KINDS', HistoryEventSchemas['complainant.replied'].shape.data.shape.kind.options, REPLY_KINDS],
    ['ALLEGED_MISCONDUCTS', ClassificationFactsSchema.shape.misconduct.options, ALLEGED_MISCONDUCTS],
    ['COMPLAINT_SUBJECTS', ClassificationFactsSchema.shape.subject.options, COMPLAINT_SUBJECTS],
    ['HISTORY_EVENT_TYPES', Object.keys(HistoryEventSchemas), HISTORY_EVENT_TYPES],
    ['COMPLAINT_STATE_IDS', Object.keys(COMPLAINT_STATES), COMPLAINT_STATE_IDS],
    ['LAPOR_STATUS_IDS', Object.keys(LAPOR_STATUSES), LAPOR_STATUS_IDS],
  ] as const)('%s', (_name, replacement, removed) => {
    expect([...replacement]).toEqual([...removed]);
  });

  it('COMPLAINT_MACHINE_ID: the id of the machine', () => {
    expect(createComplaintMachine(createDeadlineEngine(uu25Policy)).id).toBe(COMPLAINT_MACHINE_ID);
  });
});
