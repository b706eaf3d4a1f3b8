import { z } from 'zod';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';

/**
 * A civil date `YYYY-MM-DD` that exists on the Gregorian calendar (29 February only in leap years).
 *
 * @example
 * import { CivilDateSchema } from 'pengaduan/schema';
 * CivilDateSchema.safeParse('2025-03-31').success; //=> true
 * CivilDateSchema.safeParse('2025-02-29').success; //=> false
 */
export const CivilDateSchema = /* @__PURE__ */ withDefaultMessages(z.iso.date());

/** A civil date, `YYYY-MM-DD`. */
export type CivilDate = z.infer<typeof CivilDateSchema>;
