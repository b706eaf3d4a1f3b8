import { z } from 'zod';

/**
 * The kinds of report SP4N-LAPOR! takes: pengaduan (complaint), aspirasi (suggestion), permintaan
 * informasi (information request) and whistleblowing (the admin-side WBS category of LAPOR! v3).
 */
export const COMPLAINT_TYPES = Object.freeze([
  'pengaduan',
  'aspirasi',
  'permintaan_informasi',
  'whistleblowing',
] as const);

/** The kind of report; the kinds, in order: `ComplaintTypeSchema.options`. */
export const ComplaintTypeSchema = z.enum(COMPLAINT_TYPES);

/** A `ComplaintType`: what `ComplaintTypeSchema` outputs (a successful parse returns it). */
export type ComplaintType = z.infer<typeof ComplaintTypeSchema>;
