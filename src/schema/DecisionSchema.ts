import { z } from 'zod';
import { rupiah, text } from './_lib/text.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';
import { CivilDateSchema } from './CivilDateSchema.js';
import { InstantSchema } from './InstantSchema.js';
import { SCHEMA_LIMITS } from './SCHEMA_LIMITS.js';

const common = {
  /** What was decided and why. */
  summary: text(SCHEMA_LIMITS.longText),
  /** When it was decided. */
  decidedAt: InstantSchema,
  /** The decision letter's number, if any. */
  reference: text(SCHEMA_LIMITS.shortText).optional(),
};

/**
 * The decision on the examination of a complaint (UU 25/2009 Pasal 50 ayat (1)). When compensation
 * was claimed and is granted, the decision states the amount and the payment deadline (ayat (3)); a
 * rejected complaint grants none, so `compensation` is refused when the outcome is `rejected`.
 *
 * @example
 * import { DecisionSchema } from 'pengaduan/schema';
 * DecisionSchema.safeParse({
 *   outcome: 'upheld',
 *   summary: 'KTP-el diterbitkan; biaya transport pengadu diganti.',
 *   decidedAt: '2025-05-20T14:00:00+07:00',
 *   compensation: { amount: 150000, dueOn: '2025-06-19' },
 * }).success;
 * //=> true
 */
export const DecisionSchema = /* @__PURE__ */ withDefaultMessages(
  z.discriminatedUnion('outcome', [
    z.strictObject({
      /** The complaint is upheld in full or in part. */
      outcome: z.enum(['upheld', 'partially_upheld']),
      ...common,
      /** The compensation granted (UU 25/2009 Pasal 50 ayat (3)), if any. */
      compensation: z
        .strictObject({
          /** The amount, in whole rupiah (at least 1). */
          amount: rupiah(),
          /** The last day for payment, `YYYY-MM-DD`. */
          dueOn: CivilDateSchema,
        })
        .optional(),
    }),
    z.strictObject({
      /** The complaint is rejected: no compensation. */
      outcome: z.literal('rejected'),
      ...common,
    }),
  ]),
  'decision',
);

/** A `Decision`: what `DecisionSchema` outputs (a successful parse returns it). */
export type Decision = z.output<typeof DecisionSchema>;
