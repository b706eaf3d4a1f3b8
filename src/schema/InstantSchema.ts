import { z } from 'zod';

/**
 * An instant: ISO 8601 date and time with seconds and an explicit offset or `Z`, e.g. a complaint
 * received at `2025-04-10T16:45:00+09:00` in Jayapura. A time without a zone is refused: its civil
 * date, and so every deadline counted from it, would depend on where it is read.
 *
 * @example
 * import { InstantSchema } from 'pengaduan/schema';
 * InstantSchema.safeParse('2025-04-10T16:45:00+09:00').success; //=> true
 * InstantSchema.safeParse('2025-04-10T16:45:00').success; //=> false
 */
export const InstantSchema = z.iso.datetime({ offset: true });

/** An instant with offset or `Z`. */
export type Instant = z.infer<typeof InstantSchema>;
