import { z } from 'zod';

/**
 * Where a complaint comes from (UU 25/2009 Pasal 36 ayat (2)): a recipient of the service, a
 * Rekomendasi of the Ombudsman, the DPR, a provincial DPRD or a regency/city DPRD.
 */
export const COMPLAINT_SOURCES = Object.freeze([
  'penerima_layanan',
  'rekomendasi_ombudsman',
  'dpr',
  'dprd_provinsi',
  'dprd_kabupaten_kota',
] as const);

/** The source of a complaint (UU 25/2009 Pasal 36 ayat (2)); the sources: `ComplaintSourceSchema.options`. */
export const ComplaintSourceSchema = z.enum(COMPLAINT_SOURCES);

/** A `ComplaintSource`: what `ComplaintSourceSchema` outputs (a successful parse returns it). */
export type ComplaintSource = z.infer<typeof ComplaintSourceSchema>;
