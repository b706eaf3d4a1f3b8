import { describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES } from '../../src/history/types.js';
import { uu25Policy, ZONES } from '../../src/index.js';
import { LAPOR_STATUSES } from '../../src/interop/index.js';
import { LAPOR_STATUS_IDS } from '../../src/interop/LAPOR_STATUSES.js';
import { COMPLAINT_STATES, createComplaintMachine, createDeadlineEngine } from '../../src/machine/index.js';
import { COMPLAINT_STATE_IDS } from '../../src/machine/states.js';
import { COMPLAINT_MACHINE_ID } from '../../src/machine/types.js';
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
import { CODE_LISTS } from './_lib/codeLists.js';

/**
 * The ALL_CAPS lists left the public surface (CHANGELOG, "internal names and ALL_CAPS lists"): each
 * migration line names a public expression that gives the same values in the same order. These are
 * those expressions, compared with the lists the library still uses inside.
 */
describe('the public replacement of each removed list', () => {
  it.each([
    ['ACTOR_ROLES', ActorRoleSchema.options, CODE_LISTS.ACTOR_ROLES],
    ['CLASSIFICATIONS', ClassificationSchema.options, CODE_LISTS.CLASSIFICATIONS],
    ['CHANNELS', ChannelSchema.options, CODE_LISTS.CHANNELS],
    ['COMPLAINT_TYPES', ComplaintTypeSchema.options, CODE_LISTS.COMPLAINT_TYPES],
    ['COMPLAINT_SOURCES', ComplaintSourceSchema.options, CODE_LISTS.COMPLAINT_SOURCES],
    ['COMPLAINANT_KINDS', ComplainantSchema.shape.kind.unwrap().options, CODE_LISTS.COMPLAINANT_KINDS],
    ['LOSS_KINDS', FormalComplaintSchema.shape.loss.shape.kind.options, CODE_LISTS.LOSS_KINDS],
    ['SIGNATURE_KINDS', SignatureSchema.shape.kind.options, CODE_LISTS.SIGNATURE_KINDS],
    ['UNIT_ZONES', HandlingUnitSchema.shape.zone.options, Object.values(ZONES)],
    [
      'ARCHIVE_REASONS',
      HistoryEventSchemas['complaint.archived'].shape.data.shape.reason.options,
      CODE_LISTS.ARCHIVE_REASONS,
    ],
    [
      'CLOSE_REASONS',
      HistoryEventSchemas['complaint.closed'].shape.data.shape.reason.options,
      CODE_LISTS.CLOSE_REASONS,
    ],
    [
      'DECISION_OUTCOMES',
      HistoryEventSchemas['decision.made'].shape.data.shape.outcome.options,
      CODE_LISTS.DECISION_OUTCOMES,
    ],
    [
      'ESCALATION_TARGETS',
      HistoryEventSchemas['complaint.escalated'].shape.data.shape.to.options,
      CODE_LISTS.ESCALATION_TARGETS,
    ],
    [
      'REPLY_KINDS',
      HistoryEventSchemas['complainant.replied'].shape.data.shape.kind.options,
      CODE_LISTS.REPLY_KINDS,
    ],
    [
      'ALLEGED_MISCONDUCTS',
      ClassificationFactsSchema.shape.misconduct.options,
      CODE_LISTS.ALLEGED_MISCONDUCTS,
    ],
    ['COMPLAINT_SUBJECTS', ClassificationFactsSchema.shape.subject.options, CODE_LISTS.COMPLAINT_SUBJECTS],
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
