import { z } from 'zod';
import { inRangeAfterFormat } from '../_lib/instantDefinition.js';
import { withDefaultMessages } from './_lib/withDefaultMessages.js';

/**
 * An instant: ISO 8601 date and time with seconds and an explicit offset or `Z`, e.g. a complaint
 * received at `2025-04-10T16:45:00+09:00` in Jayapura. A time without a zone is refused: its civil
 * date, and so every deadline counted from it, would depend on where it is read. The rest of the
 * definition is the one the calendar and the SLA engine use (src/_lib/parseInstant.ts): years
 * 1970-2099, offsets within ±14:00, at most 9 fraction digits.
 *
 * @example
 * import { InstantSchema } from 'pengaduan/schema';
 * InstantSchema.safeParse('2025-04-10T16:45:00+09:00').success; //=> true
 * InstantSchema.safeParse('2025-04-10T16:45:00').success; //=> false
 * InstantSchema.safeParse('2200-01-01T00:00:00Z').success; //=> false
 */
export const InstantSchema = /* @__PURE__ */ withDefaultMessages(
  z.iso.datetime({ offset: true }).check((ctx) => {
    // zod's format check has already refused what is not ISO 8601 at all; this adds the range, so a
    // value gets one issue either way.
    const value = ctx.value;
    if (ctx.issues.length === 0 && !inRangeAfterFormat(value)) {
      ctx.issues.push({ code: 'invalid_format', format: 'datetime', input: value, inst: InstantSchema });
    }
  }),
);

/** An instant with offset or `Z`. */
export type Instant = z.infer<typeof InstantSchema>;
