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
  /** The service's name, e.g. `'Penerbitan KTP-el'`. */
  name: text(SCHEMA_LIMITS.name),
  /** The agency or unit that provides it (penyelenggara), when known. */
  providerName: text(SCHEMA_LIMITS.name).optional(),
  /** How the service fell short of its standard. */
  description: longText(),
  /** Starts the 30-day filing window of Pasal 42 ayat (2). */
  receivedOn: CivilDateSchema.optional(),
});

const LossSchema = z.strictObject({
  /** Material, immaterial or both (`LOSS_KINDS`). */
  kind: z.enum(LOSS_KINDS),
  /** The loss, in the complainant's words. */
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
    /** `'formal'`: a written complaint that meets UU 25/2009 Pasal 42 ayat (3). */
    filing: z.literal('formal'),
    /** The host's id of the complaint. */
    id: identifier().optional(),
    /** What kind of submission it is: a complaint, an aspiration … (`ComplaintTypeSchema`). */
    type: ComplaintTypeSchema,
    /** Its Permendagri 8/2023 class, once known (see `proposeClassification`). */
    classification: ClassificationSchema.optional(),
    /** The channel it arrived by (`ChannelSchema`). */
    channel: ChannelSchema,
    /** Who brings it (`ComplaintSourceSchema`); default `'penerima_layanan'`, the service user. */
    source: ComplaintSourceSchema.default('penerima_layanan'),
    /** The complainant's identity: name and full address (Pasal 42 ayat (3) huruf a). */
    complainant: ComplainantSchema,
    /** The representative complaining with a power of attorney (Pasal 42 ayat (1)), if any. */
    representative: RepresentativeSchema.optional(),
    /** The service that fell short of its standard (Pasal 42 ayat (3) huruf b). */
    service: ServiceSchema,
    /** The loss suffered (Pasal 42 ayat (3) huruf b). */
    loss: LossSchema,
    /** The remedy requested (Pasal 42 ayat (3) huruf c). */
    requestedRemedy: longText(),
    /** A claim for compensation (Pasal 42 ayat (4)), if any. */
    compensationClaim: z
      .strictObject({
        /** The amount claimed, in whole rupiah (at least 1); absent when not quantified. */
        amount: rupiah().optional(),
        /** What the compensation is for: the loss, caused by the service (Pasal 48 ayat (4)). */
        description: longText(),
      })
      .optional(),
    /** Place, time and signature of the submission (Pasal 42 ayat (3) huruf d). */
    submission: z.strictObject({
      /** Where it was submitted (an office, a portal, a city). */
      place: text(SCHEMA_LIMITS.shortText),
      /** When it was submitted. */
      at: InstantSchema,
      /** The complainant's signature, or its electronic equivalent. */
      signature: SignatureSchema,
    }),
    /** When the event complained of happened (starts the Ombudsman's 2-year window). */
    incidentOn: CivilDateSchema.optional(),
    /** Where the service fell short. */
    location: LocationSchema.optional(),
    /** The evidence (Pasal 43 ayat (1)), at most 20 files; default none. */
    attachments: attachments(),
    /** The confidentiality the complainant asked for; each flag default `false`. */
    confidentiality: z
      .strictObject({
        /** Identity kept confidential (UU 25/2009 Pasal 42 ayat (5)). */
        identityConfidential: flag(),
        /** SP4N-LAPOR! *anonim*: identity hidden from the public and the party complained about. */
        anonim: flag(),
        /** SP4N-LAPOR! *rahasia*: the report itself is not public. */
        rahasia: flag(),
      })
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
    /** `'no_identity'`: a report without the complainant's name and address. */
    filing: z.literal('no_identity'),
    /** The host's id of the report. */
    id: identifier().optional(),
    /** What kind of submission it is: a complaint, an aspiration … (`ComplaintTypeSchema`). */
    type: ComplaintTypeSchema,
    /** Its Permendagri 8/2023 class, once known (see `proposeClassification`). */
    classification: ClassificationSchema.optional(),
    /** The channel it arrived by (`ChannelSchema`). */
    channel: ChannelSchema,
    /** Who brings it (`ComplaintSourceSchema`); default `'penerima_layanan'`, the service user. */
    source: ComplaintSourceSchema.default('penerima_layanan'),
    /** How to answer the sender, if they left a way. */
    contact: z
      .strictObject({
        /** A phone number (output in E.164, e.g. `'+6281234567890'`). */
        phone: PhoneNumberSchema.optional(),
        /** An e-mail address. */
        email: EmailSchema.optional(),
        /** A social media handle, e.g. `'@warga_bdg'`. */
        handle: patterned(SCHEMA_LIMITS.shortText, SOCIAL_HANDLE).optional(),
      })
      .optional(),
    /** The service that fell short of its standard. */
    service: ServiceSchema,
    /** The loss suffered, when stated. */
    loss: LossSchema.optional(),
    /** The remedy requested, when stated. */
    requestedRemedy: longText().optional(),
    /** Place and time of the submission (a report has no signature). */
    submission: z.strictObject({
      /** Where it was submitted, when known. */
      place: text(SCHEMA_LIMITS.shortText).optional(),
      /** When it was submitted. */
      at: InstantSchema,
    }),
    /** When the event complained of happened (starts the Ombudsman's 2-year window). */
    incidentOn: CivilDateSchema.optional(),
    /** Where the service fell short. */
    location: LocationSchema.optional(),
    /** The evidence, at most 20 files; default none. */
    attachments: attachments(),
    /** The confidentiality asked for; each flag default `false`. */
    confidentiality: z
      .strictObject({
        /** SP4N-LAPOR! *anonim*: identity hidden from the public and the party complained about. */
        anonim: flag(),
        /** SP4N-LAPOR! *rahasia*: the report itself is not public. */
        rahasia: flag(),
      })
      .prefault({}),
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
/**
 * A `FormalComplaint`: what `FormalComplaintSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type FormalComplaint = z.output<typeof FormalComplaintSchema>;
/**
 * A `NoIdentityReport`: what `NoIdentityReportSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type NoIdentityReport = z.output<typeof NoIdentityReportSchema>;
