import { z } from 'zod';
import { HTTP_URL, MEDIA_TYPE, SHA256 } from './_lib/patterns.js';
import { patterned, text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { InstantSchema } from './InstantSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

/**
 * Evidence attached to a complaint (UU 25/2009 Pasal 43 ayat (1)), described by its metadata: the
 * bytes stay in the host's storage. `sha256` lets an auditor check that the stored file is the one
 * received.
 *
 * @example
 * import { AttachmentSchema } from 'pengaduan/schema';
 * AttachmentSchema.safeParse({ fileName: 'foto-jalan-rusak.jpg', mediaType: 'image/jpeg', sizeBytes: 482113 }).success;
 * //=> true
 */
export const AttachmentSchema = /* @__PURE__ */ withDefaultMessages(
  z.strictObject({
    /** The file's name, e.g. `'foto-jalan-rusak.jpg'`. */
    fileName: text(SCHEMA_LIMITS.fileName),
    /** Its media (MIME) type, e.g. `'image/jpeg'`. */
    mediaType: patterned(SCHEMA_LIMITS.shortText, MEDIA_TYPE),
    /** Its size in bytes, at most 100 MiB. */
    sizeBytes: z.number().int().min(0).max(SCHEMA_LIMITS.attachmentBytes),
    /** The SHA-256 digest of its bytes, 64 hexadecimal digits. */
    sha256: patterned(64, SHA256).optional(),
    /** Where the host stores it, an `http(s)` link. */
    url: patterned(SCHEMA_LIMITS.url, HTTP_URL).optional(),
    /** What it shows. */
    description: text(SCHEMA_LIMITS.note).optional(),
    /** When it was taken or made (a photo's time). */
    capturedAt: InstantSchema.optional(),
  }),
  'attachment',
);

/**
 * An `Attachment`: what `AttachmentSchema` outputs (a successful parse returns it).
 *
 * @interface
 */
export type Attachment = z.infer<typeof AttachmentSchema>;
