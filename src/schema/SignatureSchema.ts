import { z } from 'zod';
import { text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/**
 * How a document was signed: by hand (on paper, or a scan of it), electronically (the portal's
 * equivalent, such as a confirmed submission from a verified account), or with a certified
 * electronic signature (tanda tangan elektronik tersertifikasi).
 */
export const SIGNATURE_KINDS = Object.freeze(['handwritten', 'electronic', 'certified_electronic'] as const);

/**
 * A signature, or its electronic equivalent, recorded by kind and an optional reference (a scan's
 * file name, a signing certificate's serial number, the portal's confirmation id).
 *
 * @example
 * import { SignatureSchema } from 'pengaduan/schema';
 * SignatureSchema.parse({ kind: 'electronic', reference: 'konfirmasi-portal-88213' });
 * //=> { kind: 'electronic', reference: 'konfirmasi-portal-88213' }
 */
export const SignatureSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** How the document was signed: `'handwritten'`, `'electronic'` or `'certified_electronic'`. */
    kind: z.enum(SIGNATURE_KINDS),
    /** What identifies the signature: a scan's file name, a certificate's serial number, a portal confirmation id. */
    reference: text(SCHEMA_LIMITS.shortText).optional(),
  }),
);

/**
 * A `Signature`: what `SignatureSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type Signature = z.infer<typeof SignatureSchema>;
