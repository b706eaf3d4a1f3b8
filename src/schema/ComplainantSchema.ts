import { z } from 'zod';
import { text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { CivilDateSchema } from './CivilDateSchema.js';
import { EmailSchema } from './EmailSchema.js';
import { NikSchema } from './NikSchema.js';
import { PhoneNumberSchema } from './PhoneNumberSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/** Who may complain (Permendagri 8/2023 Pasal 1 angka 5): a person, a group, a legal entity. */
export const COMPLAINANT_KINDS = Object.freeze(['individual', 'group', 'legal_entity'] as const);

/**
 * The complainant (pengadu): the person, group or legal entity harmed by the service, with the name
 * and full address UU 25/2009 Pasal 42 ayat (3) huruf a asks for. NIK, phone and e-mail are optional
 * and validated by shape; the phone number is output in E.164.
 *
 * @example
 * import { ComplainantSchema } from 'pengaduan/schema';
 * ComplainantSchema.parse({ name: 'Siti Rahmawati', address: 'Jl. Cihampelas No. 12, RT 03/RW 05, Bandung', phone: '0812-3456-7890' }).phone;
 * //=> '+6281234567890'
 */
export const ComplainantSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** A person, a group or a legal entity (`COMPLAINANT_KINDS`); default `'individual'`. */
    kind: z.enum(COMPLAINANT_KINDS).default('individual'),
    /** The full name (UU 25/2009 Pasal 42 ayat (3) huruf a). */
    name: text(SCHEMA_LIMITS.name),
    /** The full address (Pasal 42 ayat (3) huruf a). */
    address: text(SCHEMA_LIMITS.address),
    /** The NIK (Nomor Induk Kependudukan), 16 digits, checked by shape (see `diagnoseNik`). */
    nik: NikSchema.optional(),
    /** A phone number, as typed; output in E.164 (`'+6281234567890'`). */
    phone: PhoneNumberSchema.optional(),
    /** An e-mail address. */
    email: EmailSchema.optional(),
  }),
);

/**
 * A `Complainant`: what `ComplainantSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type Complainant = z.output<typeof ComplainantSchema>;

/**
 * A representative who complains for the person harmed, with their power of attorney (kuasa, UU
 * 25/2009 Pasal 42 ayat (1)).
 *
 * @example
 * import { RepresentativeSchema } from 'pengaduan/schema';
 * RepresentativeSchema.safeParse({ name: 'LBH Bandung', powerOfAttorney: { reference: 'SK-017/LBH/IV/2025', issuedOn: '2025-04-02' } }).success;
 * //=> true
 */
export const RepresentativeSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** The representative's full name (a person, or an organisation such as an LBH). */
    name: text(SCHEMA_LIMITS.name),
    /** The representative's address. */
    address: text(SCHEMA_LIMITS.address).optional(),
    /** The representative's NIK, 16 digits, checked by shape. */
    nik: NikSchema.optional(),
    /** A phone number, as typed; output in E.164. */
    phone: PhoneNumberSchema.optional(),
    /** An e-mail address. */
    email: EmailSchema.optional(),
    /** The power of attorney (surat kuasa) the representative acts under (Pasal 42 ayat (1)). */
    powerOfAttorney: z.strictObject({
      /** Its number or reference, e.g. `'SK-017/LBH/IV/2025'`. */
      reference: text(SCHEMA_LIMITS.shortText),
      /** The day it was issued, `YYYY-MM-DD`. */
      issuedOn: CivilDateSchema.optional(),
    }),
  }),
);

/**
 * A `Representative`: what `RepresentativeSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type Representative = z.output<typeof RepresentativeSchema>;
