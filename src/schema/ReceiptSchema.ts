import { z } from 'zod';
import { identifier, text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { EmailSchema } from './EmailSchema.js';
import { InstantSchema } from './InstantSchema.js';
import { NikSchema } from './NikSchema.js';
import { PhoneNumberSchema } from './PhoneNumberSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';
import { SignatureSchema } from './SignatureSchema.js';

/**
 * The receipt of a complaint (tanda terima, UU 25/2009 Pasal 44 ayat (1)) with the content ayat (2)
 * requires at least: a. the complainant's full identity; b. the description of the service that fell
 * short; c. place and time of receipt; d. signature and name of the receiving officer.
 *
 * @example
 * import { ReceiptSchema } from 'pengaduan/schema';
 * ReceiptSchema.safeParse({
 *   number: 'TT-0412/DISKOMINFO/III/2025',
 *   complainant: { name: 'Siti Rahmawati', address: 'Jl. Cihampelas No. 12, Bandung' },
 *   serviceDescription: 'KTP-el belum terbit setelah 45 hari.',
 *   place: 'Mal Pelayanan Publik Kota Bandung',
 *   receivedAt: '2025-03-27T10:05:00+07:00',
 *   officer: { name: 'Dewi Lestari', signature: { kind: 'handwritten' } },
 * }).success;
 * //=> true
 */
export const ReceiptSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** The receipt's number, e.g. `'TT-0412/DISKOMINFO/III/2025'`. */
    number: text(SCHEMA_LIMITS.shortText),
    /** The host's id of the complaint it acknowledges. */
    complaintId: identifier().optional(),
    /** The complainant's full identity (UU 25/2009 Pasal 44 ayat (2) huruf a). */
    complainant: z.strictObject({
      /** The full name. */
      name: text(SCHEMA_LIMITS.name),
      /** The full address. */
      address: text(SCHEMA_LIMITS.address),
      /** The NIK, 16 digits, checked by shape. */
      nik: NikSchema.optional(),
      /** A phone number, as typed; output in E.164. */
      phone: PhoneNumberSchema.optional(),
      /** An e-mail address. */
      email: EmailSchema.optional(),
    }),
    /** The service that fell short (Pasal 44 ayat (2) huruf b). */
    serviceDescription: text(SCHEMA_LIMITS.longText),
    /** Where it was received (Pasal 44 ayat (2) huruf c). */
    place: text(SCHEMA_LIMITS.shortText),
    /** When it was received (Pasal 44 ayat (2) huruf c). */
    receivedAt: InstantSchema,
    /** The receiving officer (Pasal 44 ayat (2) huruf d). */
    officer: z.strictObject({
      /** The officer's name. */
      name: text(SCHEMA_LIMITS.name),
      /** The host's id of the officer. */
      id: identifier().optional(),
      /** The officer's signature, or its electronic equivalent. */
      signature: SignatureSchema,
    }),
  }),
  'receipt',
);

/**
 * A `Receipt`: what `ReceiptSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type Receipt = z.output<typeof ReceiptSchema>;
