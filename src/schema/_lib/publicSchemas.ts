import type { z } from 'zod';
import { ActorSchema } from '../ActorSchema.js';
import { AttachmentSchema } from '../AttachmentSchema.js';
import { CivilDateSchema } from '../CivilDateSchema.js';
import { ComplaintSchema } from '../ComplaintSchema.js';
import { DecisionSchema } from '../DecisionSchema.js';
import { EmailSchema } from '../EmailSchema.js';
import { HandlingUnitSchema } from '../HandlingUnitSchema.js';
import { HistoryEventSchema, HistorySchema } from '../HistoryEventSchema.js';
import { InstantSchema } from '../InstantSchema.js';
import { LocationSchema } from '../LocationSchema.js';
import { NikSchema } from '../NikSchema.js';
import { PhoneNumberSchema } from '../PhoneNumberSchema.js';
import { PolicySchema } from '../PolicySchema.js';
import { ClassificationFactsSchema } from '../proposeClassification.js';
import { ReceiptSchema } from '../ReceiptSchema.js';
import { RegionCodeSchema } from '../RegionCodeSchema.js';
import type { SchemaScope } from '../SchemaScope.js';

/** One public schema with the file its JSON Schema is written to and the texts that describe it. */
export interface PublicSchema {
  readonly schema: z.ZodType;
  readonly file: string;
  readonly scope: SchemaScope | undefined;
  readonly title: string;
  readonly description: string;
  /** Define schemas used more than once in `definitions` and refer to them (large schemas only). */
  readonly reuse?: boolean;
}

/**
 * Every schema published as JSON Schema, by the key hosts look it up with in `jsonSchemas`. The
 * generator (`scripts/generate-json-schema.ts`) and the drift test both read this table.
 */
export const PUBLIC_SCHEMAS = {
  complaint: {
    schema: ComplaintSchema,
    file: 'complaint.json',
    scope: 'complaint',
    title: 'Complaint (pengaduan)',
    description:
      'A complaint as filed (UU 25/2009 Pasal 42), or a report without identity; discriminated on "filing".',
  },
  historyEvent: {
    schema: HistoryEventSchema,
    file: 'history-event.json',
    scope: 'event',
    title: 'History event',
    description: 'One event of a complaint history, discriminated on "type".',
  },
  history: {
    schema: HistorySchema,
    file: 'history.json',
    scope: 'history',
    title: 'Complaint history',
    description: 'The events of one complaint, oldest first.',
  },
  receipt: {
    schema: ReceiptSchema,
    file: 'receipt.json',
    scope: 'receipt',
    title: 'Complaint receipt (tanda terima)',
    description: 'The receipt of a complaint with the content of UU 25/2009 Pasal 44 ayat (2).',
  },
  decision: {
    schema: DecisionSchema,
    file: 'decision.json',
    scope: 'decision',
    title: 'Decision on the examination',
    description:
      'Outcome, summary and compensation with its payment deadline (UU 25/2009 Pasal 50 ayat (3)).',
  },
  handlingUnit: {
    schema: HandlingUnitSchema,
    file: 'handling-unit.json',
    scope: 'unit',
    title: 'Handling unit',
    description: 'An OPD or inspectorate (APIP) that handles complaints, with its time zone.',
  },
  location: {
    schema: LocationSchema,
    file: 'location.json',
    scope: 'location',
    title: 'Location',
    description: 'Kemendagri region codes, an address and coordinates.',
  },
  attachment: {
    schema: AttachmentSchema,
    file: 'attachment.json',
    scope: 'attachment',
    title: 'Attachment',
    description:
      'Metadata of one piece of evidence (UU 25/2009 Pasal 43 ayat (1)); the bytes stay in storage.',
  },
  actor: {
    schema: ActorSchema,
    file: 'actor.json',
    scope: 'actor',
    title: 'Actor',
    description: 'Who acted on a complaint: a role, and optionally an id and a unit.',
  },
  nik: {
    schema: NikSchema,
    file: 'nik.json',
    scope: 'nik',
    title: 'NIK',
    description: 'Nomor Induk Kependudukan, checked by shape only.',
  },
  phoneNumber: {
    schema: PhoneNumberSchema,
    file: 'phone-number.json',
    scope: 'phone',
    title: 'Indonesian phone number',
    description: 'As typed (+62, 62 or 0); normalise to E.164 on the server.',
  },
  email: {
    schema: EmailSchema,
    file: 'email.json',
    scope: 'email',
    title: 'E-mail address',
    description: 'A plain e-mail address of at most 254 characters.',
  },
  regionCode: {
    schema: RegionCodeSchema,
    file: 'region-code.json',
    scope: 'location',
    title: 'Kemendagri region code',
    description: 'NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN.',
  },
  civilDate: {
    schema: CivilDateSchema,
    file: 'civil-date.json',
    scope: undefined,
    title: 'Civil date',
    description: 'YYYY-MM-DD, a date that exists on the calendar.',
  },
  instant: {
    schema: InstantSchema,
    file: 'instant.json',
    scope: undefined,
    title: 'Instant',
    description:
      'ISO 8601 date and time with seconds and an offset or Z, in the years 1970-2099, offset within ±14:00, at most 9 fraction digits (the range is checked by the library, not by this pattern).',
  },
  classificationFacts: {
    schema: ClassificationFactsSchema,
    file: 'classification-facts.json',
    scope: 'classificationFacts',
    title: 'Classification facts',
    description: 'Who is complained about and the alleged conduct (Permendagri 8/2023 Pasal 1 angka 4).',
  },
  policy: {
    schema: PolicySchema,
    file: 'policy.json',
    scope: 'policy',
    title: 'Deadline policy',
    description: 'A host-supplied set of clock rules, each with its limit, events and legal source.',
    reuse: true,
  },
} as const satisfies Record<string, PublicSchema>;

export type PublicSchemaName = keyof typeof PUBLIC_SCHEMAS;
