import { z } from 'zod';

/**
 * The two classes of Permendagri 8/2023 Pasal 1 angka 3 and 4: a complaint *berkadar pengawasan*
 * (abuse of authority or violation of law by a regional head, deputy, DPRD member, ASN or village
 * official) and one *tidak berkadar pengawasan*. See `proposeClassification`.
 */
export const CLASSIFICATIONS = Object.freeze(['berkadar_pengawasan', 'tidak_berkadar_pengawasan'] as const);

/** The class of a complaint (Permendagri 8/2023 Pasal 1 angka 3-4); the classes: `ClassificationSchema.options`. */
export const ClassificationSchema = z.enum(CLASSIFICATIONS);

/** A `Classification`: what `ClassificationSchema` outputs (a successful parse returns it). */
export type Classification = z.infer<typeof ClassificationSchema>;
