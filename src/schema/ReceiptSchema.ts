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
    number: text(SCHEMA_LIMITS.shortText),
    complaintId: identifier().optional(),
    complainant: z.strictObject({
      name: text(SCHEMA_LIMITS.name),
      address: text(SCHEMA_LIMITS.address),
      nik: NikSchema.optional(),
      phone: PhoneNumberSchema.optional(),
      email: EmailSchema.optional(),
    }),
    serviceDescription: text(SCHEMA_LIMITS.longText),
    place: text(SCHEMA_LIMITS.shortText),
    receivedAt: InstantSchema,
    officer: z.strictObject({
      name: text(SCHEMA_LIMITS.name),
      id: identifier().optional(),
      signature: SignatureSchema,
    }),
  }),
  'receipt',
);

/** A `Receipt`: what `ReceiptSchema` outputs (a successful parse returns it). */
export type Receipt = z.output<typeof ReceiptSchema>;
