/**
 * `pengaduan/schema`: zod v4 schemas for every record and event of a complaint, with messages in
 * Bahasa Indonesia (default) and English, and the same schemas as JSON Schema for other languages.
 * Nothing is configured at import: the locale is an argument of each parse.
 *
 * @module pengaduan/schema
 */
export type { Actor, History, HistoryEvent } from '../history/types.js';
export type {
  AllegedMisconduct,
  ComplaintSubject,
  FieldKey,
  FormatKey,
  Messages,
  NikProblemKey,
  Pasal42ItemKey,
} from '../i18n/index.js';
export { messagesFor } from '../i18n/index.js';
export type { Policy } from '../rules/types.js';
export { ActorRoleSchema, ActorSchema } from './ActorSchema.js';
export type { Attachment } from './AttachmentSchema.js';
export { AttachmentSchema } from './AttachmentSchema.js';
export type { Channel } from './ChannelSchema.js';
export { ChannelSchema } from './ChannelSchema.js';
export { CivilDateSchema } from './CivilDateSchema.js';
export type { Classification } from './ClassificationSchema.js';
export { ClassificationSchema } from './ClassificationSchema.js';
export type { Complainant, Representative } from './ComplainantSchema.js';
export { ComplainantSchema, RepresentativeSchema } from './ComplainantSchema.js';
export type { Complaint, ComplaintInput, FormalComplaint, NoIdentityReport } from './ComplaintSchema.js';
export { ComplaintSchema, FormalComplaintSchema, NoIdentityReportSchema } from './ComplaintSchema.js';
export type { ComplaintSource } from './ComplaintSourceSchema.js';
export { ComplaintSourceSchema } from './ComplaintSourceSchema.js';
export type { ComplaintType } from './ComplaintTypeSchema.js';
export { ComplaintTypeSchema } from './ComplaintTypeSchema.js';
export type { Decision } from './DecisionSchema.js';
export { DecisionSchema } from './DecisionSchema.js';
export type { NikProblem } from './diagnoseNik.js';
export { diagnoseNik } from './diagnoseNik.js';
export { EmailSchema } from './EmailSchema.js';
export type { FormatIssuesOptions } from './formatIssues.js';
export { formatIssues } from './formatIssues.js';
export type { HandlingUnit } from './HandlingUnitSchema.js';
export { HandlingUnitSchema } from './HandlingUnitSchema.js';
export { HistoryEventSchema, HistoryEventSchemas, HistorySchema } from './HistoryEventSchema.js';
export { InstantSchema } from './InstantSchema.js';
export { InvalidPhoneNumberError } from './InvalidPhoneNumberError.js';
export type { IssueCode, LocalizedIssue } from './LocalizedIssue.js';
export type { Location } from './LocationSchema.js';
export { LocationSchema } from './LocationSchema.js';
export type { LocalizedErrorMapOptions } from './localizedErrorMap.js';
export { localizedErrorMap } from './localizedErrorMap.js';
export type { MissingFormalRequirement } from './missingFormalRequirements.js';
export { missingFormalRequirements } from './missingFormalRequirements.js';
export type { Nik } from './NikSchema.js';
export { NikSchema } from './NikSchema.js';
export { isPhoneNumber, normalizePhoneNumber } from './normalizePhoneNumber.js';
export type { PhoneNumber } from './PhoneNumberSchema.js';
export { PhoneNumberSchema } from './PhoneNumberSchema.js';
export type { PolicyRecord } from './PolicySchema.js';
export { PolicySchema } from './PolicySchema.js';
export { parseComplaint } from './parseComplaint.js';
export { parseHistory } from './parseHistory.js';
export { parseHistoryEvent } from './parseHistoryEvent.js';
export { parseWith } from './parseWith.js';
export type {
  ClassificationFacts,
  ClassificationProposal,
  ElementTest,
  ProposeClassificationOptions,
} from './proposeClassification.js';
export { ClassificationFactsSchema, proposeClassification } from './proposeClassification.js';
export type { Receipt } from './ReceiptSchema.js';
export { ReceiptSchema } from './ReceiptSchema.js';
export {
  DistrictCodeSchema,
  ProvinceCodeSchema,
  RegencyCodeSchema,
  RegionCodeSchema,
  VillageCodeSchema,
} from './RegionCodeSchema.js';
export type { ParseOptions, SafeParseResult } from './SafeParseResult.js';
export { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';
export type { SchemaScope } from './SchemaScope.js';
export { SchemaValidationError } from './SchemaValidationError.js';
export type { Signature } from './SignatureSchema.js';
export { SignatureSchema } from './SignatureSchema.js';
export { safeParseComplaint } from './safeParseComplaint.js';
export { safeParseHistory } from './safeParseHistory.js';
export { safeParseHistoryEvent } from './safeParseHistoryEvent.js';
export type { ParseWithOptions } from './safeParseWith.js';
export { safeParseWith } from './safeParseWith.js';
