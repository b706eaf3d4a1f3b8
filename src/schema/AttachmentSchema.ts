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
    fileName: text(SCHEMA_LIMITS.fileName),
    mediaType: patterned(SCHEMA_LIMITS.shortText, MEDIA_TYPE),
    sizeBytes: z.number().int().min(0).max(SCHEMA_LIMITS.attachmentBytes),
    sha256: patterned(64, SHA256).optional(),
    url: patterned(SCHEMA_LIMITS.url, HTTP_URL).optional(),
    description: text(SCHEMA_LIMITS.note).optional(),
    capturedAt: InstantSchema.optional(),
  }),
  'attachment',
);

/** An `Attachment`: what `AttachmentSchema` outputs (a successful parse returns it). */
export type Attachment = z.infer<typeof AttachmentSchema>;
