import { z } from 'zod';
import { SOCIAL_HANDLE } from './_lib/patterns.js';
import { identifier, patterned, rupiah, text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { AttachmentSchema } from './AttachmentSchema.js';
import { ChannelSchema } from './ChannelSchema.js';
import { CivilDateSchema } from './CivilDateSchema.js';
import { ClassificationSchema } from './ClassificationSchema.js';
import { ComplainantSchema, RepresentativeSchema } from './ComplainantSchema.js';
import { ComplaintSourceSchema } from './ComplaintSourceSchema.js';
import { ComplaintTypeSchema } from './ComplaintTypeSchema.js';
import { EmailSchema } from './EmailSchema.js';
import { InstantSchema } from './InstantSchema.js';
import { LocationSchema } from './LocationSchema.js';
import { PhoneNumberSchema } from './PhoneNumberSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';
import { SignatureSchema } from './SignatureSchema.js';

/**
 * How a complaint was filed:
 * - `formal`: a written complaint with everything UU 25/2009 Pasal 42 ayat (3) asks for;
 * - `no_identity`: a report without the complainant's name and address (an anonymous SMS, a letter
 *   without sender). It can be handled, but it does not meet Pasal 42 ayat (3): see
 *   `missingFormalRequirements`.
 */
export const FILING_KINDS = Object.freeze(['formal', 'no_identity'] as const);

/** The loss suffered (UU 25/2009 Pasal 42 ayat (3) huruf b: "kerugian materiel atau immateriel"). */
export const LOSS_KINDS = Object.freeze(['material', 'immaterial', 'both'] as const);

const longText = () => text(SCHEMA_LIMITS.longText);

/** The service that fell short of its standard (Pasal 42 ayat (3) huruf b) and when it was received. */
const ServiceSchema = z.strictObject({
  name: text(SCHEMA_LIMITS.name),
  providerName: text(SCHEMA_LIMITS.name).optional(),
  description: longText(),
  /** Starts the 30-day filing window of Pasal 42 ayat (2). */
  receivedOn: CivilDateSchema.optional(),
});

const LossSchema = z.strictObject({
  kind: z.enum(LOSS_KINDS),
  description: longText(),
});

const attachments = () => z.array(AttachmentSchema).max(SCHEMA_LIMITS.attachments).default([]);

const flag = () => z.boolean().default(false);

/**
 * A written complaint as UU 25/2009 Pasal 42 describes it: filed by the person harmed or a
 * representative with a power of attorney (ayat (1)); the complainant's name and full address, the
 * service that fell short and the loss, the remedy requested, and place, time and signature
 * (ayat (3) huruf a-d); optionally a compensation claim (ayat (4)); evidence (Pasal 43 ayat (1)); and
 * the confidentiality choices: identity kept confidential (Pasal 42 ayat (5)), SP4N-LAPOR!'s *anonim*
 * (identity hidden from the public and the party complained about) and *rahasia* (the report itself
 * not public).
 */
export const FormalComplaintSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    filing: z.literal('formal'),
    id: identifier().optional(),
    type: ComplaintTypeSchema,
    classification: ClassificationSchema.optional(),
    channel: ChannelSchema,
    source: ComplaintSourceSchema.default('penerima_layanan'),
    complainant: ComplainantSchema,
    representative: RepresentativeSchema.optional(),
    service: ServiceSchema,
    loss: LossSchema,
    requestedRemedy: longText(),
    compensationClaim: z
      .strictObject({
        amount: rupiah().optional(),
        // Pasal 48 ayat (4): a claim describes the loss, caused by the service.
        description: longText(),
      })
      .optional(),
    submission: z.strictObject({
      place: text(SCHEMA_LIMITS.shortText),
      at: InstantSchema,
      signature: SignatureSchema,
    }),
    /** When the event complained of happened (starts the Ombudsman's 2-year window). */
    incidentOn: CivilDateSchema.optional(),
    location: LocationSchema.optional(),
    attachments: attachments(),
    confidentiality: z
      .strictObject({ identityConfidential: flag(), anonim: flag(), rahasia: flag() })
      .prefault({}),
  }),
  'complaint',
);

/**
 * A report without the complainant's identity (no name, no address), such as an anonymous SMS to
 * 1708. It keeps what was said and how to answer, if anything; it has no signature and cannot ask
 * for compensation. It does not meet UU 25/2009 Pasal 42 ayat (3): `missingFormalRequirements` lists
 * what is missing.
 */
export const NoIdentityReportSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    filing: z.literal('no_identity'),
    id: identifier().optional(),
    type: ComplaintTypeSchema,
    classification: ClassificationSchema.optional(),
    channel: ChannelSchema,
    source: ComplaintSourceSchema.default('penerima_layanan'),
    contact: z
      .strictObject({
        phone: PhoneNumberSchema.optional(),
        email: EmailSchema.optional(),
        handle: patterned(SCHEMA_LIMITS.shortText, SOCIAL_HANDLE).optional(),
      })
      .optional(),
    service: ServiceSchema,
    loss: LossSchema.optional(),
    requestedRemedy: longText().optional(),
    submission: z.strictObject({
      place: text(SCHEMA_LIMITS.shortText).optional(),
      at: InstantSchema,
    }),
    incidentOn: CivilDateSchema.optional(),
    location: LocationSchema.optional(),
    attachments: attachments(),
    confidentiality: z.strictObject({ anonim: flag(), rahasia: flag() }).prefault({}),
  }),
  'complaint',
);

/**
 * A complaint or report as received, discriminated on `filing` (`'formal'` or `'no_identity'`).
 * Every object is strict (unknown keys are issues), every text and list is bounded.
 *
 * @example
 * import { ComplaintSchema } from 'pengaduan/schema';
 *
 * const complaint = ComplaintSchema.parse({
 *   filing: 'formal',
 *   type: 'pengaduan',
 *   channel: 'web',
 *   complainant: { name: 'Siti Rahmawati', address: 'Jl. Cihampelas No. 12, Bandung' },
 *   service: { name: 'Penerbitan KTP-el', description: 'KTP-el belum terbit setelah 45 hari.', receivedOn: '2025-03-03' },
 *   loss: { kind: 'immaterial', description: 'Tidak dapat membuka rekening bank.' },
 *   requestedRemedy: 'KTP-el diterbitkan.',
 *   submission: { place: 'Bandung', at: '2025-03-27T10:00:00+07:00', signature: { kind: 'electronic' } },
 * });
 * complaint.confidentiality;
 * //=> { identityConfidential: false, anonim: false, rahasia: false }
 * complaint.source;
 * //=> 'penerima_layanan'
 */
export const ComplaintSchema = /* @__PURE__ */ withDefaultMessages(
  z.discriminatedUnion('filing', [FormalComplaintSchema, NoIdentityReportSchema]),
  'complaint',
);

/** A complaint as the schema outputs it (defaults filled in, phone numbers in E.164). */
export type Complaint = z.output<typeof ComplaintSchema>;
/** A complaint as a host may send it (defaults may be left out). */
export type ComplaintInput = z.input<typeof ComplaintSchema>;
/** A `FormalComplaint`: what `FormalComplaintSchema` outputs (a successful parse returns it). */
export type FormalComplaint = z.output<typeof FormalComplaintSchema>;
/** A `NoIdentityReport`: what `NoIdentityReportSchema` outputs (a successful parse returns it). */
export type NoIdentityReport = z.output<typeof NoIdentityReportSchema>;
